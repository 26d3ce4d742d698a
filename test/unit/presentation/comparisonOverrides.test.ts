import * as assert from 'node:assert/strict';
import { overrideDecision } from '../../../src/presentation/comparisonOverrides';

suite('Add to / Remove from Comparison', () => {
	const overrides = { included: ['file:///desk/wires/keep.md'], excluded: ['file:///desk/wires'] };

	test('a file added back inside a removed folder is compared, and its neighbours are left out', () => {
		assert.equal(overrideDecision('file:///desk/wires/keep.md', overrides), true);
		assert.equal(overrideDecision('file:///desk/wires/other.md', overrides), false);
	});

	test('a folder whose name only begins like a removed one is left to the globs', () => {
		assert.equal(overrideDecision('file:///desk/wiresroom/brief.md', overrides), undefined);
	});
});
