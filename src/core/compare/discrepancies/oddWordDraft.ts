import { mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { sidesText } from '../wording/sides';
import { oddFormSeverity } from './substitutionJudging';

/** A word of one passage. */
export interface PlacedWord {
	unit: Unit;
	token: Token;
}

/**
 * The words the other outlets' passages write in the place of `unit`'s word at `index`, as
 * `rivalIn` finds them, those of the first word found: one draft sets the odd word against one
 * other word ("Thai" of two outlets, not "Thai" and "Tai").
 */
export function commonRivals(units: Unit[], unit: Unit, index: number, rivalIn: (unit: Unit, index: number, other: Unit) => Token[]): PlacedWord[] {
	const rivals = units.filter((other) => other.article !== unit.article).flatMap((other) => rivalIn(unit, index, other).map((token) => ({ unit: other, token })));
	return rivals.filter(({ token }) => token.norm === rivals[0].token.norm);
}

/** How a draft of one outlet's word against the others' words it: each form as written, and the sides with their outlets. */
export type OddWordWording = (forms: { odd: string; right: string; sides: string }) => { summary: string; reason: string };

/**
 * The draft of a word one outlet writes where the others write another, in the same place of one
 * claim's passages (`respelledWords.ts`: "a Thay trawler" / "a Thai trawler"; `replacedWords.ts`:
 * "unhurt, Avenue said" / "unhurt, Danner said"): listed as `oddFormSeverity` judges, the odd
 * word marked in its passage and the others' word in theirs.
 */
export function oddWordDraft(context: CompareContext, odd: PlacedWord, common: PlacedWord[], claim: string | undefined, wording: OddWordWording, strength: number): DiscrepancyDraft {
	const written = ({ unit, token }: PlacedWord) => context.textOf(unit.article).slice(token.start, token.end);
	const [oddForm, rightForm] = [written(odd), written(common[0])];
	const sides = sidesText(
		[
			{ text: rightForm, articles: [...new Set(common.map(({ unit }) => unit.article))] },
			{ text: oddForm, articles: [odd.unit.article] },
		],
		context.outlet,
	);
	return {
		kind: 'entity',
		severity: oddFormSeverity(
			context,
			[odd.unit],
			common.map(({ unit }) => unit),
		),
		...wording({ odd: oddForm, right: rightForm, sides }),
		strength,
		mentions: [mentionOf(context, odd.unit.article, odd.token, oddForm, true), ...common.map(({ unit, token }) => mentionOf(context, unit.article, token, rightForm, false))],
		missing: [],
		...(claim ? { claim } : {}),
		weight: 0.5,
	};
}
