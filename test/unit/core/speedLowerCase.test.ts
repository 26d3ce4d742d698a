import * as assert from 'node:assert/strict';
import { tokenize as figureTokens } from '../../../src/core/figures/tokens';
import { tokenize as nameTokens } from '../../../src/core/entities/tokens';
import { tokenize as speechTokens } from '../../../src/core/quotes/speechTokens';
import { wordKey } from '../../../src/core/text/lexicon/wordSets';
import { isSmallWord, lowerCaseText, lowerWord } from '../../../src/core/text/lowerCase';

/**
 * Words cut from the whole text lowered once are the words lowered one by one; a text where that
 * does not hold is lowered word by word.
 */

/** Every run of letters of the text, as `[start, end]`. */
function runs(text: string): [number, number][] {
	return [...text.matchAll(/\p{L}+/gu)].map((match) => [match.index, match.index + match[0].length]);
}

suite('speed: words lowered from the lowered text', () => {
	test('a word cut from the lowered text is the word lowered alone, curly marks or not', () => {
		const text = 'Mayor Oskarine Vellt’s “Harbour Pact” reached ÉTÉ and Ödön’s OFFICE on Tuesday.';
		const lowered = lowerCaseText(text);
		assert.ok(lowered !== undefined);
		for (const [start, end] of runs(text)) {
			assert.equal(lowerWord(text, lowered, start, end), text.slice(start, end).toLowerCase());
		}
	});

	test('a text with a dotted capital I is lowered word by word: it lowers to two characters, and the offsets would shift', () => {
		const text = 'İZMIRLI visited Port Calder.';
		assert.equal(lowerCaseText(text), undefined);
		for (const [start, end] of runs(text)) {
			assert.equal(lowerWord(text, undefined, start, end), text.slice(start, end).toLowerCase());
		}
	});

	test('a text with a capital sigma is lowered word by word: its small form depends on where the word ends', () => {
		// "ΟΔΟΣ" alone ends in "ς"; cut from "ΟΔΟΣΤΑ" lowered whole it would end in "σ".
		const text = 'ΟΔΟΣΤΑ met ΟΔΟΣ.';
		assert.equal(lowerCaseText(text), undefined);
	});

	test('the name finder keys and the figure grammar lower words as before, with the lowered text or without it', () => {
		const text = 'Envoy Bram Ostvik’s FERRY LINE paid Twenty-Five Million Krona to St. Arlen Co. on Friday.';
		const paragraph = { start: 0, end: text.length };
		const lowered = lowerCaseText(text);
		assert.deepEqual(
			nameTokens(text, paragraph, true, undefined, lowered).map((token) => token.key),
			nameTokens(text, paragraph, true).map((token) => token.key),
		);
		assert.ok(nameTokens(text, paragraph, true, undefined, lowered).some((token) => token.key === 'ostvik'));
		assert.deepEqual(
			figureTokens(text, 0, text.length, lowered).map((token) => token.lower),
			figureTokens(text, 0, text.length).map((token) => token.lower),
		);
	});

	test('a word of small ASCII letters is its own lower case; a capital, a digit or any other letter is not', () => {
		const text = 'tolls rose at Tolls, tolls2 and tollś';
		assert.deepEqual(runs(text).map(([start, end]) => isSmallWord(text, start, end)), [true, true, true, false, true, true, false]);
	});

	test('every figure token and name key is its text lowered, whether it was lowered or read as small already', () => {
		const text = 'The FERRY fare rose 2.4% to €12 — ÉTÉ and Twenty-two Ferries sailed, said St. Orlen’s mayor.';
		const lowered = lowerCaseText(text);
		for (const token of figureTokens(text, 0, text.length, lowered)) {
			assert.equal(token.lower, token.text.toLowerCase());
		}
		for (const token of nameTokens(text, { start: 0, end: text.length }, true, undefined, lowered)) {
			assert.equal(token.key, wordKey(text.slice(token.start, token.end)));
		}
	});

	test("every speaker rule token is its text lowered, in a text lowered at once and in one that is not, read one after the other", () => {
		for (const text of ['“We will sail,” ÉTÉ Harbour’s CHIEF Orla Venn said on Friday.', 'İZMIRLI told the ΟΔΟΣ council: “Sail now.”', '“We will sail,” ÉTÉ Harbour’s CHIEF Orla Venn said on Friday.']) {
			const tokens = speechTokens(text, 0, text.length);
			assert.ok(tokens.length > 5);
			for (const token of tokens) {
				assert.equal(token.lower, token.text.toLowerCase(), token.text);
			}
		}
	});
});
