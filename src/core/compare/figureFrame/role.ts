import type { Figure } from '../../types';
import type { FigureBound, FigureRole } from '../figureFrame';
import { figureRules } from '../rules/figures';
import type { Token } from '../tokens';
import { wordsBefore } from './tokenPlaces';

/** The figure's role (see `FigureRole`) and whether its cue is unmistakable (`firm`). */
export function roleOf(tokens: Token[], figure: Figure, first: number, last: number, text: string): { role: FigureRole; firm: boolean } {
	const before = wordsBefore(tokens, first, figureRules.roleWindow);
	const after = tokens[last + 1]?.norm;
	const inner = figure.text.toLowerCase().split(/[^\p{L}]+/u);
	if (figure.kind === 'duration' && figureRules.elapsedAfter.has(after ?? '')) {
		return { role: 'elapsed', firm: false };
	}
	if ((figure.kind === 'duration' || figure.kind === 'count') && figureRules.stintAfter.has(after ?? '')) {
		return { role: 'part', firm: true };
	}
	if (before.some((word) => figureRules.referenceBefore.has(word)) || (before[0] === 'from' && tokens[last + 1]?.norm === 'to') || (before[0] === 'from' && figureRules.changeWords.has(before[1] ?? ''))) {
		return { role: 'reference', firm: true };
	}
	// "finished five rounds sooner than in 2008", "12 points higher than", "rose by 3%", "won by 12 points",
	// and with the verb's object between: "beat them by three goals", "lead the division by three games".
	// A comparative past a comma is the next clause's: "will reopen on December 4, more than three months after".
	const comparative = after !== undefined && tokens[last + 2]?.norm === 'than' && isComparative(after) && !text.slice(tokens[last].end, tokens[last + 1].start).includes(',');
	const margin = before[0] === 'by' && before.slice(1).some((word) => figureRules.changeWords.has(word) || figureRules.marginVerbs.has(word));
	if (comparative || margin) {
		return { role: 'difference', firm: true };
	}
	if (before.some((word) => figureRules.extraBefore.has(word)) || inner.some((word) => figureRules.extraInside.has(word)) || (after !== undefined && figureRules.extraInside.has(after) && tokens[last + 2]?.norm !== 'than')) {
		return { role: 'extra', firm: true };
	}
	// "eight of their last 10", "the side's eighth in 10 matches": the second number is the run.
	const ofRun = figureRules.partOf.has(before[0] ?? '') && /^(?:\d|\p{L}+(?:th|st|nd|rd)$)/u.test(before[1] ?? '');
	// "landed 41 of his 95 punches": the 95 are all that were thrown, not what another outlet says landed.
	if (ofRun && before[0] === 'of' && figure.kind === 'count' && /^\d/.test(before[1] ?? '')) {
		return { role: 'part', firm: true };
	}
	if (figureRules.partBefore.has(before[0] ?? '') || ofRun || (after === 'of' && figure.kind === 'number')) {
		return { role: 'part', firm: false };
	}
	return { role: 'amount', firm: false };
}

/** "sooner", "higher", "more", "fewer" before "than"; not "rather", "other" ("rather than", "other than"). */
function isComparative(word: string): boolean {
	return figureRules.comparatives.has(word) || (/^\p{L}{3,}er$/u.test(word) && !figureRules.notComparatives.has(word));
}

/** How loosely the figure is given (see `FigureBound`), from the one or two words before it. */
export function boundOf(tokens: Token[], first: number): { bound?: FigureBound } {
	const two = wordsBefore(tokens, first, 2);
	const phrase = [two[1], two[0]].filter(Boolean).join(' ');
	for (const [bound, words] of Object.entries(figureRules.bounds) as [FigureBound, string[]][]) {
		if (words.some((word) => word === two[0] || word === phrase)) {
			return { bound };
		}
	}
	return {};
}

/**
 * Whether two values of one quantity agree once their bounds are read: "more than 100" and 120
 * do, "nearly 80" and 82 do not. `approximately` says the values differ but one is given as
 * "about" and lies within `figureRules.approximateShare` of the other ("about 40,000" / 38,500),
 * or both are floors that close ("more than 23,000" / "more than 22,000").
 */
export function boundsAgree(a: { value: number; bound?: FigureBound }, b: { value: number; bound?: FigureBound }): 'yes' | 'approximately' | 'no' {
	// Only against a value given as it is or as about: "at least three" and "at least six" are two different claims.
	const within = (bounded: { value: number; bound?: FigureBound }, other: { value: number; bound?: FigureBound }): boolean =>
		(other.bound === undefined || other.bound === 'about') &&
		((bounded.bound === 'over' && other.value > bounded.value) || (bounded.bound === 'under' && other.value < bounded.value && other.value >= bounded.value * (1 - figureRules.underShare)));
	// A floor under a ceiling leaves room for one value: "more than 100 mph" / "up to 120 mph".
	const overlapping = (floor: { value: number; bound?: FigureBound }, ceiling: { value: number; bound?: FigureBound }) =>
		floor.bound === 'over' && ceiling.bound === 'under' && floor.value < ceiling.value;
	if (within(a, b) || within(b, a) || overlapping(a, b) || overlapping(b, a)) {
		return 'yes';
	}
	// Two floors close together are one toll rounded down two ways, both true once it passes the
	// higher: "more than 23,000 dead" / "more than 22,000 dead". Far apart they are two claims (above),
	// and so are two floors that were counted, not rounded: "at least 41 dead" / "at least 43 dead"
	// are two tolls (one outlet counted two more bodies), whatever their ratio.
	const gap = Math.abs(a.value - b.value);
	const loose = a.bound === 'about' || b.bound === 'about' || (a.bound === 'over' && b.bound === 'over' && roundedTo(a.value, gap) && roundedTo(b.value, gap));
	const high = Math.max(Math.abs(a.value), Math.abs(b.value));
	return loose && high > 0 && gap / high <= figureRules.approximateShare ? 'approximately' : 'no';
}

/**
 * Whether a value is a round number at the scale of a gap: a multiple of the power of ten at or
 * under the gap, and of ten at least. 23,000 is round at a gap of 1,000 (and of 1,500); 41 is not
 * round at a gap of 2, nor 4,150 at a gap of 300.
 */
function roundedTo(value: number, gap: number): boolean {
	const step = 10 ** Math.max(1, Math.floor(Math.log10(Math.max(gap, 1))));
	return Number.isInteger(value) && value % step === 0;
}
