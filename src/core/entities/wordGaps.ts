import * as wordsModule from '../text/words';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { isSpaceCode } = wordsModule;

/** What a gap between two words holds (see `readGap`), as bits. */
export const gapJoins = 1;
export const gapAmpersand = 2;
export const gapSentence = 4;
export const gapComma = 8;
export const gapQuote = 16;
export const gapClauseQuote = 32;

/**
 * Reads the gap between two words, as bits:
 * - `gapJoins`: white space with at most one line break ("Vadim\nBorodin"), or an ampersand
 *   ("Procter & Gamble", "AT&T"): both words may stand in one name;
 * - `gapAmpersand`: an ampersand with spaces around it ("EU & IMF");
 * - `gapSentence`: a full stop, "?", "!", "…", a colon or a dash: a sentence or clause begins;
 * - `gapComma`: a comma alone (", who");
 * - `gapQuote`: it ends with an opening quotation mark (`said “We`, `the “Quad”`, `said "We`);
 * - `gapClauseQuote`: a comma or colon, then an opening quotation mark or bracket (`, “Such`, `: "We`).
 */
export function readGap(text: string, from: number, to: number): number {
	let breaks = 0;
	let ampersands = 0;
	let commas = 0;
	let others = 0;
	let bits = 0;
	for (let i = from; i < to; i++) {
		const code = text.charCodeAt(i);
		if (code === 32 || code === 9 || code === 0xa0) {
			continue;
		}
		if (code === 10 || code === 13) {
			breaks += code === 13 && text.charCodeAt(i + 1) === 10 ? 0 : 1;
		} else if (code === 38) {
			ampersands++;
		} else {
			others++;
			commas += code === 44 ? 1 : 0;
			// . ! ? : … – —
			if (code === 46 || code === 33 || code === 63 || code === 58 || code === 0x2026 || code === 0x2013 || code === 0x2014) {
				bits |= gapSentence;
			}
		}
	}
	if (to > from && others === 0 && ((ampersands === 0 && breaks <= 1) || (ampersands === 1 && breaks === 0 && to - from <= 3))) {
		bits |= gapJoins | (ampersands === 1 && to - from === 3 ? gapAmpersand : 0);
	}
	if (others === 1 && commas === 1 && breaks === 0 && ampersands === 0) {
		bits |= gapComma;
	}
	// NOTE: character codes, not `/\s/.test(text[i])` and `'“‘«'.includes(text[i])`: a curly mark
	// is a new one-character string at every read, and this runs at every gap that is no plain space.
	let i = to - 1;
	while (i >= from && isSpaceCode(text.charCodeAt(i))) {
		i--;
	}
	const last = i >= from ? text.charCodeAt(i) : -1;
	// A straight quote opens only right before the word: in `," Osterhout told` it closes.
	const quote = last === 0x201c || last === 0x2018 || last === 0xab || (i === to - 1 && (last === 34 || last === 39));
	if (quote || last === 40) {
		bits |= quote ? gapQuote : 0;
		i--;
		while (i >= from && isSpaceCode(text.charCodeAt(i))) {
			i--;
		}
		const before = i >= from ? text.charCodeAt(i) : -1;
		bits |= before === 44 || before === 58 ? gapClauseQuote : 0;
	}
	return bits;
}
