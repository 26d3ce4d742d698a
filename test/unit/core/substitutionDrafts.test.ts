import * as assert from 'node:assert/strict';
import { replacesDraft } from '../../../src/core/compare/discrepancies/entities';
import type { Severity } from '../../../src/core/types';

/** A kept draft naming `count` passages at a severity (only what the merge reads). */
function kept(count: number, severity: Severity) {
	return { mentions: Array.from({ length: count }, () => ({}) as never), severity };
}

suite('one pair of names met in two claims', () => {
	test('the draft naming more passages stays, whatever its severity', () => {
		assert.equal(replacesDraft(kept(3, 'low'), 2, 'medium'), false);
		assert.equal(replacesDraft(kept(2, 'medium'), 3, 'low'), true);
	});

	test('of two naming as many passages, the surer one stays, in whichever order they were met', () => {
		assert.equal(replacesDraft(kept(2, 'low'), 2, 'medium'), true);
		assert.equal(replacesDraft(kept(2, 'medium'), 2, 'low'), false);
	});

	test('of two alike, the first met stays', () => {
		assert.equal(replacesDraft(kept(2, 'medium'), 2, 'medium'), false);
	});
});
