import type { FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import type { Token } from '../tokens';

/** Up to `count` words before token `first`, nearest first, skipping determiners ("the", "their"). */
export function wordsBefore(tokens: Token[], first: number, count: number): string[] {
	const words: string[] = [];
	for (let i = first - 1; i >= 0 && words.length < count; i--) {
		if (!figureRules.determiners.has(tokens[i].norm)) {
			words.push(tokens[i].norm);
		}
	}
	return words;
}

/** Whether punctuation (a comma, or the given marks) stands between token `i - 1` and token `i`. */
export function gapBefore(passage: FramedPassage, i: number, marks = /[,;:()\u2013\u2014]/): boolean {
	const previous = passage.tokens[i - 1];
	return previous !== undefined && marks.test(passage.text.slice(previous.end, passage.tokens[i].start));
}

/** The index of the token at or after `offset` (the tokens' length when none). */
export function indexAt(tokens: Token[], offset: number): number {
	const index = tokens.findIndex((token) => token.end > offset);
	return index < 0 ? tokens.length : index;
}

/** The index of the last token starting before `offset` (-1 when none). */
export function lastIndexBefore(tokens: Token[], offset: number): number {
	let index = -1;
	for (let i = 0; i < tokens.length && tokens[i].start < offset; i++) {
		index = i;
	}
	return index;
}
