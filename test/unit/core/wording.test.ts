import * as assert from 'node:assert/strict';
import { figureTopic } from '../../../src/core/compare/wording/figureTopic';
import { chooseTopic, figureReason, unitDroppedReason } from '../../../src/core/compare/wording/figureWording';
import { quoteLabel, quoteReason, quoteSummary, relayLabel } from '../../../src/core/compare/wording/quoteWording';
import { countOf, sidesText } from '../../../src/core/compare/wording/sides';
import { analyseSources } from '../presentation/analysed';

/** The topic of the figure written `figure` in `sentence`. */
function topic(sentence: string, figure: string, kind = 'number', owners: string[] = [], people: string[] = []): string | undefined {
	const start = sentence.indexOf(figure);
	return figureTopic(sentence, { start: 0, end: sentence.length }, { start, end: start + figure.length, kind }, owners, people);
}

/** Articles a1, a2… are outlets "Ledger", "Post"…; a article `x` is its own outlet. */
const outlet = (article: string) => ({ a1: 'Ledger', a2: 'Post', a3: 'Daily', a4: 'Ledger' })[article] ?? article;

suite('A figure is titled by its sentence’s subject and verb', () => {
	test('an object figure takes the subject and the verb before it, past a preposition’s words', () => {
		assert.equal(topic('According to the minister, wool sales between the two valleys rose 14% over the spring.', '14%', 'percent'), 'Wool sales rose');
		assert.equal(topic('Numbers from the Wool Council show that wool sales from Arland to Vell rose 14% this spring.', '14%', 'percent'), 'Wool sales rose');
		assert.equal(topic('Ferry fares were up 12 percent this spring.', '12 percent', 'percent'), 'Ferry fares were up');
	});

	test('a figure that is the subject is named by what it counts and the verb after it, not by who said it', () => {
		assert.equal(topic('Wardens said 9 hikers had been rescued from the ridge.', '9 hikers', 'count'), 'Hikers rescued');
	});

	test('a pronoun subject gives way to the figure’s owner, or to what it counts', () => {
		assert.equal(topic('She threw 40 jabs in the round.', '40 jabs', 'count', ['Mara Dorr']), 'Mara Dorr threw');
		assert.equal(topic('He landed 31 of his 90 jabs.', '90 jabs', 'count'), 'Jabs landed');
	});

	test('"he" or "she" gives way to a person the figure belongs to, not to the club beside', () => {
		assert.equal(topic('He joined the Gulls on May 14, 2031.', 'May 14, 2031', 'date', ['Orla Gulls', 'Ivo Marr'], ['Ivo Marr']), 'When Ivo Marr joined');
		assert.equal(topic('It joined the league on May 14, 2031.', 'May 14, 2031', 'date', ['Orla Gulls', 'Ivo Marr'], ['Ivo Marr']), 'When Orla Gulls joined');
	});

	test('a date’s topic keeps the capital of the name put for its pronoun', () => {
		assert.equal(topic('He joined the Gulls on May 14, 2031.', 'May 14, 2031', 'date', ['Orla Gulls']), 'When Orla Gulls joined');
	});

	test('a relative clause or an aside is read through to the noun it is about', () => {
		assert.equal(topic('The keeper, who still has two years and $5 million left on her deal, was dropped on May 3.', '$5 million', 'money'), 'The keeper has');
		assert.equal(topic('The keeper, who still has two years and $5 million left on her deal, was dropped on May 3.', 'May 3', 'date'), 'When the keeper was dropped');
	});

	test('a date says when, or names the noun it qualifies; a duration names what it was spent on', () => {
		assert.equal(topic('Tarn and Vell signed the pact on June 4.', 'June 4', 'date'), 'When Tarn and Vell signed');
		assert.equal(topic('Vell faces a June 4 deadline on its loans.', 'June 4', 'date'), 'Deadline');
		assert.equal(topic('The panel ruled on Friday after 9 hours of talks.', '9 hours', 'duration'), 'Hours of talks');
	});

	test('an age is whose age it is', () => {
		const sentence = 'Piet Dorr, 45, was freed.';
		const start = sentence.indexOf('45');
		assert.equal(figureTopic(sentence, { start: 0, end: sentence.length }, { start, end: start + 2, kind: 'number', age: true }, ['Piet Dorr']), 'Age of Piet Dorr');
	});

	test('the topic most outlets give wins; with none, the owner, then what is counted', () => {
		assert.equal(chooseTopic(['Wool sales grew', 'Wool sales rose', 'wool sales rose'], undefined, { kind: 'percent', unit: '%' }), 'Wool sales rose');
		assert.equal(chooseTopic([undefined, undefined], 'Piet Dorr', { kind: 'number', unit: '' }), 'Piet Dorr');
		assert.equal(chooseTopic([undefined], undefined, { kind: 'count', unit: 'hikers' }), 'Number of hikers');
		assert.equal(chooseTopic([undefined], undefined, { kind: 'percent', unit: '%' }), 'Share');
	});
});

suite('Sides and reasons in words', () => {
	test('an outlet with both versions is named once, as having both', () => {
		assert.equal(
			sidesText(
				[
					{ text: 'Piet Dorr', articles: ['a1', 'a2', 'a3'] },
					{ text: 'Piet Dorre', articles: ['a2'] },
				],
				outlet,
			),
			'Piet Dorr (Ledger, Daily) vs Piet Dorre (Post has both)',
		);
		assert.equal(sidesText([{ text: '14%', articles: ['a1', 'a4'] }, { text: '12%', articles: ['a3'] }], outlet), '14% (Ledger) vs 12% (Daily)');
	});

	test('small counts are words', () => {
		assert.equal(countOf(1, 'modal verb'), 'a modal verb');
		assert.equal(countOf(3, 'word'), 'three words');
		assert.equal(countOf(14, 'outlet'), '14 outlets');
	});

	test('a figure’s reason says which values are given (the title says by whom)', () => {
		assert.equal(figureReason(['14%', '12 percent']), 'The figure differs: 14% against 12 percent.');
		assert.equal(figureReason(['9', '11', '12']), 'Three values are given: 9, 11 and 12.');
		assert.equal(unitDroppedReason(['a3'], outlet), 'The same value, but Daily gives it without its unit.');
	});

	test('a quote’s title says whose quote it is and what each side has', () => {
		assert.equal(quoteLabel('Lu', 'We will'), "Lu's quote");
		assert.equal(quoteLabel('Ross', 'We will'), "Ross' quote");
		assert.equal(quoteLabel(undefined, 'We will not…'), 'Quote “We will not…”');
		assert.equal(relayLabel('Dorr'), "Dorr's words relayed differently");
		assert.equal(relayLabel(undefined), 'Relayed differently');
		assert.equal(quoteSummary("Dorr's quote", { removed: 'must', added: 'should', removedArticles: ['a1'], addedArticles: ['a2', 'a3'] }, outlet), "Dorr's quote: “must” (Ledger) vs “should” (Post, Daily)");
		assert.equal(
			quoteSummary("Dorr's quote", { removed: 'gladly', added: '', removedArticles: ['a1', 'a2'], addedArticles: ['a3'] }, outlet),
			"Dorr's quote: “gladly” dropped by Daily (kept by Ledger, Post)",
		);
	});

	test('a quote’s reason counts the kinds of words that differ, and names the first few with their outlets', () => {
		const reason = quoteReason([
			{ kind: 'modal', removed: 'must', added: 'should', from: ['Ledger'], to: ['Post'] },
			{ kind: 'modal', removed: 'must', added: 'should', from: ['Ledger'], to: ['Daily', 'Post'] },
			{ kind: 'word', removed: 'guard', added: 'shield', from: ['Ledger'], to: ['Post'] },
			{ kind: 'word', removed: 'close', added: '', from: ['Ledger'], to: ['Daily'] },
			{ kind: 'word', removed: '', added: 'at once', from: ['Ledger'], to: ['Daily'] },
		]);
		assert.equal(
			reason,
			'A modal verb, two words and a phrase differ: “must” (Ledger) against “should” (Post, Daily); “guard” (Ledger) against “shield” (Post); “close” (Ledger) left out by Daily; and one other change.',
		);
	});
});

suite('Titles of whole comparisons', () => {
	test('a claim relayed through two channels is titled by whose words they were, not by a name they merely mention', () => {
		const sentence = (channel: string) => `Piet Dorr, Lena Marsh's deputy, ${channel} that the ferry line to Vell would reopen in the spring after the repairs.\n`;
		const { comparison } = analyseSources([
			{ id: 'north', path: 'north.txt', text: `Arland opens its ferry line again\n\n${sentence('told the press')}` },
			{ id: 'south', path: 'south.txt', text: `Arland opens its ferry line again\n\n${sentence('told Reuters')}` },
		]);
		const relayed = comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'attribution');
		assert.ok(relayed, comparison.discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.match(relayed.summary, /^Piet Dorr's words relayed differently: told the press \(north\) vs told Reuters \(south\)$/);
	});

	test('a figure the outlets give differently is titled by what rose, in their words', () => {
		const sentence = (value: string) => `Officials in Arland said that wool sales to Vell rose ${value} in the first half of the year, the best result in a decade.\n`;
		const { comparison } = analyseSources([
			{ id: 'north', path: 'north.txt', text: `Wool trade grows\n\n${sentence('14%')}` },
			{ id: 'south', path: 'south.txt', text: `Wool trade grows\n\n${sentence('14 percent')}` },
			{ id: 'east', path: 'east.txt', text: `Wool trade grows\n\n${sentence('12 percent')}` },
		]);
		const figure = comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'figure');
		assert.ok(figure, comparison.discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.equal(figure.summary, 'Wool sales rose: 14% / 14 percent (north, south) vs 12 percent (east)');
		assert.equal(figure.reason, 'The figure differs: 14% against 12 percent.');
	});
});
