import type { FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import { gapBefore } from './tokenPlaces';

/**
 * Whether the clause a figure stands in tells the past or the future, by its auxiliaries: "when he
 * was introduced in 2009" (past), "ahead of his first full series in 2014, he will take over"
 * (future). A year in a past clause and a year in a future one are two times, not one date told
 * two ways. `undefined` when the clause has neither, or both ("was told he will sail in 2031").
 * The clause runs between the punctuation, or the words that open a clause
 * (`figureRules.tenseClauseOpeners`: "when", "who"), around the figure.
 */
export function tenseOf(passage: FramedPassage, first: number, last: number): 'past' | 'future' | undefined {
	const { tokens } = passage;
	const opens = (i: number) => gapBefore(passage, i, clauseMarks) || figureRules.tenseClauseOpeners.has(tokens[i - 1].norm);
	let start = first;
	while (start > 0 && !opens(start)) {
		start--;
	}
	let end = last + 1;
	while (end < tokens.length && !opens(end)) {
		end++;
	}
	let past = false;
	let future = false;
	for (let i = start; i < end; i++) {
		const norm = tokens[i].norm;
		past ||= figureRules.pastAuxiliaries.has(norm);
		future ||= figureRules.futureAuxiliaries.has(norm) || norm.endsWith("'ll");
	}
	return past === future ? undefined : past ? 'past' : 'future';
}

/** What ends a clause for `tenseOf`: a semicolon, a colon, a bracket, a dash or a full stop; not a comma ("In 2014, he will take over"). */
const clauseMarks = /[;:()\u2013\u2014.]/;
