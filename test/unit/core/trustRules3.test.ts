import * as assert from 'node:assert/strict';
import type { Discrepancy } from '../../../src/core/types';

/** Compares texts as the articles of one folder (`a1.txt`, `a2.txt`, …). */
async function compareTexts(...texts: string[]): Promise<Discrepancy[]> {
	const { analyzeCorpus } = await import('../../../src/core/analyze');
	const { compareCorpus } = await import('../../../src/core/compare/compare');
	const corpus = analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
	return compareCorpus(corpus).discrepancies;
}

const listed = (discrepancies: Discrepancy[], kind: Discrepancy['kind']) => discrepancies.filter((discrepancy) => discrepancy.kind === kind && discrepancy.severity !== 'low');
const show = (discrepancies: Discrepancy[]) => discrepancies.map((discrepancy) => `${discrepancy.kind} ${discrepancy.severity}: ${discrepancy.summary}`).join('\n') || '(nothing)';
const naming = (discrepancies: Discrepancy[], ...names: string[]) => discrepancies.filter((discrepancy) => names.every((name) => discrepancy.summary.includes(name)));

suite('days of the week, judged outlet by outlet', () => {
	test("a day that stands nowhere like the others' does not hide another outlet's odd day", async () => {
		const found = await compareTexts(
			'The painter Ilse Brandt died Thursday evening at a hospital in Vell after a long illness, her agent said.',
			'Ilse Brandt died Thursday at a hospital in Vell after a long illness.',
			'Ilse Brandt died Sunday of heart failure at a hospital in Vell, her agent said.',
			'The painter Ilse Brandt passed away at a hospital in Vell at 9:40 pm (0540 GMT Friday) after a long illness, her agent said.',
		);
		const days = listed(found, 'figure').filter((discrepancy) => discrepancy.summary.startsWith('Day of the week'));
		assert.equal(naming(days, 'Thursday', 'Sunday').length, 1, show(found));
		// The Friday of a time zone is no dissent: it is not listed as the odd day.
		assert.ok(!days.some((discrepancy) => discrepancy.mentions.some((mention) => mention.odd && mention.variant === 'Friday')), show(found));
	});

	test('against a day two outlets agree on, one shared word beside the day lists it in passages only loosely alike (similarity 0.2)', async () => {
		const burned = 'Three people died when a bank in the old port of Vell burned Friday as thousands marched against the new taxes.';
		const found = await compareTexts(
			burned,
			'Three people, among them a young teacher, were killed when protesters threw firebombs at a bank in Vell on Wednesday.',
			'Three people were killed in Vell on Wednesday when marchers threw firebombs at a bank, the police said.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Wednesday', 'Friday').length, 1, show(found));
		// One outlet against one other: the same loose passages say too little.
		const alone = await compareTexts(burned, 'Three people, among them a young teacher, were killed when protesters threw firebombs at a bank in Vell on Wednesday.');
		assert.deepEqual(naming(listed(alone, 'figure'), 'Wednesday', 'Friday'), [], show(alone));
		assert.equal(naming(alone, 'Wednesday', 'Friday').length, 1, show(alone));
	});
});
