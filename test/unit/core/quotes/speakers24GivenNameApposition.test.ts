import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speakers of the direct quotes of a text, in order. */
function speakersOf(text: string): (string | undefined)[] {
	return quotesOf(text)
		.filter((quote) => quote.direct)
		.map((quote) => quote.speaker?.name);
}

suite('a given name alone in apposition after a description', () => {
	test('a given name that is also an everyday word, between commas after "Vos’s son", speaks for a quote after a participle', () => {
		const text = 'Harbour news\n\nVos’s son, Grant, defended his father on Monday, saying: “He has never taken a bribe.”';
		assert.deepEqual(speakersOf(text), ['Grant']);
	});

	test('a word between commas that is no given name leaves the description', () => {
		const text = 'Harbour news\n\nVos’s son, however, defended his father on Monday, saying: “He has never taken a bribe.”';
		assert.notDeepEqual(speakersOf(text), ['however']);
	});
});
