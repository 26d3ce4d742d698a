import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a participle after a clause opened by "when", "as" or "while" and set off by commas', () => {
	test('the subordinate clause’s subject shouts, not the place before its comma', () => {
		const text = 'Trouble began at a rally in the Dover market hall, when Lund supporters heckled her, shouting “she wins, we lose!”';
		assert.equal(speakerOf(text, 'she wins, we lose'), 'Lund supporters');
	});

	test('a name as that subject speaks', () => {
		const text = 'The hall fell silent at the Kent Arms in Dover, as Ada Vos stood on a bench, crying “this port is not for sale!”';
		assert.equal(speakerOf(text, 'this port is not for sale'), 'Ada Vos');
	});
});
