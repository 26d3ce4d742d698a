import * as assert from 'node:assert/strict';
import { speakerIdentity } from '../../../src/core/compare/discrepancies/attributions';
import type { Entity } from '../../../src/core/types';

suite('a speaker named with a title or a place', () => {
	const people: Partial<Entity>[] = [{ name: 'Ada Vos', type: 'person' }, { name: 'Tom Carr', type: 'person' }];
	const context = { entityNamed: (name: string) => people.find((person) => person.name === name) as Entity | undefined };

	test('is the identity the folder names without them, so two outlets\' speakers compare', () => {
		assert.deepEqual(
			['Gov. Ada Vos', 'Tom Carr of Delaware', 'Sen. Tom Carr of the Kent Harbour Board', 'Ada Vos'].map((name) => speakerIdentity(context, name)),
			['ada vos', 'tom carr', 'tom carr', 'ada vos'],
		);
	});

	test('is left as written when no identity is named so', () => {
		assert.deepEqual(['Gov. Lena Hart', 'the harbour chief'].map((name) => speakerIdentity(context, name)), ['gov. lena hart', 'the harbour chief']);
	});
});
