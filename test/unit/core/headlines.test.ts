import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/analyze';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('headlines are passages, compared with headlines', () => {
	test('two headlines that count one thing differently are listed, though the bodies agree', async () => {
		const found = await compareTexts(
			article('Ferry strike in Tarn ends after nine days', 'Crews of the Tarn ferry went back to work on Monday, their union said.'),
			article('Ferry strike in Tarn ends after eleven days', 'Crews of the Tarn ferry went back to work on Monday, their union said.'),
			article('Tarn ferry crews back at work', 'Crews of the Tarn ferry went back to work on Monday, their union said.'),
		);
		assert.equal(naming(listed(found, 'figure'), 'nine days', 'eleven days').length, 1, show(found));
	});

	test('a headline that sums up the story does not join the body sentence it shares words with', async () => {
		const found = await compareTexts(
			article('Ferry strike in Tarn ends after nine days', 'The ferry strike in Tarn ended on Monday after eleven days, the union said.'),
			article('Crews return to Tarn ferries', 'The ferry strike in Tarn ended on Monday after eleven days, the union said.'),
		);
		assert.deepEqual(naming(found, 'nine days'), [], show(found));
	});

	test('a headline\'s capitalised words are names only where the body names them', () => {
		// "into" in lower case: no title case for the tagger, which reads "Lenz Checks" and "Rehires" as names.
		const text = article('Lenz Checks into Vell Clinic, Rehires Agent', 'Ada Lenz checked into the Vell Clinic on Monday and hired her former agent again.');
		const analysis = analyzeArticle({ id: 'a1', path: 'a1.txt', text });
		const headline = analysis.parsed.headline!;
		const names = analysis.mentions.filter((mention) => mention.end <= headline.end).map((mention) => `${mention.text} (${mention.type})`);
		assert.deepEqual(names, ['Lenz (person)', 'Vell Clinic (organization)']);
	});

	test('a headline keeps a name the body writes otherwise, or a person of the body\'s given name with another surname', () => {
		const body = 'Anna Lenz checked into the Vell Clinic on Monday, her agent Tom Brisk said.';
		const namesOf = (headline: string) => {
			const analysis = analyzeArticle({ id: 'a1', path: 'a1.txt', text: article(headline, body) });
			return analysis.mentions.filter((mention) => mention.end <= analysis.parsed.headline!.end).map((mention) => `${mention.text} (${mention.type})`);
		};
		assert.deepEqual(namesOf('Agent Tom Briskk: Lenz in rehab'), ['Tom Briskk (person)', 'Lenz (person)']);
		assert.deepEqual(namesOf('Anna Vos checks into Vell Clinic, agent says'), ['Anna Vos (person)', 'Vell Clinic (organization)']);
	});

	test('a headline in sentence case keeps a name its body never writes, and one outlet\'s other place there is listed', async () => {
		const body = 'A driver who struck a cyclist at a level crossing on Wednesday night was charged the next day.';
		const found = await compareTexts(
			article('Driver charged after Tarnfield crossing crash', body),
			article('Police charge driver after fatal Tarnfield crossing crash', body),
			article('Driver held after Tarnfield crossing crash', body),
			article('Driver charged after Orvelby crossing crash', body),
		);
		assert.equal(naming(listed(found, 'entity'), 'Orvelby').length, 1, show(found));
	});

	test('a headline in title case still keeps only the names its body writes', () => {
		const analysis = analyzeArticle({ id: 'a1', path: 'a1.txt', text: article('Driver Charged After Orvelby Crossing Crash', 'A driver was charged on Thursday.') });
		const names = analysis.mentions.filter((mention) => mention.end <= analysis.parsed.headline!.end).map((mention) => mention.text);
		assert.deepEqual(names, []);
	});

	test('a person of the body\'s given name is kept in the headline though the given name is in no hand list', () => {
		// "Odile" is in the maintained list of given names, not in the lexicon's own.
		const analysis = analyzeArticle({ id: 'a1', path: 'a1.txt', text: article('Vell council rehires longtime counsel Odile Varga, drops appeal', 'The council hired its former counsel Odile Brandt again on Monday.') });
		const names = analysis.mentions.filter((mention) => mention.end <= analysis.parsed.headline!.end).map((mention) => `${mention.text} (${mention.type})`);
		assert.deepEqual(names, ['Odile Varga (person)']);
	});

	test('another surname after the same given name in one outlet\'s headline is listed', async () => {
		const body = 'The Vell council hired its former counsel Odile Brandt again on Monday, a week before the appeal hearing.';
		const found = await compareTexts(
			article('Vell council rehires longtime counsel Odile Brandt, drops appeal', body),
			article('Vell council rehires longtime counsel Odile Varga, drops appeal', body),
			article('Vell council rehires longtime counsel Odile Brandt ahead of hearing', body),
		);
		assert.equal(naming(listed(found, 'entity'), 'Odile Varga').length, 1, show(found));
	});

	test('a name respelled in one outlet\'s headline is listed', async () => {
		const body = 'Anna Lenz checked into the Vell Clinic on Monday, her agent Tom Brisk said.';
		const found = await compareTexts(
			article('Agent Tom Brisk says Lenz is in rehab', body),
			article('Agent Tom Brisk says Lenz has entered rehab', body),
			article('Agent Tom Briskk says Lenz is in rehab', body),
		);
		assert.equal(naming(listed(found, 'entity'), 'Tom Briskk').length, 1, show(found));
	});

	test('an age one outlet\'s headline gives otherwise is one discrepancy, though two finders see it', async () => {
		const body = 'Ada Lenz, the swimmer who became a film star, died on Thursday at her home in Vell, her family said.';
		const found = await compareTexts(article('Actress Ada Lenz Dies at 91', body), article('Ada Lenz, Swimmer Turned Film Star, Dies at 93', body), article('Swimmer and film star Ada Lenz remembered', body));
		assert.equal(naming(listed(found, 'figure'), '91', '93').length, 1, show(found));
	});
});
