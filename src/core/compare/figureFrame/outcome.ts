import { outcomeClauseWords, outcomes } from '../../text/lexicon/outcomes';
import type { FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import { gapBefore } from './tokenPlaces';

/**
 * What happened to what a count counts (`outcomes`), read in the figure's own clause: first in
 * the few words after it ("31 dead", "four riders were killed", "three others missing"), then in
 * the few before it ("drowning at least two anglers", "shot dead one guard"). A comma, a
 * colon or "and" ends the clause: "31 dead and some 150 hurt" gives 31 dead, 150 hurt;
 * "hurt 40 riders and killed four" gives 40 hurt, four dead. Two outcomes joined with no count
 * between them are one outcome of both (`joinedOutcome`): "230 dead and missing" counts more
 * than "210 dead", "killed or injured 40" more than "killed 12". Absent when the clause says
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
			return joinedOutcome(passage, i, i + 2, outcome);
		}
	}
	for (let i = first - 1; i >= 0 && i >= first - outcomeWindow; i--) {
		if (gapBefore(passage, i + 1) || outcomeClauseWords.has(tokens[i].norm)) {
			break;
		}
		const outcome = outcomes.get(tokens[i].norm);
		if (outcome) {
			return joinedOutcome(passage, i, i - 2, outcome);
		}
	}
	return undefined;
}

/**
 * The outcome at token `at`, joined to the one at token `other` when "and" or "or" stands between
 * them with no mark: "dead and missing" → `dead+missing`, "killed or injured" → `dead+injured`.
 * "31 dead and some 150 hurt" joins nothing: a count stands between.
 */
function joinedOutcome(passage: FramedPassage, at: number, other: number, outcome: string): string {
	const { tokens } = passage;
	const between = tokens[(at + other) / 2];
	const second = tokens[other] && outcomes.get(tokens[other].norm);
	if (!second || second === outcome || !(between.norm === 'and' || between.norm === 'or') || gapBefore(passage, Math.max(at, other)) || gapBefore(passage, (at + other) / 2)) {
		return outcome;
	}
	return [outcome, second].sort().join('+');
}

