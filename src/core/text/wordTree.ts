/**
 * A tree of listed words' letters, for the quick tests "does this stretch hold one of these words
 * as a whole word?" that would otherwise be a pattern `\b(?:said|told|…)\b` with the flag `i`:
 * that pattern tries every listed word at every position; the tree reads each word of the text
 * once. A word here is what `\b` bounds: a run of ASCII letters, digits and "_" ("told" is in
 * "told,", in "re-told" and in "Told", not in "toldness" nor in "told1").
 */
export class WordTree {
	/** 26 children a node, by letter (-1: none). */
	private children = new Int32Array(26 * 64).fill(-1);
	/** What the word ending at each node is (0: no listed word ends there). */
	private flags = new Uint8Array(64);
	private nodes = 1;

	/**
	 * @param words Words of lower-case letters a-z only, each with its flags (any non-zero bits).
	 * @throws When a word holds another character: it would need a pattern, not this tree.
	 */
	constructor(words: Iterable<readonly [string, number]>) {
		for (const [word, flag] of words) {
			this.add(word, flag);
		}
	}

	/** Whether every word is of letters a-z only, as the tree needs. */
	static fits(words: Iterable<string>): boolean {
		for (const word of words) {
			if (!/^[a-z]+$/.test(word)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The flags of the word of `text` from `start` to `end` (a run of ASCII word characters), in
	 * either case; 0 when it is no listed word.
	 */
	flagsOf(text: string, start: number, end: number): number {
		let node = 0;
		for (let i = start; i < end && node >= 0; i++) {
			const letter = (text.charCodeAt(i) | 32) - 97;
			node = letter >= 0 && letter < 26 ? this.children[node * 26 + letter] : -1;
		}
		return node < 0 ? 0 : this.flags[node];
	}

	/** The flags of the word `readWord` read last (0: no listed word). */
	found = 0;

	/**
	 * Reads the word of `text` that starts at `start` (an ASCII word character) and runs to `end`
	 * at most, in one pass: its letters walk the tree as they are read, and once the walk leaves
	 * the tree ("harbour" for a tree of "half", "hard") the rest of the word is only passed over.
	 * Sets `found` to what `flagsOf` gives for that word.
	 *
	 * @returns Where the word ends.
	 */
	readWord(text: string, start: number, end: number): number {
		const children = this.children;
		let node = 0;
		let i = start;
		for (; i < end && node >= 0; i++) {
			const code = text.charCodeAt(i);
			if (!isWordCode(code)) {
				this.found = this.flags[node];
				return i;
			}
			const letter = (code | 32) - 97;
			node = letter >= 0 && letter < 26 ? children[node * 26 + letter] : -1;
		}
		while (i < end && isWordCode(text.charCodeAt(i))) {
			i++;
		}
		this.found = node < 0 ? 0 : this.flags[node];
		return i;
	}

	/** Whether a listed word stands as a whole word in `text` from `start` to `end` (a word cut by either end is read as cut). */
	occursIn(text: string, start: number, end: number): boolean {
		let i = start;
		while (i < end) {
			if (!isWordCode(text.charCodeAt(i))) {
				i++;
				continue;
			}
			i = this.readWord(text, i, end);
			if (this.found !== 0) {
				return true;
			}
		}
		return false;
	}

	private add(word: string, flag: number): void {
		let node = 0;
		for (let i = 0; i < word.length; i++) {
			const letter = word.charCodeAt(i) - 97;
			if (letter < 0 || letter >= 26) {
				throw new Error(`a word of letters a-z only, not "${word}"`);
			}
			const slot = node * 26 + letter;
			if (this.children[slot] < 0) {
				this.grow();
				this.children[slot] = this.nodes++;
			}
			node = this.children[slot];
		}
		this.flags[node] |= flag;
	}

	/** Room for one more node. */
	private grow(): void {
		if (this.nodes < this.flags.length) {
			return;
		}
		const children = new Int32Array(this.children.length * 2).fill(-1);
		children.set(this.children);
		this.children = children;
		const flags = new Uint8Array(this.flags.length * 2);
		flags.set(this.flags);
		this.flags = flags;
	}
}

/** A character of a word for `\b`: an ASCII letter, digit or "_". */
export function isWordCode(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * A test for "one of these words stands as a whole word in the stretch", in any case: the same
 * answers as `\b(?:word|…)\b` with the flag `i` on the stretch's text. Through a `WordTree` when
 * the words are of letters a-z only; otherwise through that very pattern (the words unescaped).
 *
 * @param words The words.
 * @returns The test, of a text and a stretch of it.
 */
export function wholeWordTest(words: readonly string[]): (text: string, start: number, end: number) => boolean {
	if (words.length > 0 && WordTree.fits(words)) {
		const tree = new WordTree(words.map((word) => [word, 1] as const));
		return (text, start, end) => tree.occursIn(text, start, end);
	}
	const pattern = new RegExp(`\\b(?:${words.join('|')})\\b`, 'i');
	return (text, start, end) => pattern.test(text.slice(start, end));
}
