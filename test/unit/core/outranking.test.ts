import * as assert from 'node:assert/strict';
import type { DiscrepancyDraft } from '../../../src/core/compare/context';
import { Outranking } from '../../../src/core/compare/discrepancies/outranking';
import { finalize } from '../../../src/core/compare/finalize';
import type { DiscrepancyMention } from '../../../src/core/types';

// A finder may leave out a draft that an earlier one of the same merge key outranks: `finalize` gives the same.

const mention = (article: string, start: number, text: string, odd: boolean): DiscrepancyMention => ({ article, start, end: start + text.length, text, variant: text, odd });

/** "14 barges" in one outlet against "12 barges" in another, the second the odd one. */
function barges(other: string, odd: string, severity: DiscrepancyDraft['severity'], strength: number): DiscrepancyDraft {
	return {
		kind: 'figure',
		severity,
		summary: `Barges: 12 (${odd}) vs 14 (${other})`,
		reason: 'The figure differs: 14 against 12.',
		strength,
		mentions: [mention(other, 40, '14 barges', false), mention(odd, 52, '12 barges', true)],
		missing: [],
		weight: 1.1,
	};
}

suite('drafts outranked before finalize', () => {
	test('a later draft at the same odd passage is outranked unless it ranks higher', () => {
		const outranking = new Outranking();
		outranking.note(barges('o1', 'o4', 'medium', 0.6));
		assert.equal(outranking.outranks(barges('o2', 'o4', 'low', 0.9)), true, 'a low draft after a medium one');
		assert.equal(outranking.outranks(barges('o3', 'o4', 'medium', 0.6)), true, 'the same rank: finalize keeps the first');
		assert.equal(outranking.outranks(barges('o2', 'o4', 'medium', 0.7)), false, 'a stronger draft of the same severity');
		assert.equal(outranking.outranks(barges('o1', 'o5', 'low', 0.1)), false, 'another odd passage');
	});

	test('leaving out the outranked drafts of a list changes nothing finalize gives', () => {
		const severities: DiscrepancyDraft['severity'][] = ['low', 'medium', 'high'];
		const drafts: DiscrepancyDraft[] = [];
		for (let i = 0; i < 40; i++) {
			drafts.push(barges(`o${i % 3}`, `o${3 + ((i * 7) % 4)}`, severities[(i * 5) % 3], 0.1 + ((i * 3) % 9) / 10));
		}
		const outranking = new Outranking();
		const kept = drafts.filter((draft) => {
			if (outranking.outranks(draft)) {
				return false;
			}
			outranking.note(draft);
			return true;
		});
		assert.equal(kept.length < drafts.length, true, 'some drafts are outranked');
		assert.deepEqual(finalize(kept), finalize(drafts.map((draft) => ({ ...draft }))));
	});
});
