import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the quote holding `fragment`, whatever its kind. */
function speakerOf(text: string, fragment: string): string | undefined {
	return quotesOf(text).find((quote) => quote.text.includes(fragment))?.speaker?.name;
}

suite('in a headline, the name before the colon speaks', () => {
	test('"Ada Vos: Tom Brandt Playing Dumb About The Harbour Tax Is ‘Disqualifying.’" is Ada Vos\'s', () => {
		const text = 'Ada Vos: Tom Brandt Playing Dumb About The Harbour Tax Is ‘Disqualifying.’\n\nThe mayor spoke on Monday about the port.';
		assert.equal(speakerOf(text, 'Disqualifying'), 'Ada Vos');
	});

	test('"Ada Vos: ‘No Idea’ If I Would Have Told Brandt …": capitalised words of a clause before "Told" are no name', () => {
		const text = 'Ada Vos: ‘No Idea’ If I Would Have Told Brandt The Pier Was a Bad Idea.\n\nThe mayor spoke on Monday about the port.';
		assert.equal(speakerOf(text, 'No Idea'), 'Ada Vos');
	});
});
