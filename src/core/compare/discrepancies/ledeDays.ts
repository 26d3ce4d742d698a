import type { CompareContext, DiscrepancyDraft } from '../context';
import { weekdayRules } from '../rules/weekdays';
import type { Unit } from '../units';
import { dayDraft } from './weekdays';
import { eventStems, placedDay, wordsBeside, type PlacedDay } from './placedDays';
import { addTo } from './addTo';

/**
 * Finds a lede that puts the story's event on another day than the other outlets' ledes: "Vey
 * kept his belt by stopping Brisk in the seventh round on Saturday" in three outlets' first
 * sentences, "Vey brushed Brisk aside, stopping him in seven rounds on Monday" in a fourth's. A lede
 * tells the story's own event, so two ledes beside the same words tell one event whether or not
 * the aligner made them one claim: retold in other words, a lede often meets another article's
 * sentence better than the other ledes. Only against a day the ledes of
 * `weekdayRules.ledes.agreed` articles or more agree on, and beside `ledes.sharedWords` of the
 * same words ("stopping" and "round") as one of those ledes.
 *
 * @param context The comparison.
 * @returns One draft when the ledes' days differ.
 */
export function findLedeDays(context: CompareContext): DiscrepancyDraft[] {
	const days: PlacedDay[] = [];
	for (const article of context.articleIds) {
		const lede = ledeOf(context, article);
		const day = lede && placedDay(lede, context.textOf(article));
		// A day the extractor dated is compared as a date: ledes of several days ("arraigned
		// Wednesday" in a dated story, "shot three people on Monday") are often the story's
		// several events, and only a claim's passages set a dated day against a bare one.
		if (day && !day.dated) {
			days.push(day);
		}
	}
	const groups = new Map<string, PlacedDay[]>();
	for (const day of days) {
		addTo(groups, day.name, day);
	}
	const [majority, ...rest] = [...groups.values()].sort((x, y) => y.length - x.length);
	if (!majority || majority.length < weekdayRules.ledes.agreed || rest.some((group) => group.length >= majority.length)) {
		return [];
	}
	// A lede packs its event into one long clause ("kept his belt by stopping Brisk in the seventh
	// round inside the harbour arena on Saturday"), whose verb may stand further from the day than
	// `weekdayRules.window`: the whole clause is read.
	const clauses = new Map(days.map((day) => [day, eventStems(wordsBeside(day.unit, day.unit.tokens.indexOf(day.day), context.textOf(day.unit.article), Infinity))]));
	const shared = (day: PlacedDay, other: PlacedDay) => [...clauses.get(day)!].filter((stem) => clauses.get(other)!.has(stem)).length;
	const others = rest.map((group) => group.filter((day) => majority.some((other) => shared(day, other) >= weekdayRules.ledes.sharedWords))).filter((group) => group.length > 0);
	return others.length > 0 ? [dayDraft(context, majority, others, 'medium', 'The articles’ first sentences')] : [];
}

/** An article's first sentence of prose: no headline, quote or time stamp. */
function ledeOf(context: CompareContext, article: string): Unit | undefined {
	for (const id of context.aligner.unitIds(article)) {
		const unit = context.aligner.unit(id);
		if (unit && !unit.stamp && unit.kind === 'sentence') {
			return unit;
		}
	}
	return undefined;
}
