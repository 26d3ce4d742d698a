import * as assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus, type Comparison } from '../../../src/core/compare/compare';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import { FolderNames } from '../../../src/core/compare/incremental/folderNames';
import { daysApart, storyDay } from '../../../src/core/compare/storyTime';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** Each discrepancy's kind, severity and summary, in rank order. */
const verdicts = (comparison: Comparison) => comparison.discrepancies.map(({ kind, severity, summary }) => `${kind} ${severity}: ${summary}`);

suite("a toll or a magnitude dated to a day far from the story's is another event's", () => {
	const lede = 'A strong 6.1-magnitude earthquake struck the Tarn coast on July 2, injuring at least 50 people.';
	const port = 'Buildings collapsed in the port of Vell, officials said.';
	const others = [article('Strong quake shakes Tarn coast', lede, port), article('Quake injures dozens on Tarn coast', lede.replace('at least 50', 'dozens of'), port)];

	test("the story's day is the day most articles give first, each counted once", () => {
		const corpus = analyzeCorpus([
			...others.map((text, i) => ({ id: `a${i}`, path: `a${i}.txt`, text })),
			{ id: 'c', path: 'c.txt', text: article('Quake hits coast', 'On April 6, a quake struck the east; on July 2 another struck the coast.') },
		]);
		assert.equal(storyDay(corpus), '07-02');
		assert.equal(storyDay(analyzeCorpus([{ id: 'a', path: 'a.txt', text: others[0] }])), undefined, 'one article is no majority');
	});

	test('days apart are counted the short way round the year, from a month to its nearer end', () => {
		assert.equal(daysApart('07-02', '04-06'), 87);
		assert.equal(daysApart('12-30', '01-02'), 3);
		assert.equal(daysApart('03-01', '03-01'), 0);
		assert.equal(daysApart('03', '03-17'), 0);
		assert.equal(daysApart('03', '04-02'), 2);
		assert.equal(daysApart('12', '01-03'), 3);
		assert.equal(daysApart('02', '03-01'), 1, 'February 2000 had 29 days: the months are read in a leap year');
	});

	test('"On April 6, a quake measuring 7.2 struck" against the story\'s 6.1 quake of July 2 is not listed', async () => {
		const found = await compareTexts(...others, article('Quake hits Tarn coast', 'Buildings collapsed in the port of Vell on Tuesday, officials said.', 'On April 6, a strong earthquake measuring 7.2 on the Richter scale struck the Tarn coast, injuring dozens of people.'));
		assert.deepEqual(naming(listed(found, 'figure'), '6.1', '7.2'), [], show(found));
	});

	test("the same magnitude dated to the story's day, or a day or two from it, is listed", async () => {
		for (const day of ['July 2', 'July 3']) {
			const found = await compareTexts(...others, article('Quake hits Tarn coast', 'Buildings collapsed in the port of Vell on Tuesday, officials said.', `On ${day}, a strong earthquake measuring 7.2 on the Richter scale struck the Tarn coast, injuring dozens of people.`));
			assert.equal(naming(listed(found, 'figure'), '6.1', '7.2').length, 1, `${day}\n${show(found)}`);
		}
	});
});

suite("IncrementalComparer and the story's day", () => {
	test("an edit that moves the day most articles are dated judges a magnitude dated far from it again, as a comparison from scratch does", () => {
		const quake = (magnitude: string) => `On April 6, a quake measuring ${magnitude} on the Richter scale struck the Orsk delta, the survey said.`;
		const dated = (day: string, what: string) => `${day}, 2031\n\n${what}`;
		const texts = [
			quake('7.2'), quake('6.9'), quake('7.2'),
			dated('July 2', 'A barge ran aground near Velm on Monday.'),
			dated('July 2', 'Harbour pilots in Velm voted to strike.'),
			dated('July 2', 'The Velm lock reopened after repairs.'),
			dated('July 2', 'Ferries to Velm ran late all week.'),
		];
		const analyse = (text: string, n: number) => analyzeArticle({ id: `a${n}`, path: `a${n}.txt`, text });
		const articles = texts.map(analyse);
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		const before = verdicts(comparer.compare(names.combine(articles)));
		assert.ok(!before.some((verdict) => verdict.includes('7.2') && !verdict.includes(' low:')), before.join('\n'));
		// Two of the three date lines moved next to the quake's day: the quake is the story's own.
		for (const index of [3, 4]) {
			articles[index] = analyse(texts[index].replace('July 2', 'April 5'), index);
			assert.deepEqual(verdicts(comparer.compare(names.combine(articles))), verdicts(compareCorpus(combineAnalyses(articles))));
		}
		const after = verdicts(comparer.compare(names.combine(articles)));
		assert.ok(after.some((verdict) => verdict.includes('7.2') && !verdict.includes(' low:')), after.join('\n'));
	});
});

suite("a date far from the story's day, in an article that gives the story's day elsewhere, is another event's", () => {
	const lede = (day: string) => `A passenger ferry sank off the Tarn coast on Tuesday, ${day}, killing 31 people and leaving 12 missing, the coastguard said.`;
	const port = 'The ferry was carrying about 140 passengers when it capsized in heavy seas near the port of Vell.';
	const others = [article('Ferry sinks off Tarn coast', lede('December 3'), port), article('Tarn ferry disaster', lede('December 3'), port)];
	const earlier = (when: string) => `${when}, a smaller ferry sank off the Tarn coast, killing nine people and leaving two missing, the coastguard said.`;

	test('"On March 14, a smaller ferry sank off the coast", or "In March, …", is no other date for the story\'s sinking', async () => {
		for (const when of ['On March 14', 'In March']) {
			const found = await compareTexts(...others, article('Second Tarn sinking this year', lede('December 3'), port, earlier(when)));
			assert.deepEqual(listed(found, 'figure'), [], `${when}\n${show(found)}`);
		}
	});

	test('a month in the toll\'s clause dates it, though "this year" stands earlier in the sentence', async () => {
		const story = (...more: string[]) =>
			article(
				'Ferry sinks off Tarn coast, 31 dead',
				lede('December 3'),
				'The ferry, the Orla Star, was carrying about 140 passengers when it capsized in heavy seas at around 3 p.m., about 5 kilometres from the port of Vell.',
				'Officials in Vell said the vessel had passed a safety inspection in 2019 and that its owner, Brennick Lines, would cooperate with the investigation.',
				...more,
			);
		const found = await compareTexts(story(), story(), story('It was the second sinking off the coast this year: a smaller ferry capsized near Vell in March, killing nine people.'));
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('a day a few days off in an article that gives the story\'s day elsewhere, or a far day in one that gives no other, is listed', async () => {
		const near = await compareTexts(...others, article('Ferry sinks off Tarn coast', lede('December 7'), port, 'Divers from Vell joined the search on December 3.'));
		assert.equal(naming(listed(near, 'figure'), 'December 3', 'December 7').length, 1, show(near));
		const alone = await compareTexts(...others, article('Ferry sinks off Tarn coast', lede('March 14'), port));
		assert.equal(naming(listed(alone, 'figure'), 'December 3', 'March 14').length, 1, show(alone));
	});
});

suite('a toll told "last month" or "earlier this year" is an earlier event\'s', () => {
	const lede = (toll: string) => `A passenger ferry sank off the Tarn coast on Tuesday, killing ${toll} people and leaving 12 missing, the coastguard said.`;
	const story = (toll: string, ...more: string[]) =>
		article(
			'Ferry sinks off Tarn coast',
			lede(toll),
			'The ferry, the Orla Star, was carrying about 140 passengers when it capsized in heavy seas about 5 kilometres from the port of Vell.',
			'Officials in Vell said the vessel had passed a safety inspection and that its owner, Brennick Lines, would cooperate with the investigation.',
			...more,
		);

	test('its toll is not set against the story\'s toll of Tuesday', async () => {
		for (const when of ['Last month', 'Earlier this year']) {
			const found = await compareTexts(story('31'), story('31'), story('31', `${when}, a smaller ferry sank near Vell, killing nine people and leaving two missing.`));
			assert.deepEqual(listed(found, 'figure'), [], `${when}\n${show(found)}`);
		}
	});

	test('the story\'s own toll told otherwise is still listed', async () => {
		const found = await compareTexts(story('31'), story('31'), story('30', 'Last month, a smaller ferry sank near Vell, killing nine people and leaving two missing.'));
		assert.equal(naming(listed(found, 'figure'), '31', '30').length, 1, show(found));
	});
});
