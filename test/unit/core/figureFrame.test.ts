import * as assert from 'node:assert/strict';
import { anchorsConflict, timeMarkers } from '../../../src/core/compare/anchors';
import { boundsAgree, frameOf, framesAgree, type FigureFrame } from '../../../src/core/compare/figureFrame';
import { nearWords } from '../../../src/core/compare/discrepancies/figurePlacing';
import { tokenize } from '../../../src/core/compare/tokens';
import type { Discrepancy } from '../../../src/core/types';

/** Compares texts as the articles of one folder (`a1.txt`, `a2.txt`, …). */
async function compareTexts(...texts: string[]): Promise<Discrepancy[]> {
	const { analyzeCorpus } = await import('../../../src/core/analyze');
	const { compareCorpus } = await import('../../../src/core/compare/compare');
	const corpus = analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
	return compareCorpus(corpus).discrepancies;
}

const figuresOf = (discrepancies: Discrepancy[]) => discrepancies.filter((discrepancy) => discrepancy.kind === 'figure');
const listed = (discrepancies: Discrepancy[]) => figuresOf(discrepancies).filter((discrepancy) => discrepancy.severity !== 'low');
const show = (discrepancies: Discrepancy[]) => figuresOf(discrepancies).map((discrepancy) => `${discrepancy.severity}: ${discrepancy.summary}`).join('\n');

/** The frame of the figure whose text is `figureText` in a sentence of one article. */
async function frameIn(sentence: string, figureText: string): Promise<FigureFrame> {
	const { analyzeArticle } = await import('../../../src/core/analyze');
	const analysis = analyzeArticle({ id: 'a', path: 'a.txt', text: sentence });
	const figure = analysis.figures.find((candidate) => candidate.text === figureText);
	assert.ok(figure, `"${figureText}" is read as a figure: ${analysis.figures.map((candidate) => candidate.text).join(', ')}`);
	return frameOf({ text: sentence, tokens: tokenize(sentence, 0, sentence.length), names: [], figures: analysis.figures }, figure);
}

suite('figure frames: what a figure counts, whose it is and when', () => {
	test('a duration before "ago" points at a moment; "another", "the last" and "compared with" give other roles', async () => {
		assert.equal((await frameIn('Three years ago the ferry line opened.', 'Three years')).role, 'elapsed');
		assert.equal((await frameIn('Another five sailors were rescued from the pier.', 'five sailors')).role, 'extra');
		assert.equal((await frameIn('The Gulls lost their last three games at home.', 'three games')).role, 'part');
		assert.equal((await frameIn('Visitors reached 40 million, compared with 52 million in the old hall.', '52 million')).role, 'reference');
		assert.equal((await frameIn('Visitors reached 40 million, compared with 52 million in the old hall.', '40 million')).role, 'amount');
	});

	test('a hyphenated figure describes the noun after it: the same noun with two describing words is two things, two nouns may be one', async () => {
		const stay = await frameIn('She began a 90-day stay at the clinic.', '90-day');
		const stint = await frameIn('She began a 60-day stint at the clinic.', '60-day');
		assert.equal(framesAgree(stay, stint), true, 'other words for one thing');
		const winning = await frameIn('The Gulls are on an 11-game win streak.', '11-game');
		const losing = await frameIn('The Terns are on a three-game losing streak.', 'three-game');
		assert.equal(framesAgree(winning, losing), false);
		const same = await frameIn('The Terns are on a five-game losing streak.', 'five-game');
		assert.equal(framesAgree(losing, same), true);
	});

	test('a figure takes the date or background marker nearest to it', async () => {
		const sentence = 'In 2019 the Gulls came back from a 5-19 start, and this year they opened 9-14.';
		const early = await frameIn(sentence, '5');
		assert.deepEqual([...early.when], ['2019']);
		const anchors = (sentence: string) => timeMarkers(tokenize(sentence, 0, sentence.length)).map((marker) => marker.anchor);
		assert.deepEqual(anchors('The previous storm cut power to 4,000 homes.'), ['before']);
		assert.deepEqual(anchors('Earlier on Friday the storm cut power.'), ['now']);
		assert.deepEqual(anchors('The former champion has won 45 fights.'), [], 'a title, not an earlier event');
		const lastYear = await frameIn("Last year's regatta drew 32,000 visitors.", '32,000 visitors');
		const thisYear = await frameIn('The regatta drew 35,000 visitors.', '35,000 visitors');
		assert.equal(framesAgree(lastYear, thisYear, true), false, 'loosely alike sentences: two times');
		assert.equal(framesAgree(lastYear, thisYear), true, 'one claim: the first outlet only says more');
		const sunday = await frameIn('The regatta drew 35,000 visitors on Sunday.', '35,000 visitors');
		assert.equal(framesAgree(lastYear, sunday), false, "last year's against the event's own day");
	});

	test('a figure before a comparative and "than", or after "rose by"/"won by", is a difference between two values', async () => {
		const sooner = await frameIn('The Terns reached the harbour mouth four minutes sooner than in the spring race.', 'four minutes');
		assert.equal(sooner.role, 'difference');
		const time = await frameIn('The Terns reached the harbour mouth after 38 minutes.', '38 minutes');
		assert.equal(framesAgree(sooner, time), false, 'how much sooner is not how long');
		assert.equal((await frameIn('Ticket prices rose by 4% this spring.', '4%')).role, 'difference');
		assert.equal((await frameIn('The Gulls won by 12 points at home.', '12 points')).role, 'difference');
		assert.equal((await frameIn('The Gulls lead the league by four games.', 'four games')).role, 'difference', 'the verb\'s object between the verb and "by"');
		assert.equal((await frameIn('The Gulls beat them by two goals.', 'two goals')).role, 'difference');
		assert.equal((await frameIn('The Gulls have won four straight games.', 'four straight games')).role, 'amount', 'a count, not a margin');
		assert.equal((await frameIn('Ticket prices rose to 9% this spring.', '9%')).role, 'amount', 'the level reached is an amount');
		assert.equal((await frameIn('She would take 20 boats rather than 30.', '20 boats')).role, 'amount', '"rather than" compares nothing');
	});

	test('"41 of his 95 punches": the 95 are all that were thrown, not a count another outlet says landed; another total thrown is listed', async () => {
		const story = (sentence: string) => `Vey keeps his title\n\n${sentence}\n\nThe fight ended in the ninth.\n`;
		const thrown = 'Over the fourth round Vey landed 41 of his 95 punches and Brisk answered with a handful.';
		const landed = await compareTexts(story(thrown), story(thrown), story('Over the fourth round Vey landed 17 punches.'));
		assert.ok(!figuresOf(landed).some((item) => item.summary.includes('95')), show(landed));
		const otherTotal = await compareTexts(story(thrown), story(thrown), story(thrown.replace('95 punches', '120 punches')));
		assert.equal(listed(otherTotal).length, 1, show(otherTotal));
	});

	test('a figure of one part of the event (a round, a half, the third day) is not the figure of the whole, nor of another part', async () => {
		const round = await frameIn('In the third round, Vey landed 31 punches on the champion.', '31 punches');
		assert.equal(round.part, 'round:3');
		const whole = await frameIn('Vey landed 210 punches on the champion.', '210 punches');
		assert.equal(whole.part, undefined);
		assert.equal(framesAgree(round, whole), false, 'one round against the whole fight');
		const sameRound = await frameIn('Vey landed 38 punches on the champion in the third round.', '38 punches');
		assert.equal(framesAgree(round, sameRound), true, 'the same round in other words');
		const during = await frameIn('Vey landed 31 punches during the round, while the champion landed four.', 'four');
		assert.equal(during.part, 'round:', 'the whole sentence speaks of the round');
		assert.equal(framesAgree(round, during), true, 'a round left unnumbered meets the third');
		const sixth = await frameIn('In the sixth, the champion landed one punch.', 'one punch');
		assert.equal(sixth.part, ':6');
		assert.equal(framesAgree(round, sixth), false, 'the sixth is not the third');
		assert.equal((await frameIn('The Gulls scored 14 points in the second half.', '14 points')).part, 'half:2');
		const hyphenated = await frameIn('Vey, a second-round pick in 2029, signed on Monday.', '2029');
		assert.equal(hyphenated.part, 'round:2', 'a part written as one hyphenated word');
		assert.equal(framesAgree(hyphenated, await frameIn('Vey was picked in the second round in 2030.', '2030')), true, 'the same part written two ways');
		assert.equal((await frameIn('The champion (31-2, 20 KOs) stopped Vey in the seventh round.', '20')).part, undefined, 'a record in brackets is of the whole career');
		assert.equal((await frameIn('The ferry line earned $4 million in the quarter.', '$4 million')).part, undefined, 'a quarter alone is a whole reporting period');
		assert.equal((await frameIn('The fans stood in the first place they found.', 'first')).part, undefined, 'no part noun, no comma: not a part');
	});

	test('a number of years is an age or a term, and an age is never set against a term', async () => {
		assert.equal((await frameIn('The former mayor, aged 58, was jailed on Monday.', '58')).years, 'age');
		assert.equal((await frameIn('The court jailed the 58-year-old on Monday.', '58-year-old')).years, 'age');
		assert.equal((await frameIn('Ada Lenz was jailed for nine years on Monday.', 'nine years')).years, 'term');
		const found = await compareTexts(
			'Lenz jailed\n\nFormer Orlek mayor Ada Lenz, 58, was jailed for nine years on Monday for taking bribes from builders.\n',
			'Lenz gets prison term\n\nFormer Orlek mayor Ada Lenz, 58, was jailed for nine years on Monday for taking bribes from builders.\n',
			'Orlek ex-mayor sentenced\n\nA court on Monday sentenced former Orlek mayor Ada Lenz to eight years for taking bribes from builders.\n',
		);
		assert.deepEqual(listed(found).filter((discrepancy) => discrepancy.mentions.some((mention) => mention.text === '58')), [], show(found));
		assert.equal(listed(found).filter((discrepancy) => discrepancy.mentions.some((mention) => mention.text === 'eight years')).length, 1, show(found));
	});

	test('"more than 100" agrees with 120, "nearly 80" does not with 82, "about 40,000" is close to 38,500', () => {
		assert.equal(boundsAgree({ value: 100, bound: 'over' }, { value: 120 }), 'yes');
		assert.equal(boundsAgree({ value: 100, bound: 'over' }, { value: 90 }), 'no');
		assert.equal(boundsAgree({ value: 80, bound: 'under' }, { value: 82 }), 'no');
		assert.equal(boundsAgree({ value: 80, bound: 'under' }, { value: 78 }), 'yes');
		assert.equal(boundsAgree({ value: 40000, bound: 'about' }, { value: 38500 }), 'approximately');
		assert.equal(boundsAgree({ value: 40000, bound: 'about' }, { value: 30000 }), 'no');
		assert.equal(boundsAgree({ value: 20, bound: 'about' }, { value: 22 }), 'no', 'around 20 people against 22 is another count');
	});

	test('two floors close together are one toll rounded down two ways; far apart they are two claims', () => {
		assert.equal(boundsAgree({ value: 23000, bound: 'over' }, { value: 22000, bound: 'over' }), 'approximately', '"more than 23,000 dead" / "more than 22,000 dead"');
		assert.equal(boundsAgree({ value: 3, bound: 'over' }, { value: 6, bound: 'over' }), 'no', '"at least three" / "at least six"');
		assert.equal(boundsAgree({ value: 23000 }, { value: 22000 }), 'no', 'two exact tolls');
		assert.equal(boundsAgree({ value: 41, bound: 'over' }, { value: 43, bound: 'over' }), 'no', '"at least 41 dead" / "at least 43 dead": two counts, not one rounded');
		assert.equal(boundsAgree({ value: 4150, bound: 'over' }, { value: 4000, bound: 'over' }), 'no', 'one floor counted, one rounded');
		assert.equal(boundsAgree({ value: 1000, bound: 'over' }, { value: 1050, bound: 'over' }), 'approximately', 'both round at a gap of fifty');
	});

	test('passages anchored in years that never meet are two times; a year inside a span of years meets it', () => {
		assert.equal(anchorsConflict(['2019'], ['2021/2022']), true);
		assert.equal(anchorsConflict(['2021'], ['2021/2022']), false);
		assert.equal(anchorsConflict([], ['2021']), false);
	});
});

suite('figure frames in a comparison', () => {
	test('a changed count in the same frame is listed (the control for the cases below)', async () => {
		const discrepancies = await compareTexts(
			'The Marlow Bay regatta drew 32,000 visitors to the harbour front on Sunday, the organisers said.',
			'The Marlow Bay regatta drew 35,000 visitors to the harbour front on Sunday, organisers said.',
		);
		assert.equal(listed(discrepancies).length, 1, show(discrepancies));
	});

	test('two outlets\' magnitudes of one quake, written the two ways round, are listed', async () => {
		const discrepancies = await compareTexts(
			'A magnitude 6.1 earthquake shook the coast of Vell early on Monday, damaging houses in two fishing towns, officials said.',
			'An earthquake of magnitude 6.4 damaged houses in two fishing towns on the Vell coast on Monday morning, the civil defence agency said.',
			'Houses were damaged in two fishing towns when an earthquake struck the Vell coast on Monday.',
		);
		assert.equal(listed(discrepancies).filter((discrepancy) => /6\.1/.test(discrepancy.summary) && /6\.4/.test(discrepancy.summary)).length, 1, show(discrepancies));
	});

	test('a distance an outlet converts for its readers is no disagreement; the same distance given otherwise is listed', async () => {
		const converted = await compareTexts(
			'The quake struck 80 km south of the port of Tarn early on Monday, the geological survey said.',
			'The quake struck 50 miles south of the port of Tarn early on Monday, the geological survey said.',
		);
		assert.deepEqual(figuresOf(converted), [], show(converted));
		const other = await compareTexts(
			'The quake struck 80 km south of the port of Tarn early on Monday, the geological survey said.',
			'The quake struck 95 kilometres south of the port of Tarn early on Monday, the geological survey said.',
		);
		assert.equal(listed(other).length, 1, show(other));
	});

	test('punches of one round against those of the whole fight are two facts; the same round with two counts is listed', async () => {
		const twoFacts = await compareTexts(
			'In the third round, Oskar Vey landed 31 punches on the champion at Marlow Bay arena, the judges said.',
			'Oskar Vey landed 210 punches on the champion at Marlow Bay arena, the judges said.',
		);
		assert.equal(listed(twoFacts).length, 0, show(twoFacts));
		const differ = await compareTexts(
			'In the third round, Oskar Vey landed 31 punches on the champion at Marlow Bay arena, the judges said.',
			'In the third round, Oskar Vey landed 38 punches on the champion at Marlow Bay arena, the judges said.',
		);
		assert.equal(listed(differ).length, 1, show(differ));
	});

	test("a boxer's record beside his name is of his career, whatever round the sentence speaks of", async () => {
		const discrepancies = await compareTexts(
			'Oskar Vey, 31-2, 20 KOs, stopped the champion in the seventh round at Marlow Bay arena on Saturday night.',
			'Oskar Vey, 31-2, 21 KOs, stopped the champion at Marlow Bay arena on Saturday night.',
		);
		assert.equal(listed(discrepancies).length, 1, show(discrepancies));
	});

	test('how much sooner a fight ended is not how long the earlier fight lasted', async () => {
		const discrepancies = await compareTexts(
			'Oskar Vey stopped the champion at Marlow Bay arena four rounds sooner than in their first fight.',
			'Oskar Vey stopped the champion at Marlow Bay arena in their first fight after nine rounds.',
		);
		assert.equal(listed(discrepancies).length, 0, show(discrepancies));
	});

	test('two years of one phrase each meet their own: "late 2027 or early 2031" against "late 2027 or early 2028"', async () => {
		const discrepancies = await compareTexts(
			'Bridge delay\n\nThe council now expects the toll bridge, already over budget, to open in late 2027 or early 2031.',
			'Bridge delay\n\nEngineers told the council the toll bridge would cost more than planned and gave a late 2027 or early 2028 opening date.',
			'Bridge delay\n\nWork resumes next month and the council hopes traffic can cross by the end of 2027 or early 2028.',
		);
		assert.ok(listed(discrepancies).some((discrepancy) => discrepancy.summary.includes('2031') && discrepancy.summary.includes('2028')), show(discrepancies));
	});

	test('two days of one month a few days apart date one event two ways, without shared words beside them; two months do not', async () => {
		const court = (date: string) => `Sentence\n\nThe court heard that Ivo Marsh, now jailed for life, planned the ${date}, attack for months from a rented flat.`;
		const judge = 'Sentence\n\nJudge Orla Penrose jailed the smuggler Ivo Marsh for life on Friday for what he did on March 11, 2024, at the port, to the relief of the families in the gallery.';
		const week = await compareTexts(judge, court('March 14, 2024'));
		assert.equal(listed(week).length, 1, show(week));
		const months = await compareTexts(judge, court('April 14, 2024'));
		assert.equal(listed(months).length, 0, show(months));
	});

	test("last year's figure is not this year's: no disagreement", async () => {
		const discrepancies = await compareTexts(
			"Last year's Marlow Bay regatta drew 32,000 visitors to the harbour front, the organisers said.",
			'The Marlow Bay regatta drew 35,000 visitors to the harbour front on Sunday, organisers said.',
		);
		assert.equal(listed(discrepancies).length, 0, show(discrepancies));
	});

	test('another five passengers are not the 20 passengers counted before', async () => {
		const discrepancies = await compareTexts(
			'Up to 20 passengers were stuck in the flooded ferry terminal at Marlow Bay, rescue crews reported.',
			'Rescue crews at the flooded ferry terminal in Marlow Bay pulled another five passengers from the roof.',
		);
		assert.equal(listed(discrepancies).length, 0, show(discrepancies));
	});

	test('the second item of a list is not a disagreement with the first', async () => {
		const discrepancies = await compareTexts(
			'Judge Orla Penrose gave the smuggler seven jail terms and four terms without parole at Marlow Bay court on Monday.',
			'Judge Orla Penrose gave the smuggler four jail terms without parole at Marlow Bay court on Monday.',
		);
		assert.equal(listed(discrepancies).length, 0, show(discrepancies));
	});

	test("one man's count is not another's, though the passage that gives it names both men", async () => {
		const discrepancies = await compareTexts(
			'Harbour police arrested two trawler captains on Tuesday after a long inquiry into illegal fishing in the northern bay.\n\nIvo Dorn, accused of owning two trawlers, is charged with fishing illegally in the northern bay between March and May.',
			'Harbour police arrested two trawler captains on Tuesday after a long inquiry into illegal fishing in the northern bay.\n\nProsecutor Ada Kell chose to pursue only the fishing charges, noting that Tomas Marr owns 20 trawlers and Ivo Dorn owns two.',
		);
		assert.equal(figuresOf(discrepancies).length, 0, show(discrepancies));
	});

	test('the same man\'s count told after "that" in near copies is still compared', async () => {
		const discrepancies = await compareTexts(
			'Prosecutor Ada Kell chose to pursue only the fishing charges on Tuesday, noting that Tomas Marr owns 20 trawlers in the northern bay.',
			'Prosecutor Ada Kell chose to pursue only the fishing charges on Tuesday, noting that Tomas Marr owns 12 trawlers in the northern bay.',
		);
		assert.equal(listed(discrepancies).length, 1, show(discrepancies));
	});

	test('"more than 100 boats" and "120 boats" agree; "about 40,000" against 38,500 is low at most', async () => {
		const boats = await compareTexts(
			'More than 100 boats sailed into Marlow Bay harbour for the regatta on Sunday morning.',
			'Some 120 boats sailed into Marlow Bay harbour for the regatta on Sunday morning.',
		);
		assert.equal(figuresOf(boats).length, 0, show(boats));
		const crowd = await compareTexts(
			'About 40,000 people lined the Marlow Bay harbour front for the regatta on Sunday.',
			'Exactly 38,500 people lined the Marlow Bay harbour front for the regatta on Sunday.',
		);
		assert.equal(listed(crowd).length, 0, show(crowd));
	});

	test('nor through a third outlet that gives no year', async () => {
		const discrepancies = await compareTexts(
			'The Gulls fired coach Ned Arlow on Saturday after a dismal 9-14 start to the 2021-22 season.',
			'The Gulls fired coach Ned Arlow on Saturday after a dismal 9-14 start.',
			'In 2018-19, Arlow rallied the Gulls from a dismal 5-19 start to reach the harbour cup final.',
		);
		assert.ok(!figuresOf(discrepancies).some((discrepancy) => /\b19\b|\b5\b/.test(discrepancy.summary)), show(discrepancies));
	});

	test('a background paragraph about an earlier season is not aligned with the event', async () => {
		const discrepancies = await compareTexts(
			'The Gulls fired coach Ned Arlow on Saturday after a dismal 9-14 start to the 2021-22 season.',
			'In 2018-19, Arlow rallied the Gulls from a dismal 5-19 start to reach the harbour cup final.',
		);
		assert.equal(figuresOf(discrepancies).length, 0, show(discrepancies));
	});
});

suite('figure frames: the place of a number in a score or record', () => {
	test('a number of a record is not a number standing alone, nor another place of a record', async () => {
		const losses = await frameIn('Brisk is now 10-5-2 since losing his belt.', '5');
		const alone = await frameIn('Brisk is now 5 since losing his belt.', '5');
		const wins = await frameIn('Brisk went 5-10-2 after losing his belt.', '5');
		const otherLosses = await frameIn('Brisk has gone 12-5-1 since losing his belt.', '5');
		assert.equal(framesAgree(losses, alone), false, 'a record against a number standing alone');
		assert.equal(framesAgree(losses, wins), false, 'losses against wins');
		assert.equal(framesAgree(losses, otherLosses), true, 'the losses of two records');
	});
});

suite('figure frames: the tense of a year\'s clause', () => {
	test('a year in a past clause and a year in a future one are two times', async () => {
		const appointed = await frameIn('He will replace Ada Lenz, the youngest director in its history when she was appointed in 2009.', '2009');
		const takesOver = await frameIn('He will take over from Lenz in the winter season ahead of his first full season as director in 2014.', '2014');
		assert.equal(appointed.tense, 'past', 'the clause after "when" is its own');
		assert.equal(takesOver.tense, 'future', '"as director" opens no clause');
		assert.equal(framesAgree(appointed, takesOver), false);
	});

	test('two past years, or a year whose clause says neither, may be one date told two ways', async () => {
		const appointed = await frameIn('Ada Lenz was appointed director in 2009.', '2009');
		const named = await frameIn('Ada Lenz was named director in 2010.', '2010');
		const bare = await frameIn('Ada Lenz, director since 2010, leaves in May.', '2010');
		assert.equal(framesAgree(appointed, named), true);
		assert.equal(bare.tense, undefined);
		assert.equal(framesAgree(appointed, bare), true);
	});
});

suite('figure frames: the period of a rate', () => {
	test('"a year", "per day" or "weekly" after a figure is the period it counts over', async () => {
		assert.equal((await frameIn('The port handles 1.2 million passengers a year.', '1.2 million passengers')).rate, 'year');
		assert.equal((await frameIn('The mill burns 3,000 tonnes per day.', '3,000 tonnes')).rate, 'day');
		assert.equal((await frameIn('The line runs 40 flights weekly.', '40 flights')).rate, 'week');
		assert.equal((await frameIn('The port handled 1.2 million passengers, a record.', '1.2 million passengers')).rate, undefined, 'a comma ends it');
	});

	test('two rates over two periods are two quantities; over one period, or one unsaid, they compare', async () => {
		const yearly = await frameIn('The port handles 1.2 million passengers a year.', '1.2 million passengers');
		const monthly = await frameIn('The port handles 100,000 passengers a month.', '100,000 passengers');
		const annually = await frameIn('The port handles 1.5 million passengers annually.', '1.5 million passengers');
		const unsaid = await frameIn('The port handles 1.5 million passengers.', '1.5 million passengers');
		assert.equal(framesAgree(yearly, monthly), false);
		assert.equal(framesAgree(yearly, annually), true);
		assert.equal(framesAgree(yearly, unsaid), true);
	});

	test('a yearly count retold as a monthly one is not listed; another yearly count is', async () => {
		const story = (handles: string) => `Vell port grows\n\nThe port of Vell handles ${handles}, the harbour board said on Monday.\n\nIts new ferry terminal opens in June.\n`;
		const monthly = await compareTexts(story('1.2 million passengers a year'), story('1.2 million passengers a year'), story('100,000 passengers a month'));
		assert.deepEqual(listed(monthly), [], show(monthly));
		const other = await compareTexts(story('1.2 million passengers a year'), story('1.2 million passengers a year'), story('1.5 million passengers a year'));
		assert.equal(listed(other).length, 1, show(other));
	});
});

suite('figure frames: the form a price is paid in', () => {
	test('a sum "in stock", or "in cash" beside another sum, is a part of the price; "in cash and stock" is the whole', async () => {
		assert.equal((await frameIn('Orla will pay $400 million for Brennick, $310 million of it in cash.', '$310 million')).payment, 'cash');
		assert.equal((await frameIn('Orla will pay $400 million for Brennick, $310 million of it in cash.', '$400 million')).payment, undefined);
		assert.equal((await frameIn('Orla pays $90 million in shares for the rest.', '$90 million')).payment, 'stock');
		assert.equal((await frameIn('Orla pays $400 million in cash and stock for Brennick.', '$400 million')).payment, undefined);
		assert.equal((await frameIn('Police found $40,000 in cash at the house.', '$40,000')).payment, undefined, 'cash alone is all the money there was');
	});

	test('the cash part of a price is not another price; two outlets\' cash parts, or two whole prices, are compared', async () => {
		const story = (deal: string) => `Orla buys Brennick\n\n${deal}, the companies said on Monday.\n\nBrennick makes ferry engines in Tarn.\n`;
		const whole = 'Orla will pay $400 million for the engine maker Brennick';
		const parts = 'Orla will pay $310 million in cash for the engine maker Brennick, with $90 million more in stock';
		const part = await compareTexts(story(whole), story(whole), story(parts));
		assert.deepEqual(listed(part), [], show(part));
		const otherCash = await compareTexts(story(parts), story(parts), story(parts.replace('$310 million', '$330 million')));
		assert.equal(listed(otherCash).length, 1, show(otherCash));
		const otherWhole = await compareTexts(story(whole), story(whole), story(whole.replace('$400 million', '$440 million')));
		assert.equal(listed(otherWhole).length, 1, show(otherWhole));
	});
});

suite('figure frames: ages nobody owns by name', () => {
	test('a relation\'s age ("his 15-year-old stepson") is not the age of a person named by age alone ("the 11-year-old"); the same relation\'s other age is listed', async () => {
		const story = (sentence: string) => `Vey convicted\n\n${sentence}\n\nThe hearing ran for three days.\n`;
		const stepson = 'The court heard a call in which Tomas Vey scolded his 15-year-old stepson for missing school.';
		const apart = await compareTexts(story(stepson), story(stepson), story('Jurors also heard Vey shouting at the 11-year-old on a second call.'));
		assert.deepEqual(figuresOf(apart).map((item) => item.summary), [], show(apart));
		const sameStepson = await compareTexts(story(stepson), story(stepson), story(stepson.replace('15-year-old', '17-year-old')));
		assert.equal(listed(sameStepson).length, 1, show(sameStepson));
	});
});

suite('figure frames: a place that holds another', () => {
	test('a town\'s count is not its district\'s, though the town is named as the district\'s capital; another count of the town is listed', async () => {
		const story = (sentence: string) => `River floods Vell\n\n${sentence}\n\nThe water fell by evening.\n`;
		const town = 'Six homes were flooded in Orlek, the capital of the Vell district, the river authority said on Monday.';
		const district = 'In the wider Vell district, about 800 homes were flooded, the river authority said on Monday.';
		const apart = await compareTexts(story(town), story(town), story(district));
		assert.deepEqual(figuresOf(apart).map((item) => item.summary), [], show(apart));
		const sameTown = await compareTexts(story(town), story(town), story(town.replace('Six homes', 'Nine homes')));
		assert.equal(listed(sameTown).length, 1, show(sameTown));
	});
});

suite('figures among figures of many kinds', () => {
	test('one outlet\'s figure against one other\'s, each among figures of four kinds or more in passages that are no near copies, is low: two spec sheets', async () => {
		const head = 'Vell shows two new tablets\n\n';
		const small = 'The smaller model has a 2GHz chip, 8GB of memory, a 256GB drive and 6 hours of battery life, and sells for $899.';
		const large = 'The larger one gets a 3GHz chip; up to 32GB of memory; up to 2TB of storage; up to nine hours of battery life.';
		const tail = '\n\nBoth ship in May.\n';
		const discrepancies = await compareTexts(head + small + tail, head + large + tail, `${head}Vell said both models would ship in May.${tail}`);
		const memory = figuresOf(discrepancies).find((item) => item.summary.includes('32GB'));
		assert.equal(memory?.severity, 'low', show(discrepancies));
	});
});

suite('the words around a figure', () => {
	test('a hyphenated word counts its parts too, so that "court-mandated" and "court-ordered" share the court', async () => {
		const { analyzeArticle } = await import('../../../src/core/analyze');
		const around = (sentence: string, figureText: string) => {
			const figure = analyzeArticle({ id: 'a', path: 'a.txt', text: sentence }).figures.find((candidate) => candidate.text === figureText)!;
			return nearWords(sentence, tokenize(sentence, 0, sentence.length), figure).context;
		};
		const mandated = around('Vey began a 60-day court-mandated treatment.', '60-day');
		const ordered = around('Vey began a 62-day court-ordered course.', '62-day');
		assert.deepEqual([...mandated].filter((stem) => ordered.has(stem)).sort(), ['began', 'court', 'vei']);
		assert.ok(!mandated.has('a') && !mandated.has('to'), 'a function word inside no hyphen is never one');
	});

	test('words in another bracket than the figure\'s are not its words; a bracket of figures keeps the words outside', async () => {
		const { analyzeArticle } = await import('../../../src/core/analyze');
		const around = (sentence: string, figureText: string) => {
			const figure = analyzeArticle({ id: 'a', path: 'a.txt', text: sentence }).figures.find((candidate) => candidate.text === figureText)!;
			return [...nearWords(sentence, tokenize(sentence, 0, sentence.length), figure).context].sort();
		};
		const sentence = 'The pad runs 9 hours between charges with the plain screen (6 hours on the bright screen) and reloads fast.';
		assert.deepEqual(around(sentence, '6 hours'), ['bright', 'screen'], 'every word of its aside, after it too');
		assert.ok(!around(sentence, '9 hours').includes('bright'), 'the aside after it is not its words');
		assert.ok(around(sentence, '9 hours').includes('charg'));
		const crowd = around('The pier opened with a big crowd (2,000) and a band.', '2,000');
		assert.ok(crowd.includes('crowd') && crowd.includes('band'), 'a bracket with the figure alone only sets it off');
		const record = around('The champion Vey (31-2, 20 KOs) beat Brisk in the ninth round.', '31');
		assert.ok(record.includes('champion') && record.includes('vei'), 'nor does one of figures and what they count');
	});

	test('a figure in an aside is not paired with the claim\'s figure when the same value stands outside it', async () => {
		const head = 'Vell shows a thinner tablet\n\n';
		const told = 'The new pad runs eleven hours between charges, Vell said.';
		const aside = 'In a test by Tarn 11 hours went by before the light faded, as the pad runs between charges (8 hours with the bright screen).';
		const discrepancies = await compareTexts(head + told, head + told, head + aside);
		assert.deepEqual(figuresOf(discrepancies).map((item) => item.summary), [], show(discrepancies));
	});
});
