import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a participle after a clause that a name opens', () => {
	test('"As Mr. Vos sought to justify his comments labelling the board “weak” …, Mr. Lund differed" names Mr. Vos', () => {
		const text = 'The harbour board met on Monday. As Mr. Vos sought to justify his comments labelling the board “weak” when it closed the pier, Mr. Lund differed.';
		assert.equal(speakerOf(text, 'weak'), 'Mr. Vos');
	});
});
