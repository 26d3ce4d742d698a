import * as assert from 'node:assert/strict';
import type { DiscrepancyDraft } from '../../../src/core/compare/context';
import { finalize } from '../../../src/core/compare/finalize';
import { Found } from '../../../src/core/compare/incremental/judging';
import { NearMissFold } from '../../../src/core/compare/incremental/nearMissFold';
import { noReads } from '../../../src/core/compare/incremental/reads';
import type { Severity } from '../../../src/core/types';

/** A figure draft that calls `odd` (article:start) odd against `common`, at a severity and weight. */
function draft(name: string, odd: string, common: string, severity: Severity, weight = 1): DiscrepancyDraft {
	const mention = (place: string, isOdd: boolean) => {
		const [article, start] = place.split(':');
		return { article, start: Number(start), end: Number(start) + 3, text: isOdd ? '27%' : '26%', variant: '', odd: isOdd };
	};
	return { kind: 'figure', severity, summary: `Toll: ${name}`, reason: name, strength: 0.5, weight, mentions: [mention(odd, true), mention(common, false)], missing: [] };
}

/** A near miss's record that found these figure drafts. */
function record(...figures: DiscrepancyDraft[]): Found {
	return new Found(undefined, undefined, { figures, weekdays: [], quotes: [], attributions: [], substitutions: new Map() }, noReads());
}

suite('The near misses\' figure drafts folded per merge key (NearMissFold)', () => {
	// "27%" odd in x at 10 is one merge key whichever near miss met it; "9" odd in y at 40 another.
	const a = draft('a', 'x:10', 'w:5', 'low');
	const b = draft('b', 'x:10', 'v:7', 'medium');
	const c = draft('c', 'y:40', 'w:20', 'medium');
	const d = draft('d', 'x:10', 'u:3', 'medium');
	const e = draft('e', 'y:40', 'v:22', 'high');

	test('keeps of each key the first draft of the highest rank, the keys in the order first met', () => {
		const fold = new NearMissFold();
		// b outranks a; d only equals b, so the first of the two stays; "27%" in x is met before "9" in y.
		assert.deepEqual(fold.drafts([record(a), record(b, c), record(d)]), [b, c]);
		// The same records in another order, one gone and one come (the list after an edit): read as they stand now.
		assert.deepEqual(fold.drafts([record(c), record(d), record(a), record(e)]), [e, d]);
	});

	test('gives finalize, in place of the drafts folded, what it gives of them all', () => {
		const before = [draft('p', 'x:10', 'q:1', 'low'), draft('r', 'z:70', 'q:9', 'low')];
		const after = [draft('s', 'y:40', 'q:30', 'medium', 2)];
		for (const records of [[record(a), record(b, c), record(d)], [record(e, a), record(d), record(c, b)], [record(c), record(a)]]) {
			const fold = new NearMissFold();
			const all = [...before, ...records.flatMap((found) => found.figures), ...after];
			assert.deepEqual(finalize([...before, ...fold.drafts(records), ...after]), finalize(all));
			// Read again (the keys kept by each record), the same.
			assert.deepEqual(finalize([...before, ...fold.drafts(records), ...after]), finalize(all));
		}
	});
});
