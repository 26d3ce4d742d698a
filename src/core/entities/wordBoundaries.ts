/** A letter, a combining mark or a digit, for characters beyond ASCII. */
const wordCharPattern = /[\p{L}\p{M}\p{N}]/u;

/** What `isWordChar` found for each UTF-16 code unit beyond ASCII: 0 not yet known, 1 yes, 2 no. */
const wordChars = new Uint8Array(65536);

/** Where the next word starts, at or after `from` (`end` when there is none). */
export function nextWord(text: string, from: number, end: number): number {
	let i = from;
	while (i < end && !isWordChar(text.charCodeAt(i))) {
		i++;
	}
	return i;
}

/**
 * Where the word that starts at `start` ends: letters and digits, with apostrophes, hyphens or
 * dots between them ("O’Brien", "Indo-Pacific", "Putin’s", "U.S", "p.m"; the final dot of "U.S."
 * is added by the caller).
 */
export function wordEnd(text: string, start: number, end: number): number {
	let i = start + 1;
	while (i < end) {
		const code = text.charCodeAt(i);
		if (isWordChar(code)) {
			i++;
		} else if ((code === 39 || code === 0x2019 || code === 45 || code === 0x2010 || code === 46) && i + 1 < end && isWordChar(text.charCodeAt(i + 1))) {
			i += 2;
		} else {
			break;
		}
	}
	return i;
}

/**
 * A letter, a mark or a digit. ASCII is tested by range; other code units by a Unicode pattern,
 * remembered. Surrogates count as word characters, so that a letter beyond the BMP stays whole.
 */
function isWordChar(code: number): boolean {
	if (code < 128) {
		return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	}
	if (code >= 0xd800 && code <= 0xdfff) {
		return true;
	}
	if (wordChars[code] === 0) {
		wordChars[code] = wordCharPattern.test(String.fromCharCode(code)) ? 1 : 2;
	}
	return wordChars[code] === 1;
}
