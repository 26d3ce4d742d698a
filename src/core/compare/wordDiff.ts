import { connectives, intensifiers, modals, negations, notAdverbs } from '../text/lexicon/stance';
import { diffNumbers, numbered, PartKind } from './myersDiff';
import { sameWords, timeOfDay } from './sameWords';
import type { Token } from './tokens';

/** What a change does to the meaning, most serious first. */
export type ChangeKind = 'negation' | 'modal' | 'number' | 'intensifier' | 'name' | 'word' | 'inflection';

/** One place where two passages differ: words only in the first, words only in the second. */
export interface WordChange {
	/** The kind of change. */
	kind: ChangeKind;
	/** Tokens of the first passage that the second does not have (empty for an addition). */
	removed: Token[];
	/** Tokens of the second passage that the first does not have (empty for a drop). */
	added: Token[];
	/** Words both passages share right before and right after the change: a change inside a long shared stretch is a rewording, not a different sentence. */
	sharedAround: number;
	/**
	 * `sharedAround`, where a shared stretch that runs to the passages' edge does not limit it: "a
	 * consummate entertainer and an acclaimed star" / "a consummate gardener and an acclaimed star"
	 * have two words before the change and five after; the two reach the quote's start, where no
	 * more words could be shared. A change at the very edge (no shared word on that side) gets 0.
	 */
	sharedToEdge: number;
	/** The shared words right after the change alone, `Infinity` when they run to the passages' end: "pleaded [not] guilty on Monday to 14 counts." has six. */
	sharedAfter: number;
}

/** How two passages compare word by word. */
export interface WordDiff {
	/** Every change, in order. */
	changes: WordChange[];
	/** Share of tokens the two have in common (0–1). */
	overlap: number;
}

/** How much each kind of change weighs when ranking: a "should" that became "must" outweighs a synonym. */
export const changeWeight: Record<ChangeKind, number> = { negation: 3, modal: 3, number: 2.5, intensifier: 2, name: 2, word: 0.6, inflection: 0.1 };

/**
 * Diffs two passages word by word (case, curly quotes and punctuation ignored) and says what
 * each change does: "should" → "must" is `modal`, a dropped "brutally" is `intensifier`, an
 * added "not" is `negation`, "trample" → "trampling" is `inflection`.
 *
 * @param a Tokens of the first passage.
 * @param b Tokens of the second passage.
 * @returns The changes and the share of words in common.
 */
export function diffWords(a: Token[], b: Token[]): WordDiff {
	const parts = tokenParts(a, b);
	const changes: WordChange[] = [];
	let common = 0;
	let pending: { removed: Token[]; added: Token[] } | undefined;
	let lastRun = 0;
	// What the shared stretch before the pending change counts for `sharedToEdge`: its length, or
	// no limit when it opens the passages.
	let lastToEdge = 0;
	let waiting: WordChange[] = [];
	const flush = () => {
		if (pending) {
			waiting = classify(pending.removed, pending.added).map((change) => ({ ...change, sharedAround: lastRun, sharedToEdge: lastToEdge, sharedAfter: 0 }));
			for (const change of waiting) {
				changes.push(change);
			}
			pending = undefined;
		}
	};
	for (const [index, part] of parts.entries()) {
		if (!part.added && !part.removed) {
			flush();
			const last = index === parts.length - 1;
			for (const change of waiting) {
				// Set at `flush`: the stretch before, and what it counts for `sharedToEdge`.
				const before = change.sharedAround;
				const limit = Math.min(change.sharedToEdge, last ? Infinity : part.value.length);
				change.sharedAround = Math.min(before, part.value.length);
				change.sharedToEdge = Number.isFinite(limit) ? limit : before + part.value.length;
				change.sharedAfter = last ? Infinity : part.value.length;
			}
			waiting = [];
			lastRun = part.value.length;
			lastToEdge = index === 0 ? Infinity : part.value.length;
			common += part.value.length;
			continue;
		}
		pending ??= { removed: [], added: [] };
		if (part.removed) {
			pending.removed = pending.removed.concat(part.value);
		} else {
			pending.added = pending.added.concat(part.value);
		}
	}
	flush();
	for (const change of waiting) {
		change.sharedAround = 0;
		change.sharedToEdge = 0;
	}
	demoteMovedAdverbs(changes, a, b);
	sameClockTimes(changes, a, b);
	const total = Math.max(a.length, b.length);
	return { changes, overlap: total === 0 ? 1 : common / total };
}

/** A diff's parts as `diffArrays(a, b)` with words compared by `norm` gives them: kept parts hold `b`'s tokens. */
function tokenParts(a: Token[], b: Token[]): { added: boolean; removed: boolean; value: Token[] }[] {
	const { kinds, counts } = diffNumbers(...numbered(a.map(norm), b.map(norm)));
	const parts: { added: boolean; removed: boolean; value: Token[] }[] = [];
	let [inA, inB] = [0, 0];
	for (let i = 0; i < kinds.length; i++) {
		const count = counts[i];
		if (kinds[i] === PartKind.Removed) {
			parts.push({ added: false, removed: true, value: a.slice(inA, (inA += count)) });
		} else {
			parts.push({ added: kinds[i] === PartKind.Added, removed: false, value: b.slice(inB, (inB += count)) });
			inA += kinds[i] === PartKind.Kept ? count : 0;
		}
	}
	return parts;
}

/** How close (in words) another change must be for a dropped adverb to count as moved or reworded. */
const adverbReach = 4;

/**
 * "we always back one another" / "we back one another without fail": the adverb is
 * not dropped but said another way a few words on. A one-sided intensifier change with a change
 * the other way close by is a rewording.
 */
function demoteMovedAdverbs(changes: WordChange[], a: Token[], b: Token[]): void {
	const position = (change: WordChange) => (change.removed.length > 0 ? a.indexOf(change.removed[0]) : b.indexOf(change.added[0]));
	for (const change of changes) {
		if (change.kind !== 'intensifier') {
			continue;
		}
		const dropped = change.removed.length > 0;
		// The same words spelled otherwise nearby move nothing: "I completely understand the people's
		// anger" / "I understand the peoples' anger" drops "completely".
		const near = changes.some(
			(other) =>
				other !== change &&
				other.kind !== 'inflection' &&
				(dropped ? other.added.length > 0 : other.removed.length > 0) &&
				Math.abs(position(other) - position(change)) <= adverbReach + change.removed.length + change.added.length,
		);
		if (near) {
			change.kind = 'word';
		}
	}
}

/**
 * "shortly after 7 p.m." / "shortly after 7:00 p.m.": the minutes ":00" of an hour given with am or pm
 * are the same time, not a number left out. The diff keeps the hour and the "p.m." as shared
 * words and shows only the "00", so the words around it are read.
 */
function sameClockTimes(changes: WordChange[], a: Token[], b: Token[]): void {
	for (const change of changes) {
		const [tokens, side] = change.removed.length === 0 ? [b, change.added] : change.added.length === 0 ? [a, change.removed] : [undefined, []];
		if (change.kind !== 'number' || !tokens || side.length !== 1 || side[0].norm !== '00') {
			continue;
		}
		// The hour before, the "pm" ("p.m." is read as "p" and "m") after: one time with the minutes and without.
		const at = tokens.indexOf(side[0]);
		const half = tokens[at + 1]?.norm === 'pm' || tokens[at + 1]?.norm === 'am' ? 1 : 2;
		const [hour, after] = [tokens.slice(at - 1, at), tokens.slice(at + 1, at + 1 + half)];
		const [withMinutes, without] = [timeOfDay([...hour, side[0], ...after]), timeOfDay([...hour, ...after])];
		if (withMinutes !== undefined && without !== undefined && withMinutes.minutes === without.minutes) {
			change.kind = 'inflection';
		}
	}
}

/**
 * Names one replaced stretch. A stretch that mixes a modal change with other words is split so
 * that the modal stands out ("should increase" → "must step up" is a modal change and a word
 * change).
 */
function classify(removed: Token[], added: Token[]): Omit<WordChange, 'sharedAround' | 'sharedToEdge' | 'sharedAfter'>[] {
	if (removed.length > 0 && added.length > 0 && sameWords(removed, added)) {
		return [{ kind: 'inflection', removed, added }];
	}
	const changes = markedChanges(removed, added);
	const rest = unmarked(changes, removed, added);
	if (rest.removed.length + rest.added.length === 0) {
		return changes;
	}
	changes.push({ kind: classifyRest(rest.removed, rest.added), ...rest });
	return changes;
}

/** The negation and the modal changes `classify` splits out of a stretch, in that order. */
function markedChanges(removed: Token[], added: Token[]): Omit<WordChange, 'sharedAround' | 'sharedToEdge' | 'sharedAfter'>[] {
	const pick = (test: (token: Token) => boolean) => ({ removed: removed.filter(test), added: added.filter(test) });
	const changes: Omit<WordChange, 'sharedAround' | 'sharedToEdge' | 'sharedAfter'>[] = [];
	const negation = pick((token) => negations.has(token.norm));
	// "not interfering" / "non-interference": a negation written into the other word.
	const prefixed = [...removed, ...added].some((token) => /^non-?\p{L}/u.test(token.norm));
	if (negation.removed.length !== negation.added.length && !prefixed) {
		changes.push({ kind: 'negation', ...negation });
	}
	// One modal for another ("should" → "must"); a modal that only appears on one side is a rewording.
	const modal = pick((token) => modals.has(token.norm) && !negations.has(token.norm));
	if (modal.removed.length > 0 && modal.added.length > 0 && modal.removed.map(norm).join() !== modal.added.map(norm).join()) {
		changes.push({ kind: 'modal', ...modal });
	}
	return changes;
}

/** The words of a stretch left when its marked changes are taken out. */
function unmarked(changes: Omit<WordChange, 'sharedAround' | 'sharedToEdge' | 'sharedAfter'>[], removed: Token[], added: Token[]): { removed: Token[]; added: Token[] } {
	const flagged = new Set([...changes.flatMap((change) => [...change.removed, ...change.added])]);
	return { removed: removed.filter((token) => !flagged.has(token)), added: added.filter((token) => !flagged.has(token)) };
}

/**
 * The changes `classify` makes of a stretch that removes and adds words, as their words only,
 * those that both remove and add words: what the name-swap finder reads. Cheaper than naming
 * them: whether the two sides are the same words is asked only when a negation or a modal would
 * split the stretch ("should go" / "must go" splits; "the mayor" / "the governor" stays whole
 * either way).
 *
 * @param removed The stretch's words in the first passage (not empty).
 * @param added Its words in the second (not empty).
 */
export function replacedStretches(removed: Token[], added: Token[]): { removed: Token[]; added: Token[] }[] {
	const marked = markedChanges(removed, added);
	if (marked.length === 0 || sameWords(removed, added)) {
		return [{ removed, added }];
	}
	const rest = unmarked(marked, removed, added);
	return [...marked, rest].filter((change) => change.removed.length > 0 && change.added.length > 0).map(({ removed: gone, added: come }) => ({ removed: gone, added: come }));
}

function classifyRest(removed: Token[], added: Token[]): ChangeKind {
	const all = [...removed, ...added];
	if (all.some((token) => /\d/.test(token.norm) || numberWords.has(token.norm))) {
		return 'number';
	}
	// One side empty and the other only intensifiers: "and brutally trampling" / "trampling".
	const meaningful = all.filter((token) => !connectives.has(token.norm));
	if ((removed.length === 0 || added.length === 0) && meaningful.length > 0 && meaningful.every(isIntensifier)) {
		return 'intensifier';
	}
	if (removed.length > 0 && added.length > 0 && removed.map((token) => token.stem).join(' ') === added.map((token) => token.stem).join(' ')) {
		return 'inflection';
	}
	if (all.some((token) => token.content && token.capitalized)) {
		return 'name';
	}
	return 'word';
}

function isIntensifier(token: Token): boolean {
	return intensifiers.has(token.norm) || (token.norm.length > 4 && token.norm.endsWith('ly') && !notAdverbs.has(token.norm));
}

function norm(token: Token): string {
	return token.norm;
}

const numberWords = new Set(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'half', 'percent']);
