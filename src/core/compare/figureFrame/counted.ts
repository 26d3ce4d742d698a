import type { Figure } from '../../types';
import type { FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import { gapBefore } from './tokenPlaces';

/** What a figure counts: an age ("76-year-old"), else its unit ("people", "%", "days"), or money. */
export function countedOf(passage: FramedPassage, figure: Figure, last: number): string[] {
	if (/-old$/i.test(figure.text) || passage.tokens[last + 1]?.norm === 'old') {
		return ['age'];
	}
	if (figure.kind === 'percent' && passage.tokens[last + 1]?.norm === 'of') {
		// "13.6 percent of output": a share of something named.
		const of = passage.tokens.slice(last + 2, last + 5).find((token) => token.content);
		return of ? [`%:${of.stem}`] : ['%'];
	}
	// Money is money whatever the currency (a conversion is judged apart). A share (".519") says
	// no more than a bare number of what it measures: "a .314 mark from the line" / "a winning
	// percentage of .519" are two rates.
	return figure.kind === 'money' ? ['money'] : figure.unit && figure.unit !== 'share' ? [figure.unit.toLowerCase()] : [];
}

/**
 * The noun a hyphenated figure describes ("a 90-day stay", "an 11-game win streak"): compared
 * only with another hyphenated figure's, since "90 days of treatment" is the same as "a 90-day
 * stay", but "a 90-day stay" is not "a 30-day programme".
 */
export function describedBy(passage: FramedPassage, figure: Figure, last: number): string[] | undefined {
	if (!/\w-\p{L}+$/u.test(figure.text) || /-old$/i.test(figure.text)) {
		return undefined;
	}
	const heads: string[] = [];
	for (let i = last + 1; i < passage.tokens.length && heads.length < figureRules.headWords; i++) {
		const token = passage.tokens[i];
		if (!token.content || /\d/.test(token.norm) || gapBefore(passage, i)) {
			break;
		}
		heads.push(token.stem);
	}
	return heads.length > 0 ? heads : undefined;
}

/**
 * The same thing counted: the same first word ("a five-year deal worth…" / "a five-year deal"),
 * or the same noun with a describing word on one side only ("a 90-day court-ordered stay" / "a
 * 60-day stay"); not two different describing words ("an 11-game win streak" / "a three-game
 * losing streak").
 */
export function countedAgree(a: string[], b: string[]): boolean {
	if (a.length === 0 || b.length === 0 || a[0] === b[0]) {
		return true;
	}
	return a[a.length - 1] === b[b.length - 1] && a.length !== b.length;
}

/**
 * Two hyphenated figures describe different things when the same noun has a different word before
 * it ("an 11-game win streak" / "a three-game losing streak"). Different nouns say nothing: "a
 * 90-day stint" and "a 90-day stay" are one thing in other words.
 */
export function contrasted(a: string[] | undefined, b: string[] | undefined): boolean {
	return a !== undefined && b !== undefined && a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1] && a[0] !== b[0];
}
