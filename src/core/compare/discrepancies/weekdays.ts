import type { Severity } from '../../types';
import { listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { weekdayRules } from '../rules/weekdays';
import type { Token } from '../tokens';
import type { Unit } from '../units';

/** A passage's one weekday, with the word before it that places it ("on", "said"). */
interface PlacedDay {
	unit: Unit;
	day: Token;
	before: string | undefined;
}

/**
 * Finds aligned passages that put the same thing on another day of the week: "the pact was
 * signed on Tuesday in Tarn" in three outlets, "signed on Friday" in a fourth. A weekday is not a
 * figure (`figures.ts` compares dates and times that the extractor reads); here the day stands in
 * the same place of near-copy sentences (after the same word), each passage naming one day only,
 * so "talks on Monday, a vote on Friday" is never read against another outlet's Monday.
 *
 * @param context The comparison.
 * @returns One draft per claim whose outlets name different days.
 */
export function findWeekdayDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	const drafts: DiscrepancyDraft[] = [];
	for (const claim of context.claims) {
		if (claim.kind !== 'sentence' || claim.members.length < 2) {
			continue;
		}
		const placed = claim.members.map((member) => placedDay(context.unitOf(member))).filter((day): day is PlacedDay => day !== undefined);
		const groups = new Map<string, PlacedDay[]>();
		for (const day of placed) {
			groups.set(day.day.norm, [...(groups.get(day.day.norm) ?? []), day]);
		}
		if (groups.size < 2) {
			continue;
		}
		const [majority, ...others] = [...groups.values()].sort((x, y) => y.length - x.length);
		// The odd day must stand where a day of the majority stands, in a passage alike enough.
		const support = others.map((group) => Math.max(...group.flatMap((day) => majority.filter((other) => other.before === day.before).map((other) => context.aligner.similarity(day.unit, other.unit)))));
		const closeness = Math.min(...support);
		if (closeness < weekdayRules.minSimilarity) {
			continue;
		}
		const severity: Severity = closeness >= weekdayRules.listedSimilarity ? 'medium' : 'low';
		const sides = [majority, ...others].map((group) => `${capital(group[0].day.norm)} (${listOutlets(context, group.map((day) => day.unit.article))})`);
		drafts.push({
			kind: 'figure',
			severity,
			summary: `Day of the week: ${sides[0]} vs ${sides.slice(1).join(' vs ')}`,
			reason: `Aligned passages (similarity ${closeness.toFixed(2)}) put it on different days, each after the same word.`,
			confidence: Math.min(1, 0.4 + closeness * 0.6),
			mentions: placed.map((day) => mentionOf(context, day.unit.article, day.day, capital(day.day.norm), !majority.includes(day))),
			missing: [],
			claim: claim.id,
			weight: 1,
		});
	}
	return drafts;
}

/** The passage's weekday when it names exactly one, outside a figure the extractor read (a date "Tuesday, October 14" is compared as a date). */
function placedDay(unit: Unit): PlacedDay | undefined {
	if (unit.stamp) {
		return undefined;
	}
	const days = unit.tokens.map((token, index) => ({ token, index })).filter(({ token }) => weekdayRules.days.has(token.norm));
	if (days.length !== 1) {
		return undefined;
	}
	const { token, index } = days[0];
	if (unit.figures.some((figure) => figure.start < token.end && token.start < figure.end)) {
		return undefined;
	}
	return { unit, day: token, before: unit.tokens[index - 1]?.norm };
}

function capital(word: string): string {
	return word.charAt(0).toUpperCase() + word.slice(1);
}
