import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('two people joined by "and", each with a role of their own, speak together', () => {
	test('"“…,” port chairman Ada Vos and deputy mayor Tom Brandt, both independents, said" is both', () => {
		const text = 'Title line\n\nThe pier closed in May.\n\n“We can only wonder whether the plan is sound,” port chairman Ada Vos and deputy mayor Tom Brandt, both independents, said in a statement.';
		assert.equal(directSpeakerOf(text, 'only wonder'), 'Ada Vos and deputy mayor Tom Brandt');
	});

	test('a capitalised role before the second name ("and Harbour Speaker Tom Brandt") joins as well', () => {
		const text = 'Title line\n\nThe pier closed in May.\n\n“The vote was rushed and the town deserves better,” board leader Ada Vos and Harbour Speaker Tom Brandt, both independents, said on Friday.';
		assert.equal(directSpeakerOf(text, 'vote was rushed'), 'Ada Vos and Harbour Speaker Tom Brandt');
	});
});
