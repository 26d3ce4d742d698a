import * as assert from 'node:assert/strict';
import type { DiscrepancyDraft } from '../../../src/core/compare/context';
import { finalize } from '../../../src/core/compare/finalize';
import type { DiscrepancyMention } from '../../../src/core/types';

suite('an attribution and a name swap at the same odd passage', () => {
	const mention = (article: string, start: number, variant: string, odd: boolean): DiscrepancyMention => ({ article, start, end: start + variant.length, text: variant, variant, odd });
	const draft = (kind: DiscrepancyDraft['kind'], severity: DiscrepancyDraft['severity']): DiscrepancyDraft => ({
		kind,
		severity,
		summary: `${kind}: A.J. Vey (a3) vs A.J. Lenz (a1, a2)`,
		reason: 'test',
		strength: 0.8,
		weight: 1,
		missing: [],
		mentions: [mention('a1', 40, 'A.J. Lenz', false), mention('a2', 40, 'A.J. Lenz', false), mention('a3', 40, 'A.J. Vey', true)],
	});
	const kinds = (severity: DiscrepancyDraft['severity']) => finalize([draft('attribution', 'high'), draft('entity', severity)]).map((found) => found.kind).sort();

	test('keep the attribution when the swap is judged low, and only the swap when it is listed', () => {
		assert.deepEqual(kinds('low'), ['attribution', 'entity']);
		assert.deepEqual(kinds('medium'), ['entity']);
	});
});
