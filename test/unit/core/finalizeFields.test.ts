import * as assert from 'node:assert/strict';
import type { DiscrepancyDraft } from '../../../src/core/compare/context';
import { heldBy } from '../../../src/core/compare/claimHolder';
import { finalize } from '../../../src/core/compare/finalize';

// A discrepancy is its draft's fields with an id first and its confidence and rank last, the
// draft's weight and strength left out: the report's JSON lists the fields in that order.

/** "12 cranes" in one outlet, "14 cranes" in another, with a field of the finder's own before the mentions. */
function cranes(claim: string): DiscrepancyDraft {
	return {
		kind: 'figure',
		severity: 'high',
		summary: 'Cranes idle: 12 vs 14',
		reason: 'invented',
		weight: 2,
		claim,
		strength: 0.5,
		missing: [],
		...{ family: 'count' },
		mentions: [
			{ article: 'p1', start: 10, end: 19, text: '12 cranes', variant: '12', odd: false },
			{ article: 'p2', start: 30, end: 39, text: '14 cranes', variant: '14', odd: true },
		],
	};
}

suite('finalize: the fields of a discrepancy', () => {
	test('id first, the draft fields in their order less weight and strength, then confidence and rank', () => {
		const [made] = finalize([cranes('c4')]);
		assert.deepEqual(Object.keys(made), ['id', 'kind', 'severity', 'summary', 'reason', 'claim', 'missing', 'family', 'mentions', 'confidence', 'rank']);
		assert.equal((made as unknown as { family: string }).family, 'count');
		assert.equal(made.claim, 'c4');
	});

	test("a held draft gives its holder's claim id, in the claim's place", () => {
		const holder = { claim: 'c4' };
		const held = heldBy(cranes('c4'), holder);
		holder.claim = 'c9';
		const [made] = finalize([held]);
		assert.equal(made.claim, 'c9');
		assert.equal(Object.keys(made).indexOf('claim'), 5);
	});

	test('a field the draft only inherits is not copied', () => {
		const draft = Object.assign(Object.create({ inherited: 'no' }) as DiscrepancyDraft, cranes('c2'));
		const [made] = finalize([draft]);
		assert.equal('inherited' in made, false);
	});
});
