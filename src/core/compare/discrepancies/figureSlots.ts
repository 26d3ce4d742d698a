import { sameDimension } from '../../figures';
import { figureRules } from '../rules/figures';
import { figuresAgreeOnce, framesAgreeOnce } from './figurePairs';
import { overlap } from '../passageWords';
import { familyOf, type PlacedFigure, type Slot } from './figurePlacing';

// Which figures of aligned passages state the same quantity: slots of one figure per outlet.

/**
 * Pairs the figures of the passages, best pairs first: a figure goes where it measures the same
 * thing, by kind and unit, then by the words around it, then by value. The passage most like the
 * others opens a slot per figure; a figure that fits no slot opens its own, so that passages
 * that come later can still pair with it ("married three times" / "divorced six times" beside a
 * third passage that only gives a time). Each figure is used once, so "40 games" taking the place
 * of "six games" cannot leave a changed "eight games" unpaired.
 */
export function buildSlots(passages: PlacedFigure[][], strict: boolean): Slot[] {
	// The passages closest to the rest of the claim anchor the slots: an outlier that packs other
	// figures ("a 5-19 start … a 35-47 record") must not decide what "9-14" pairs with.
	// The two passages of a near miss (`strict`) share its one score, which orders nothing: it is
	// not read, so that the editor judges a near miss again when its score moves only if a slot read it.
	const scoreOf = (passage: PlacedFigure[]) => (strict ? 0 : (passage[0]?.member.score ?? 0));
	const ordered = passages.filter((passage) => passage.length > 0);
	if (ordered.length > 1) {
		ordered.sort((x, y) => scoreOf(y) - scoreOf(x) || y.length - x.length || (x[0].article < y[0].article ? -1 : x[0].article > y[0].article ? 1 : 0));
	}
	const slots: { anchor: PlacedFigure; anchorPassage: PlacedFigure[]; members: Slot }[] = [];
	// How many figures of each family a passage holds, counted once per passage (`pairScore`'s `alone`).
	const families = new Map<PlacedFigure[], Map<string | undefined, number>>();
	const familyCount = (passage: PlacedFigure[], family: string | undefined) => {
		let counts = families.get(passage);
		if (!counts) {
			counts = new Map();
			for (const placed of passage) {
				const own = familyOf(placed.figure);
				counts.set(own, (counts.get(own) ?? 0) + 1);
			}
			families.set(passage, counts);
		}
		return counts.get(family) ?? 0;
	};
	for (const passage of ordered) {
		const pairs: { placed: PlacedFigure; index: number; score: number }[] = [];
		for (const placed of passage) {
			for (let index = 0; index < slots.length; index++) {
				const score = pairScore(slots[index].anchor, placed, passage, slots[index].anchorPassage, strict, familyCount);
				if (score > 0) {
					pairs.push({ placed, index, score });
				}
			}
		}
		// (A near miss's first passage meets no slot yet: nothing to sort or choose, every figure opens one.)
		if (pairs.length > 1) {
			pairs.sort((x, y) => y.score - x.score);
		}
		const chosen = pairs.length > 0 ? bestPairs(pairs) : undefined;
		for (const [placed, index] of chosen ?? []) {
			slots[index].members.push(placed);
		}
		for (const placed of passage) {
			if (!chosen?.has(placed)) {
				slots.push({ anchor: placed, anchorPassage: passage, members: [placed] });
			}
		}
	}
	return slots.map((slot) => slot.members);
}

/**
 * Each figure to one slot and each slot to one figure, best pairs first, then mended: two pairs
 * trade partners when that fits better in sum. "late 2027 or early 2031" against "a late 2027
 * or early 2028 opening": greedily, 2027 may take the 2028 (both stand by "late", "early",
 * "opening") and leave 2031 the other 2027; traded, each year meets its own.
 */
function bestPairs(pairs: { placed: PlacedFigure; index: number; score: number }[]): Map<PlacedFigure, number> {
	const chosen = new Map<PlacedFigure, number>();
	const usedSlots = new Set<number>();
	for (const { placed, index } of pairs) {
		if (!usedSlots.has(index) && !chosen.has(placed)) {
			chosen.set(placed, index);
			usedSlots.add(index);
		}
	}
	if (chosen.size < 2) {
		return chosen;
	}
	// A passage holds a handful of figures: its pairs are looked through, not indexed.
	const fit = (placed: PlacedFigure, index: number) => pairs.find((pair) => pair.placed === placed && pair.index === index)?.score ?? 0;
	const entries = [...chosen];
	// A few rounds suffice: the passages of one claim hold a handful of figures of a family.
	for (let round = 0, traded = true; traded && round < 4; round++) {
		traded = false;
		for (let i = 0; i < entries.length; i++) {
			for (let j = i + 1; j < entries.length; j++) {
				const [a, slotA] = entries[i];
				const [b, slotB] = entries[j];
				if (fit(a, slotB) > 0 && fit(b, slotA) > 0 && fit(a, slotB) + fit(b, slotA) > fit(a, slotA) + fit(b, slotB)) {
					entries[i] = [a, slotB];
					entries[j] = [b, slotA];
					traded = true;
				}
			}
		}
	}
	return new Map(entries);
}

/**
 * How well two figures of aligned passages fit as the same quantity (0: not at all).
 * Same family needed; a bare number and a sum of money only when the value is the same (an
 * outlet that dropped the currency), and sums in two currencies likewise. Shared words around them count most; when each passage
 * has a single figure of the family ("Reid, 33," / "the actress, 36,") they fit by position.
 * A bare number needs shared words: in a line of scores, any number could pair with any other.
 */
function pairScore(anchor: PlacedFigure, placed: PlacedFigure, passage: PlacedFigure[], reference: PlacedFigure[], strict: boolean, familyCount: (passage: PlacedFigure[], family: string | undefined) => number): number {
	const family = familyOf(anchor.figure);
	// Another frame is another fact: "another five people" beside "20 people", "last year's 32
	// million" beside this year's, a "90-day stay" beside a "30-day programme".
	if (family !== familyOf(placed.figure) || !framesAgreeOnce(anchor.frame, placed.frame, strict)) {
		return 0;
	}
	const equal = figuresAgreeOnce(anchor.figure, placed.figure);
	// (Two amounts that name one unit are left to pair: "30-square-foot" misread from "170, 030-square-foot" still meets "170,000-square-foot".)
	const oneUnit = anchor.figure.unit !== undefined && anchor.figure.unit !== '' && anchor.figure.unit === placed.figure.unit;
	if (!equal && !oneUnit && amounts.has(anchor.figure.kind) && amounts.has(placed.figure.kind) && scalesApart(anchor.figure.value, placed.figure.value)) {
		return 0;
	}
	// "$40 billion" / "30 billion euros" is a conversion, not a disagreement.
	// So is "80 km" / "60 miles": two measures of one length in other units, a conversion or two distances.
	const converted = (anchor.figure.kind === 'money' && placed.figure.kind === 'money') || sameDimension(anchor.figure.unit, placed.figure.unit);
	if (family === 'amount' && anchor.figure.unit !== placed.figure.unit && !equal && (converted || anchor.figure.kind === 'number' || placed.figure.kind === 'number')) {
		return 0;
	}
	// One outcome in both clauses says what both count, as two shared words would: "Six dead after
	// a fire-bomb" / "Three die in bank fire" count the dead, whatever else the headlines say.
	const outcome = anchor.frame.outcome !== undefined && anchor.frame.outcome === placed.frame.outcome ? 2 : 0;
	const shared = overlap(anchor.context, placed.context) + outcome;
	const alone = familyCount(passage, family) === 1 && familyCount(reference, family) === 1;
	const bare = anchor.figure.kind === 'number' && placed.figure.kind === 'number';
	if (bare && shared < 2 && !equal) {
		return 0;
	}
	if (shared === 0 && !alone && !equal) {
		return 0;
	}
	// A passage's dates are often two events' (a background month beside the story's day: "closed since a
	// barge struck it in August, will reopen on Dec. 3" / "will reopen on December 4, after a barge hit it in
	// August"): a date the other passage gives too is the surest sign of which is which, surer than the
	// words around it, which cross the clauses.
	// Only the very date: "2031" agrees with "June 8, 2031" (a coarser date inside the finer) but is no sign which day it pairs with.
	const sameDate = family === 'date' && anchor.figure.iso !== undefined && anchor.figure.iso === placed.figure.iso;
	return shared * 2 + (alone ? 1.5 : 0) + (sameDate ? figureRules.sameDateFit : equal ? 1 : 0);
}

/** Kinds whose values are amounts of something (a date's value is a point in time, read apart). */
const amounts = new Set(['number', 'money', 'count', 'percent']);

/**
 * Whether two values are more than `figureRules.scaleApart` times apart without being the same
 * digits at another scale: 48.2 billion and 112 are; 4.2 million and 4.2 billion, or 1,500 and
 * 15,000, are one figure with a slipped scale; 40 and 3,000 are two quantities.
 */
function scalesApart(a: number, b: number): boolean {
	const [low, high] = [Math.abs(a), Math.abs(b)].sort((x, y) => x - y);
	if (low === 0 || high / low <= figureRules.scaleApart) {
		return false;
	}
	// A power of ten, within about 1% (10^0.005): what a slipped "million" for "billion" leaves.
	const powers = Math.log10(high / low);
	return Math.abs(powers - Math.round(powers)) > 0.005;
}
