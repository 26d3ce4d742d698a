import { outcomeClauseWords, outcomes } from '../../text/lexicon/outcomes';
import type { FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import { gapBefore } from './tokenPlaces';

/**
 * What happened to what a count counts (`outcomes`), read in the figure's own clause: first in
 * the few words after it ("31 dead", "four riders were killed", "three others missing"), then in
 * the few before it ("drowning at least two anglers", "shot dead one guard"). A comma, a
 * colon or "and" ends the clause: "31 dead and some 150 hurt" gives 31 dead, 150 hurt;
 * "hurt 40 riders and killed four" gives 40 hurt, four dead. Absent when the clause says
 * nothing of it ("some forty guests had been dancing").
 *
 * @param passage The passage.
 * @param first The figure's first token.
 * @param last The figure's last token.
 */
export function outcomeOf(passage: FramedPassage, first: number, last: number): string | undefined {
	const { tokens } = passage;
	const { outcomeWindow } = figureRules;
	for (let i = last + 1; i < tokens.length && i <= last + outcomeWindow; i++) {
		if (gapBefore(passage, i) || outcomeClauseWords.has(tokens[i].norm)) {
			break;
		}
		const outcome = outcomes.get(tokens[i].norm);
		if (outcome) {
			return outcome;
		}
	}
	for (let i = first - 1; i >= 0 && i >= first - outcomeWindow; i--) {
		if (gapBefore(passage, i + 1) || outcomeClauseWords.has(tokens[i].norm)) {
			break;
		}
		const outcome = outcomes.get(tokens[i].norm);
		if (outcome) {
			return outcome;
		}
	}
	return undefined;
}

