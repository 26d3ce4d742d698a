import type { Figure } from '../../types';
import type { Token } from '../tokens';

// Brackets around and beside a figure: which words of its passage say what it counts (`figurePlacing.ts` `nearWords`).

/**
 * Which words stand in the same aside as a figure (`sameAs`), and whether the figure stands in an
 * aside (`inAside`). A word stands in the figure's aside when no bracket opens or closes between them
 * that leaves one inside and the other out. In "the pad runs eleven hours between charges (eight
 * hours with the bright screen)" the eight hours are the bright screen's, not the charges'; the
 * eleven hours do not take "bright" and "screen" from the aside after them either. A bracket of figures only ("a big crowd
 * (2,000)", "Vey (52-3, 46 KOs)") sets them off: the words outside are theirs.
 */
export function asideOf(text: string, tokens: Token[], figure: Figure): { sameAs: (token: Token) => boolean; inAside: boolean } {
	const from = tokens[0]?.start ?? figure.start;
	const to = tokens[tokens.length - 1]?.end ?? figure.end;
	const brackets = text.slice(from, to);
	if (!brackets.includes('(') && !brackets.includes(')')) {
		return { sameAs: () => true, inAside: false };
	}
	const bracket = bracketAround(text, figure, from, to);
	const own = bracket !== undefined && figuresOnly(tokens, bracket);
	const sameAs = (token: Token) => {
		const [start, end] = token.end <= figure.start ? [token.end, figure.start] : [figure.end, token.start];
		let depth = 0;
		let low = 0;
		for (let i = start; i < end; i++) {
			const code = text.charCodeAt(i);
			depth += code === 40 ? 1 : code === 41 ? -1 : 0;
			low = Math.min(low, depth);
		}
		// Before the figure: a bracket still open at it holds the figure, one closed before it (low < 0) the word.
		// After it: one closed before the word (low < 0) held the figure, one still open holds the word.
		const wordInAside = token.end <= figure.start ? low < 0 : depth > low;
		const figureInAside = token.end <= figure.start ? depth > low : low < 0;
		return !wordInAside && (!figureInAside || own);
	};
	return { sameAs, inAside: bracket !== undefined && !own };
}

/**
 * The brackets right around a figure in its passage `[from, to)`: the last "(" before it with no
 * ")" between, and the first ")" after it with no "(" between. Read within the passage and the few
 * marks beside it (`bracketSlack`: "(December 11)." ends past the passage's last word), so a long
 * article with one bracket is not scanned again for each figure.
 */
function bracketAround(text: string, figure: Figure, from: number, to: number): { open: number; close: number } | undefined {
	let open = -1;
	for (let i = figure.start - 1; i >= Math.max(0, from - bracketSlack) && open < 0; i--) {
		const code = text.charCodeAt(i);
		if (code === 41 || code === 10) {
			return undefined;
		}
		if (code === 40) {
			open = i;
		}
	}
	for (let i = figure.end; open >= 0 && i < Math.min(text.length, to + bracketSlack); i++) {
		const code = text.charCodeAt(i);
		if (code === 40 || code === 10) {
			return undefined;
		}
		if (code === 41) {
			return { open, close: i };
		}
	}
	return undefined;
}

/** How many characters past a passage's first and last words a bracket around its figure may stand. */
const bracketSlack = 8;

/**
 * Whether a bracket holds figures, not an aside: every word inside is a number or stands right
 * beside one, as what it counts or how near it is ("(2,000)", "(52-3, 46 KOs)", "(about 900
 * people)"); "(7 hours on the older chip)" is an aside.
 */
function figuresOnly(tokens: Token[], { open, close }: { open: number; close: number }): boolean {
	const number = (token: Token | undefined) => token !== undefined && token.start > open && token.end <= close && digitPattern.test(token.norm);
	return tokens.every((token, i) => token.start <= open || token.end > close || number(token) || number(tokens[i - 1]) || number(tokens[i + 1]));
}

const digitPattern = /\d/;
