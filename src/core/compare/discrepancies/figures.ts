import type { Figure } from '../../types';
import type { ClaimMember } from '../aligner';
import { clip, listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import type { Token } from '../tokens';

/** A figure of one outlet inside an aligned claim, with the words around it. */
interface PlacedFigure {
	article: string;
	figure: Figure;
	/** Content stems near the figure ("grain", "export", "rose" for "grain exports rose 27%"). */
	context: Set<string>;
	/** The same near words as written, for a summary label. */
	words: string[];
	member: ClaimMember;
}

/** Figures of several outlets that state the same quantity. */
type Slot = PlacedFigure[];

/** Words before and after a figure that say what it counts. */
const contextBefore = 8;
const contextAfter = 3;

/** Verbs of change say how a figure moved, not what it counts ("rose", "grew", "fell"). */
const changeVerbs = /^(?:rose|rise|rises|risen|grew|grow|grows|fell|fall|falls|dropped|drop|increased|decreased|declined|climbed|jumped|reached|hit|totall?ed|was|were|up|down|by|about|some|nearly|almost|around)$/;

/** Kinds whose differences change the story most: a different death toll, sum or share. */
const weightyKinds = new Set(['money', 'percent', 'count', 'number', 'range']);

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
	const drafts: DiscrepancyDraft[] = [];
	for (const claim of context.claims) {
		if (claim.kind !== 'sentence' || claim.members.length < 2) {
			continue;
		}
		const slots: Slot[] = [];
		for (const member of claim.members) {
			const unit = context.unitOf(member);
			for (const figure of unit.figures) {
				placeFigure(slots, { article: member.article, figure, member, ...nearWords(unit.tokens, figure) });
			}
		}
		for (const slot of slots) {
			const draft = judgeSlot(context, claim.id, slot);
			if (draft) {
				drafts.push(draft);
			}
		}
	}
	return drafts;
}

/** Puts a figure in the slot of the same quantity, or opens a new slot. */
function placeFigure(slots: Slot[], placed: PlacedFigure): void {
	const family = familyOf(placed.figure);
	if (family === undefined) {
		return;
	}
	const open = slots.filter((slot) => familyOf(slot[0].figure) === family && !slot.some((other) => other.article === placed.article));
	const equal = open.find((slot) => slot.some((other) => sameValue(other.figure, placed.figure)));
	const byContext = open
		.map((slot) => ({ slot, shared: Math.max(...slot.map((other) => overlap(other.context, placed.context))) }))
		.filter(({ shared }) => shared > 0)
		.sort((x, y) => y.shared - x.shared)[0]?.slot;
	const target = equal ?? byContext;
	if (target) {
		target.push(placed);
	} else {
		slots.push([placed]);
	}
}

/** Decides whether the outlets in a slot disagree, and how much that matters. */
function judgeSlot(context: CompareContext, claim: string, slot: Slot): DiscrepancyDraft | undefined {
	if (new Set(slot.map((placed) => placed.article)).size < 2) {
		return undefined;
	}
	const groups: Slot[] = [];
	for (const placed of slot) {
		const group = groups.find((candidate) => sameValue(candidate[0].figure, placed.figure));
		if (group) {
			group.push(placed);
		} else {
			groups.push([placed]);
		}
	}
	const unitDropped = groups.length === 1 && new Set(slot.map((placed) => placed.figure.unit)).size > 1;
	if (groups.length === 1 && !unitDropped) {
		return undefined;
	}
	groups.sort((x, y) => y.length - x.length);
	const majority = groups[0];
	const label = labelOf(slot);
	const kind = slot[0].figure.kind;
	const byUnit = unitDropped ? groupByUnit(slot) : groups;
	const sides = byUnit.map((group) => `${[...new Set(group.map((placed) => placed.figure.text))].join(' / ')} (${listOutlets(context, group.map((placed) => placed.article))})`);
	const severity = unitDropped ? 'low' : weightyKinds.has(kind) ? 'high' : 'medium';
	const alignment = Math.min(...slot.map((placed) => placed.member.score));
	return {
		kind: 'figure',
		severity,
		summary: `${label}: ${sides[0]} vs ${sides.slice(1).join(' vs ')}`,
		reason: unitDropped
			? `The same value, but ${listOutlets(context, slot.filter((placed) => !placed.figure.unit).map((placed) => placed.article)) || 'one outlet'} gives it without its unit.`
			: `Aligned passages (similarity ${alignment.toFixed(2)}) give ${groups.length} different values: ${groups.map((group) => `${group[0].figure.text} in ${listOutlets(context, group.map((placed) => placed.article))}`).join('; ')}.`,
		confidence: Math.min(1, 0.4 + alignment * 0.6),
		mentions: slot.map((placed) => mentionOf(context, placed.article, placed.figure, placed.figure.text, unitDropped ? !placed.figure.unit : !majority.includes(placed))),
		missing: [],
		claim,
		weight: unitDropped ? 0 : 1 + relativeGap(groups),
	};
}

/**
 * What quantities can be compared: money with money of the same currency and with bare numbers
 * (an outlet may drop the currency), counts of the same thing, percentages, dates.
 * Ordinals ("the 76th session") name things rather than measure them: left out.
 */
function familyOf(figure: Figure): string | undefined {
	switch (figure.kind) {
		case 'money':
		case 'number':
			return 'amount';
		case 'ordinal':
			return undefined;
		case 'count':
		case 'duration':
		case 'range':
			return `${figure.kind}:${figure.unit}`;
		default:
			return figure.kind;
	}
}

/** Equal after normalisation; a coarser date agrees with a finer one inside it ("2025-10" and "2025-10-14"). */
function sameValue(a: Figure, b: Figure): boolean {
	if (a.iso && b.iso) {
		return a.iso.startsWith(b.iso) || b.iso.startsWith(a.iso);
	}
	const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
	return close(a.value, b.value) && close(a.high ?? a.value, b.high ?? b.value);
}

function groupByUnit(slot: Slot): Slot[] {
	const groups = new Map<string, Slot>();
	for (const placed of slot) {
		const list = groups.get(placed.figure.unit) ?? [];
		list.push(placed);
		groups.set(placed.figure.unit, list);
	}
	return [...groups.values()].sort((x, y) => y.length - x.length);
}

/** How far apart the values are, 0–1: "27 vs 26" is closer than "300 vs 30". */
function relativeGap(groups: Slot[]): number {
	const values = groups.map((group) => group[0].figure.value);
	const high = Math.max(...values.map(Math.abs));
	return high === 0 ? 0 : (Math.max(...values) - Math.min(...values)) / high;
}

function nearWords(tokens: Token[], figure: Figure): { context: Set<string>; words: string[] } {
	const first = tokens.findIndex((token) => token.end > figure.start);
	const last = tokens.findIndex((token) => token.start >= figure.end);
	const before = tokens.slice(Math.max(0, (first < 0 ? tokens.length : first) - contextBefore), first < 0 ? tokens.length : first);
	const after = last < 0 ? [] : tokens.slice(last, last + contextAfter);
	const near = [...before, ...after].filter((token) => token.content && !/\d/.test(token.norm));
	return { context: new Set(near.map((token) => token.stem)), words: before.filter((token) => token.content && !/\d/.test(token.norm)).map((token) => token.norm) };
}

function overlap(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const item of a) {
		if (b.has(item)) {
			shared++;
		}
	}
	return shared;
}

/**
 * Names the quantity from the words the outlets share before it: "grain exports rose 27%" and
 * "grain exports grew 26 percent" give "Grain exports".
 */
function labelOf(slot: Slot): string {
	const counts = new Map<string, number>();
	for (const placed of slot) {
		for (const word of new Set(placed.words)) {
			counts.set(word, (counts.get(word) ?? 0) + 1);
		}
	}
	const shared = slot[0].words.filter((word) => (counts.get(word) ?? 0) >= Math.max(2, Math.ceil(slot.length / 2)) && !changeVerbs.test(word));
	const words = (shared.length > 0 ? shared : slot[0].words).slice(-3);
	const label = words.length > 0 ? words.join(' ') : slot[0].figure.kind;
	return clip(label.charAt(0).toUpperCase() + label.slice(1), 40);
}
