import type { ClaimMember, NearMiss } from '../aligner';
import type { CompareContext, DiscrepancyDraft } from '../context';
import { isProse, type Unit } from '../units';
import { findNameNumbers } from './nameNumbers';
import { findWeekdayDiscrepancies } from './weekdays';
import { statesYear } from '../alignment/dateEchoes';
import { fullDatesApart, judgeSlot, oneClaim } from './figureJudging';
import { overlap } from '../passageWords';
import { familyOf, FigurePlaces, keptPassageFiguresOf, placeFigures, type PlacedFigure } from './figurePlacing';
import { buildSlots } from './figureSlots';
import { NearMissCopies } from '../nearMissCopies';
import { readNearMissScore } from '../nearMissScore';
import { Outranking } from './outranking';

/**
 * Finds figures that aligned passages state differently: "rose 27%" in two outlets and "rose
 * 26 percent" in a third. Figures are matched across the passages by what they measure
 * (kind and unit, then the words around them); equal values written differently ("$ 48
 * billion", "US$48 billion", "48 billion dollars") are one value and never flagged.
 *
 * @param context The comparison.
 * @returns One draft per disputed quantity.
 */
export function findFigureDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	// A passage's figures and frames are read once, though it meets many others as a near miss.
	const frames = new FigurePlaces(keptPassageFiguresOf(context));
	const drafts: DiscrepancyDraft[] = [];
	// The drafts given so far, by merge key: a near miss's draft that `finalize` would drop is not kept.
	const outranking = new Outranking();
	const give = (draft: DiscrepancyDraft) => {
		outranking.note(draft);
		drafts.push(draft);
	};
	for (const claim of context.claims) {
		if (!isProse(claim.kind) || claim.members.length < 2) {
			continue;
		}
		// Outlets stamp their pages at different times: that is no disagreement about the event.
		const passages = claim.members.map((member) => {
			const unit = context.unitOf(member);
			return placeFigures(context, unit, member, frames);
		});
		for (const slot of buildSlots(passages, false)) {
			const draft = judgeSlot(context, claim.id, slot);
			if (draft) {
				give(draft);
			}
		}
		// A number that is part of a name, which no figure holds ("State Route 52" / "State Route 54").
		findNameNumbers(context, claim.id, claim.members.map((member) => context.unitOf(member))).forEach(give);
	}
	// Sentences too different to be one claim may still give one quantity two values: only when
	// the words around the figures say it is the same quantity (two shared words, or one when
	// each sentence has a single figure of the kind: "Vey, 48," / "Vey, 51,").
	// Near misses between verbatim copies of two passages that hold nothing are judged once (`NearMissCopies`).
	const nearMisses = context.aligner.nearMisses();
	const copies = NearMissCopies.over(context, nearMisses);
	for (let at = 0; at < nearMisses.length; at++) {
		if (copies?.foundNothing(at)) {
			continue;
		}
		const found = nearMissDrafts(context, nearMisses[at], frames, outranking, give);
		copies?.note(at, !found);
	}
	return [...drafts, ...findWeekdayDiscrepancies(context)];
}

/**
 * The drafts of one near miss: its figures paired by the words around them, each slot judged as a
 * claim's, at most medium. Each is given to `give` unless `outranking` says `finalize` would drop it.
 *
 * @returns Whether it found a draft, given or not.
 */
function nearMissDrafts(context: CompareContext, nearMiss: NearMiss, frames: FigurePlaces, outranking: Outranking, give: (draft: DiscrepancyDraft) => void): boolean {
	const { a, b, echo } = nearMiss;
	// The score and `mutual` are read only when a slot is judged: after an edit that moves a near
	// miss's score, the incremental comparison then judges again only near misses with figures to pair.
	const member = (unit: Unit): ClaimMember => new NearMissMember(unit, nearMiss);
	// A date echo is read for its years only: the words around them are what paired the passages.
	// A passage without figures places none, and no member is made for it: most near misses have one such.
	const place = (unit: Unit) => {
		if (unit.figures.length === 0) {
			return noFigures;
		}
		const placed = placeFigures(context, unit, member(unit), frames);
		return echo ? placed.filter((one) => statesYear(one.figure)) : placed;
	};
	// A passage with no figure to pair leaves every slot one figure long: nothing is judged.
	const first = place(a);
	const second = first.length > 0 ? place(b) : [];
	if (second.length === 0) {
		return false;
	}
	let found = false;
	const passages = [first, second];
	for (const slot of buildSlots(passages, true)) {
		const shared = slot.length === 2 ? overlap(slot[0].context, slot[1].context) : 0;
		// One shared word is enough beside two dates written in full that date one day two ways (`fullDatesApart`).
		if (shared >= 2 || (shared === 1 && (passages.every((passage) => aloneOfFamily(passage, familyOf(slot[0].figure))) || fullDatesApart(slot)))) {
			const draft = judgeSlot(context, undefined, slot, {
				// Weaker evidence than a claim: at most medium, and low unless each sentence is the other's
				// best match, the same words stand around two years (an echo), or the two sentences carry
				// one claim in other words (`figureRules.oneClaim`: "expect the new terminal to handle 2.4
				// million tonnes a year" / "the new terminal is designed to handle 2.7 million tonnes a
				// year, enough to end the queues", whose other words pushed it below the best match).
				// So do two full dates a few days apart in one month, among the same words around them: "its
				// June 4, 2031 opening" / "the June 7, 2031 opening date", however the sentences go on.
				severity: (severity) => {
					const sameClaim = nearMiss.mutual || echo || oneClaim(slot[0].stems, slot[1].stems) || fullDatesApart(slot);
					return sameClaim && severity !== 'low' ? 'medium' : 'low';
				},
				outranked: (probe) => {
					found = true;
					return outranking.outranks(probe);
				},
			});
			if (draft) {
				give(draft);
			}
		}
	}
	return found;
}

/** Placed figures of a passage without any. Never added to. */
const noFigures: PlacedFigure[] = [];

/** Whether a passage places exactly one figure of a family. */
function aloneOfFamily(passage: PlacedFigure[], family: string | undefined): boolean {
	let count = 0;
	for (const placed of passage) {
		if (familyOf(placed.figure) === family && ++count > 1) {
			return false;
		}
	}
	return count === 1;
}

/**
 * A near miss's passage as a claim member, whose score is the near miss's, read when asked. (A
 * class: an object literal with a getter, made per passage of each of a folder's hundreds of
 * thousands of near misses, cost more than the rest of its reading.)
 */
class NearMissMember implements ClaimMember {
	readonly article: string;
	readonly kind: Unit['kind'];
	readonly index: number;
	readonly start: number;
	readonly end: number;

	constructor(
		unit: Unit,
		private readonly nearMiss: NearMiss,
	) {
		this.article = unit.article;
		this.kind = unit.kind;
		this.index = unit.index;
		this.start = unit.start;
		this.end = unit.end;
	}

	get score(): number {
		return readNearMissScore(this.nearMiss);
	}
}
