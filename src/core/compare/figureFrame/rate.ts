import type { FramedPassage } from '../figureFrame';
import { timeUnits } from '../../figures/units';
import { figureRules } from '../rules/figures';
import { gapBefore } from './tokenPlaces';

/**
 * The period a figure counts over, when it is a rate: "1.2 million passengers a year", "3,000
 * tonnes per day", "40 flights weekly" → year, day, week. "1.2 million passengers a year" and
 * "100,000 passengers a month" are two rates, not two counts of one thing (one is the other
 * over twelve months); two rates over one period are compared as any figures.
 *
 * @param last The figure's last token.
 * @returns The period's time unit ("year"), or `undefined` when no period follows the figure.
 */
export function rateOf(passage: FramedPassage, last: number): string | undefined {
	const { tokens } = passage;
	const [first, second] = [tokens[last + 1], tokens[last + 2]];
	if (!first || gapBefore(passage, last + 1)) {
		return undefined;
	}
	const adverb = figureRules.ratePeriods.get(first.norm);
	if (adverb) {
		return adverb;
	}
	return figureRules.rateWords.has(first.norm) && second && !gapBefore(passage, last + 2) ? timeUnits[second.norm] : undefined;
}
