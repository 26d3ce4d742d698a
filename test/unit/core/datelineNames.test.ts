import * as assert from 'node:assert/strict';
import { afterDateline } from '../../../src/core/entities/datelines';
import { compareTexts, show } from '../helpers/compareTexts';

/** The opening, as each outlet's report tells it. */
const body = 'Mayor Ingrid Vasquez opened the new ferry terminal on Tuesday. "It will carry 4,000 passengers a day," Vasquez told reporters.';

suite('where and by whom a story was filed is no part of its claim', () => {
	test('a dateline\'s place and agency are set against no other outlet\'s names, nor a credit\'s agency', async () => {
		const found = await compareTexts(
			`Ferry terminal opens at Kessel\nBy Jane Roe, Tarn Press Agency Staff\n\nKESSEL (Tarn Press Agency) — ${body}\n`,
			`Kessel gets a ferry terminal\n(Harbour News Network) — ${body}\n`,
			`A new terminal for Kessel\n\n${body}\n`,
		);
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'entity'), [], show(found));
	});

	test('an agency in parentheses and a dash opening a paragraph is a dateline; one inside a sentence is not', () => {
		const text = '(Portnews) — Mayor Vasquez spoke. The board (Portnews) — it said — agreed.';
		assert.equal(afterDateline(text, { start: 0, end: text.length }), '(Portnews) — '.length);
		const inside = 'The board (Portnews) — it said — agreed.';
		assert.equal(afterDateline(inside, { start: 0, end: inside.length }), 0);
	});
});
