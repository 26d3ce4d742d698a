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
			article('AXN Nov 12, 2031, 05. 51AM IST TARN:', body),
			article('Wed Nov 12 2031, 01: 19 hrs', body),
			article('10: 55 P. M. NOV. 13, 2031', body),
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
			'Nov 19, 2031\n\nThe harbour master was arrested on suspicion of bribery last weekend in Tarn, prosecutors said.',
			'Nov 19, 2031\n\nThe harbour master was arrested on suspicion of bribery early Sunday in Tarn, prosecutors said.',
		);
		assert.deepEqual(listed(weekend, 'figure'), [], show(weekend));
	});

	test('a floor under a ceiling leaves room for one value: "more than 100 mph" and "up to 120 mph" agree', async () => {
		const found = await compareTexts(
			'Troopers chased the van for 20 miles at speeds of more than 100 mph before it stopped, the sheriff said.',
			'Troopers chased the van for 20 miles at speeds up to 120 mph before it stopped, the sheriff said.',
			'Troopers chased the van for 20 miles at speeds up to 120 mph before it finally stopped, the sheriff said.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('a day of a later event in the same sentence, after "after", is not set against the event\'s day', async () => {
		const found = await compareTexts(
			'Police say Ivo Marr, 58, opened fire at the Tarn office party Friday, killing one man.',
			'Ivo Marr, 58, opened fire at the Tarn office party on Friday, killing one man, police said.',
			'Ivo Marr was charged with murder Saturday after opening fire at the Tarn office party, killing one man.',
		);
		assert.deepEqual(naming(listed(found, 'figure'), 'Day of the week'), [], show(found));
	});

	test('one outlet against one other must share a verb beside the day; with one, the day is listed', async () => {
		const twoEvents = await compareTexts(
			'The shooting at the Tarn depot left one guard dead.\n\nHis accused killer, Ivo Marr, made a brief appearance in provincial court Monday on a charge of first-degree murder.',
			'A gunman killed a guard at the Tarn depot.\n\nPolice said Ivo Marr, 61, surrendered after two hours of negotiations with police and was charged Saturday with first-degree murder, the broadcaster reported.',
		);
		assert.deepEqual(naming(listed(twoEvents, 'figure'), 'Day of the week'), [], show(twoEvents));
		const oneEvent = await compareTexts(
			'The ferry Vell Star sank Tuesday off the coast of Tarn with 40 people on board.',
			'The ferry Vell Star sank on Friday off the coast of Tarn, the coast guard said.',
		);
		assert.equal(naming(listed(oneEvent, 'figure'), 'Day of the week').length, 1, show(oneEvent));
	});

	test('a possessive day names another event ("Sunday\'s game") unless its word stands beside the other day', async () => {
		const found = await compareTexts(
			'Tarn Rovers wide receiver Ivo Marr was arrested on suspicion of drunk driving on Tuesday, police said.',
			'Tarn Rovers wide receiver Ivo Marr was arrested on Tuesday on suspicion of drunk driving.',
			'The arrest will not affect the status of Tarn Rovers wide receiver Ivo Marr for Sunday\'s playoff game.',
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
			article('In 2019 a tsunami off Tarn killed 230,000 people across the whole region.', 'at least five'),
			article('In 2019 a tsunami off Tarn killed 170,000 people in the province alone.', 'at least five'),
			article('A tsunami off Tarn in 2019 killed 230,000 people across the whole region.', 'at least nine'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), '000'), [], show(found));
		assert.equal(naming(listed(found, 'figure'), 'nine').length, 1, show(found));
		const { storyYear } = await import('../../../src/core/compare/storyYear');
		const { analyzeCorpus } = await import('../../../src/core/analyze');
		const dated = (year: number) => ({ id: `a${year}`, path: `a${year}.txt`, text: `June 3, ${year}\n\nThe ferry sank.` });
		assert.equal(storyYear(analyzeCorpus([dated(2031), dated(2031), dated(2019)])), 2031);
		assert.equal(storyYear(analyzeCorpus([dated(2031)])), undefined);
	});

	test('a street or a landmark against a town is no swap; two cities the gazetteers hold still are', async () => {
		const called = (place: string, tail = '') => `Police were called to a warehouse on ${place} where a man had opened fire${tail}.`;
		const street = await compareTexts(called('Quay Street in Vellmouth'), called('the Vellmouth waterfront'), called('East Fifth Avenue', ', police said'));
		assert.deepEqual(naming(listed(street, 'entity'), 'Avenue'), [], show(street));
		const glacier = (place: string, tail = '') => `A climber died after falling 150 metres from a ridge near ${place} on Friday${tail}.`;
		const landmark = await compareTexts(glacier('the Orla Glacier'), glacier('Mount Vessen'), glacier('Mount Vessen', ', police said'));
		assert.deepEqual(listed(landmark, 'entity'), [], show(landmark));
		const { comparablePlaces, isLandmark } = await import('../../../src/core/entities/places');
		assert.deepEqual([comparablePlaces('Athens', 'Sofia'), comparablePlaces('Tarn Hospital', 'Vell Hospital'), comparablePlaces('Vellmouth', 'Toronto'), isLandmark('Orla Glacier'), isLandmark('Toronto')], [true, true, false, true, false]);
	});

	test('a rank written alone ("Const.", "Police Const") and "Street" alone are no names', async () => {
		const { analyzeCorpus } = await import('../../../src/core/analyze');
		const texts = ['"Everyone got out safely," Police Const.\n\nThe office was locked down for hours.', 'The victim was found on 117th Street near the office.'];
		const corpus = analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
		assert.deepEqual(corpus.entities.filter((entity) => /Const|Street/.test(entity.name)).map((entity) => entity.name), []);
	});

	test('a person against a place is no swap unless the odd name is met once, garbled', async () => {
		const found = await compareTexts(
			'The pirates came from Tarnia and Vellmark, two countries on the Gulf of Orla, Ivo Sinter said.',
			'The pirates came from Tarnia and Vellmark, two countries on the coast of the Gulf.',
			'Ivo Sinter said the navy would keep patrolling the Gulf of Orla.',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Sinter', 'Gulf'), [], show(found));
	});

	test('British and American spellings of one word are no rewording of a quote nor another name', async () => {
		const quote = (word: string) => `"He probably ${word} he had no way out," Sheriff Ada Holt said.`;
		const found = await compareTexts(quote('realised'), quote('realized'), quote('realized'));
		assert.deepEqual(listed(found, 'quote'), [], show(found));
		const { americanSpelling } = await import('../../../src/core/text/spellingVariants');
		assert.deepEqual(['recognised', 'neighbourhood', 'centre', 'offence', 'travelled', 'wolfe'].map(americanSpelling), ['recognized', 'neighborhood', 'center', 'offense', 'traveled', 'wolfe']);
	});

	test('a first name\'s short form with the middle name left out is the same person', async () => {
		const { shortFirstName } = await import('../../../src/core/compare/discrepancies/entities');
		assert.deepEqual(
			[shortFirstName('Ben Ardent', 'Benjamin Lee Ardent'), shortFirstName('Ben Ardent', 'Benjamin Ardent'), shortFirstName('Ben Ardent', 'Benjamin Lee Marr'), shortFirstName('Bea Ardent', 'Benjamin Lee Ardent')],
			[true, true, false, false],
		);
	});
});
