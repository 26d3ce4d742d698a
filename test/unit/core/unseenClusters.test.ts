import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/*
 * Rules read from ECB+ clusters of topics the dev clusters do not hold (session 16), each a
 * pattern of real reporting in sentences of our own.
 */
suite('rules that hold on events the tool was not tuned on', () => {
	const article = (stamp: string, body: string) => `Ferry Runs Aground Off Tarn\n\n${stamp}\n\n${body}`;

	test('two pages stamped at other hours, even with a clock the spacing broke, are no disagreement', async () => {
		const body = 'The ferry Vell Star ran aground off Tarn on Thursday with 212 passengers on board, the coast guard said.';
		const found = await compareTexts(
			article('AXN Mar 4, 2031, 06. 42AM IST TARN:', body),
			article('Wed Mar 4 2031, 02: 17 hrs', body),
			article('11: 40 P. M. MAR. 5, 2031', body),
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('a day named from the page\'s date agrees with the weekday a day from it; a week holds its days', async () => {
		const today = await compareTexts(
			'Nov 15, 2031\n\nThe ferry Vell Star ran aground off Tarn this morning with 212 passengers on board, the coast guard said.',
			'Nov 15, 2031\n\nThe ferry Vell Star ran aground off Tarn on Friday morning with 212 passengers on board, the coast guard said.',
			'Nov 15, 2031\n\nThe ferry Vell Star ran aground off Tarn on Friday morning with 212 passengers aboard, the coast guard said.',
		);
		assert.deepEqual(listed(today, 'figure'), [], show(today));
		const weekend = await compareTexts(
			'Nov 19, 2031\n\nThe harbour master was held over bribery claims last weekend in Tarn, prosecutors said.',
			'Nov 19, 2031\n\nThe harbour master was held over bribery claims early Sunday in Tarn, prosecutors said.',
		);
		assert.deepEqual(listed(weekend, 'figure'), [], show(weekend));
	});

	test('a floor under a ceiling leaves room for one value: "more than 70 mph" and "up to 85 mph" agree', async () => {
		const found = await compareTexts(
			'The stolen bus hit more than 70 mph on the Tarn bypass before the tyres burst, the county said.',
			'The stolen bus hit up to 85 mph on the Tarn bypass before the tyres burst, the county said.',
			'The stolen bus hit up to 85 mph on the Tarn bypass before its tyres burst, the county said.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('a day of a later event in the same sentence, after "after", is not set against the event\'s day', async () => {
		const found = await compareTexts(
			'Officers say Ivo Marr, 58, set fire to the Tarn bus depot Friday, destroying two coaches.',
			'Ivo Marr, 58, set fire to the Tarn bus depot on Friday, destroying two coaches, officers said.',
			'Ivo Marr was charged with arson Saturday after setting fire to the Tarn bus depot, destroying two coaches.',
		);
		assert.deepEqual(naming(listed(found, 'figure'), 'Day of the week'), [], show(found));
	});

	test('one outlet against one other must share a verb beside the day; with one, the day is listed', async () => {
		const twoEvents = await compareTexts(
			'The attack at the Tarn depot left one guard hurt.\n\nHis accused attacker, Ivo Marr, made a brief appearance in district court Monday to face a charge of second-degree assault.',
			'A man beat a guard at the Tarn depot.\n\nOfficers said Ivo Marr, 61, turned himself in after three hours of talks with officers and was charged Saturday with second-degree assault, the newspaper reported.',
		);
		assert.deepEqual(naming(listed(twoEvents, 'figure'), 'Day of the week'), [], show(twoEvents));
		const oneEvent = await compareTexts(
			'The ferry Vell Star sank Tuesday off the coast of Tarn with 40 people on board.',
			'The ferry Vell Star sank on Friday off the coast of Tarn, the coast guard said.',
		);
		assert.equal(naming(listed(oneEvent, 'figure'), 'Day of the week').length, 1, show(oneEvent));
	});

	test('a possessive day names another event ("Sunday\'s final") unless its word stands beside the other day', async () => {
		const found = await compareTexts(
			'Tarn Rovers left back Ivo Marr was detained over a bar brawl in Vell on Tuesday, officers said.',
			'Tarn Rovers left back Ivo Marr was detained on Tuesday over a bar brawl in Vell.',
			'The brawl will not keep Tarn Rovers left back Ivo Marr out of Sunday\'s cup final in Vell.',
		);
		assert.deepEqual(naming(listed(found, 'figure'), 'Day of the week'), [], show(found));
	});

	test('thousands and decimals spaced by rebuilt text are one number (after a currency sign, before a group with a zero, before a hyphenated unit, after a scale\'s name); a list stays apart', async () => {
		const { analyzeArticle } = await import('../../../src/core/analyze');
		const values = (text: string) => analyzeArticle({ id: 'a', path: 'a.txt', text }).figures.map((figure) => figure.value);
		assert.deepEqual(values('The base model costs $1, 199 and the larger one $2, 099.'), [1199, 2099]);
		assert.deepEqual(values('Some 1, 050, 000 people fled the coast.'), [1050000]);
		assert.deepEqual(values('Of the 12, 100 were freed; marks of 1, 2, 3 were given.'), [12, 100, 1, 2, 3]);
		assert.deepEqual(values('Dozens were hurt as a 6. 1-magnitude quake struck.'), [6.1]);
		assert.deepEqual(values('Homes shook as a magnitude 4. 6 quake struck.'), [4.6]);
	});

	test('a decimal cut by a line break is not read as two numbers', async () => {
		const found = await compareTexts(
			'Dozens hurt as 6.\n\n1-magnitude quake strikes the Tarn coast',
			'Dozens hurt as a 6.1-magnitude quake strikes the Tarn coast',
			'Dozens hurt as 6.\n\n4 quake strikes the Tarn coast',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('figures an outlet dates to a year before the story\'s are background: listed low at most; the story\'s own still listed', async () => {
		const article = (background: string, toll: string) => `July 2, 2031\n\nA strong quake struck the Tarn coast on Tuesday, killing ${toll} people, officials said.\n\n${background}`;
		const found = await compareTexts(
			article('In 2019 a flood on the Tarn delta drowned 23,000 people across the whole basin.', 'at least five'),
			article('In 2019 a flood on the Tarn delta drowned 17,000 people in the delta alone.', 'at least five'),
			article('A flood on the Tarn delta in 2019 drowned 23,000 people across the whole basin.', 'at least nine'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), '000'), [], show(found));
		assert.equal(naming(listed(found, 'figure'), 'nine').length, 1, show(found));
		const { storyYear } = await import('../../../src/core/compare/storyTime');
		const { analyzeCorpus } = await import('../../../src/core/analyze');
		const dated = (year: number) => ({ id: `a${year}`, path: `a${year}.txt`, text: `June 3, ${year}\n\nThe ferry sank.` });
		assert.equal(storyYear(analyzeCorpus([dated(2031), dated(2031), dated(2019)])), 2031);
		assert.equal(storyYear(analyzeCorpus([dated(2031)])), undefined);
	});

	test('a year after the figure, in a phrase that names another event ("a coast hit by the 2019 flood"), does not make the figure background', async () => {
		const article = (toll: string) => `July 2, 2031\n\nA strong quake struck the Tarn coast on Tuesday, killing ${toll} people across a valley ravaged by the 2019 flood, officials said.`;
		const found = await compareTexts(article('at least five'), article('at least five'), article('at least nine'));
		assert.equal(naming(listed(found, 'figure'), 'five', 'nine').length, 1, show(found));
	});

	test('an age set off by commas after a name is that person\'s alone, however many people the sentence names', async () => {
		const found = await compareTexts(
			'Ada Lenz, 59, had left her bicycle by the gate and was crossing toward the temple when a grey van struck her.',
			'Ada Lenz, 59, had left her bicycle by the gate and was crossing to the temple when a grey van heading north struck her.',
			'Ada Lenz, who lived nearby, was walking toward the temple for an evening service when Ivo Marr, 23, of Tarn struck her with a grey van.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
		const sameOwner = await compareTexts(
			'Ada Lenz, 59, had left her bicycle by the gate and was crossing toward the temple when a grey van struck her.',
			'Ada Lenz, 59, had left her bicycle by the gate and was crossing to the temple when a grey van heading north struck her.',
			'Ada Lenz, 62, had left her bicycle by the gate and was crossing toward the temple when a grey van struck her.',
		);
		assert.equal(naming(listed(sameOwner, 'figure'), '62').length, 1, show(sameOwner));
	});

	test('a street or a landmark against a town is no swap; two cities the gazetteers hold still are', async () => {
		const called = (place: string, tail = '') => `Police were called to a warehouse on ${place} where a man had opened fire${tail}.`;
		const street = await compareTexts(called('Quay Street in Vellmouth'), called('the Vellmouth waterfront'), called('East Fifth Avenue', ', police said'));
		assert.deepEqual(naming(listed(street, 'entity'), 'Avenue'), [], show(street));
		const glacier = (place: string, tail = '') => `A climber died after falling 150 metres from a ridge near ${place} on Friday${tail}.`;
		const landmark = await compareTexts(glacier('the Orla Glacier'), glacier('Mount Vessen'), glacier('Mount Vessen', ', police said'));
		assert.deepEqual(listed(landmark, 'entity'), [], show(landmark));
		const { comparablePlaces, isLandmark } = await import('../../../src/core/entities/places');
		assert.deepEqual([comparablePlaces('Athens', 'Sofia'), comparablePlaces('Tarn Hospital', 'Vell Hospital'), comparablePlaces('Vellmouth', 'Toronto'), isLandmark('Orla Glacier'), isLandmark('Toronto'), isLandmark('Quay St.'), isLandmark('St. Alban')], [true, true, false, true, false, true, false]);
	});

	test('a rank written alone ("Const.", "Police Const") and "Street" alone are no names', async () => {
		const { analyzeCorpus } = await import('../../../src/core/analyze');
		const texts = ['"Nobody else was hurt," Police Const.\n\nThe depot stayed closed for hours.', 'The coach was found on 117th Street near the depot.'];
		const corpus = analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
		assert.deepEqual(corpus.entities.filter((entity) => /Const|Street/.test(entity.name)).map((entity) => entity.name), []);
	});

	test('a person against a place is no swap unless the odd name is met once, garbled', async () => {
		const found = await compareTexts(
			'The smugglers sailed from Tarnia and Vellmark, neighbours along the Gulf of Orla, Ivo Sinter said.',
			'The smugglers sailed from Tarnia and Vellmark, neighbours along the shore of the Gulf.',
			'Ivo Sinter said the coast guard would keep watching the Gulf of Orla.',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Sinter', 'Gulf'), [], show(found));
	});

	test('British and American spellings of one word are no rewording of a quote nor another name', async () => {
		const quote = (word: string) => `"I think she ${word} the bridge was closing," Sheriff Ada Holt said.`;
		const found = await compareTexts(quote('realised'), quote('realized'), quote('realized'));
		assert.deepEqual(listed(found, 'quote'), [], show(found));
		const { americanSpelling } = await import('../../../src/core/text/spellingVariants');
		assert.deepEqual(['recognised', 'neighbourhood', 'centre', 'offence', 'travelled', 'harte'].map(americanSpelling), ['recognized', 'neighborhood', 'center', 'offense', 'traveled', 'harte']);
	});

	test('a first name\'s short form with the middle name left out is the same person', async () => {
		const { shortFirstName } = await import('../../../src/core/compare/discrepancies/spellings');
		assert.deepEqual(
			[shortFirstName('Ben Ardent', 'Benjamin Lee Ardent'), shortFirstName('Ben Ardent', 'Benjamin Ardent'), shortFirstName('Ben Ardent', 'Benjamin Lee Marr'), shortFirstName('Bea Ardent', 'Benjamin Lee Ardent')],
			[true, true, false, false],
		);
	});

	test('a bare number nothing tells the meaning of is no listed disagreement in loosely alike sentences; counted, it is', async () => {
		const tally = (first: string, second: string) =>
			compareTexts(`Late on Monday the harbour master in Tarn gave a first tally of the missing boats: ${first}, and said more may come in overnight.`, `Fishermen in Tarn waited for news as the harbour master gave his tally: ${second}, with more feared.`);
		const bare = await tally('40', '20');
		assert.deepEqual(listed(bare, 'figure'), [], show(bare));
		const counted = await tally('40 boats', '20 boats');
		assert.equal(listed(counted, 'figure').length, 1, show(counted));
	});

	test('one figure against one far from it, each among others of its kind in loosely alike sentences, is no listed disagreement; a near one is', async () => {
		const polls = (tuesday: string) =>
			compareTexts(
				'Poll Shows Quell Ahead\n\nA Tarn Herald poll this week has Ada Quell leading Ivo Marr by five points, 44 percent to 39 percent, among likely voters statewide.',
				`Quell Wins In Vell\n\nIn the Vell primary on Tuesday night, Quell crushed Tomas Vey by 16 points, ${tuesday} percent to 39 percent.`,
				'Vell Votes\n\nTurnout in Vell was high on Tuesday as voters queued outside the town hall before dawn.',
				'Vell Votes\n\nVoters in Vell queued outside the town hall before dawn on Tuesday, officials said.',
			);
		const far = await polls('57');
		assert.deepEqual(naming(listed(far, 'figure'), 'percent'), [], show(far));
		const near = await polls('46');
		assert.equal(naming(listed(near, 'figure'), 'percent').length, 1, show(near));
	});

	test('two people the folder knows, each named as a speaker, are two officials quoted: no listed swap; in another role they are', async () => {
		const both = 'Ferry Runs Aground\n\nTomas Vey and Ivo Brisk both worked the harbour office in Tarn that night.';
		const said = await compareTexts(
			'Ferry Runs Aground\n\n“The ferry left on time and the sea was calm,” Harbour Master Tomas Vey said.',
			'Ferry Runs Aground\n\n“The ferry left on time and the sea was calm,” Harbour Master Tomas Vey said on Monday.',
			'Ferry Runs Aground\n\n“The ferry left on time and the sea was calm,” Deputy Harbour Master Ivo Brisk said.',
			both,
			both,
		);
		assert.deepEqual(naming(listed(said, 'entity'), 'Brisk'), [], show(said));
		const steered = await compareTexts(
			'Ferry Runs Aground\n\nThe ferry was steered out of Tarn by Tomas Vey, who had sailed the route for years.',
			'Ferry Runs Aground\n\nThe ferry was steered out of Tarn by Tomas Vey, who had sailed the route for decades.',
			'Ferry Runs Aground\n\nThe ferry was steered out of Tarn by Ivo Brisk, who had sailed the route for years.',
			both,
			both,
		);
		assert.equal(naming(listed(steered, 'entity'), 'Brisk').length, 1, show(steered));
	});
});
