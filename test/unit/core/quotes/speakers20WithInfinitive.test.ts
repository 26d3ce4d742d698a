import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a word set off after "with" someone doing something "to call" it so', () => {
	test('the person after "with" speaks, not the sentence’s subject whose denial it reports', () => {
		const text = 'The port board has denied the leak happened, with Ada Vos taking to the radio to call the claim “totally absurd” on Monday.';
		assert.equal(speakerOf(text, 'totally absurd'), 'Ada Vos');
	});

	test('without a reported clause before it, the person after "with" still speaks', () => {
		const text = 'The port board stayed silent, with Tom Lund going on the radio to label the plan “a fraud.”';
		assert.equal(speakerOf(text, 'a fraud'), 'Tom Lund');
	});
});
