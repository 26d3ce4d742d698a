import { diffArrays } from 'diff';
import type { CompareContext } from '../context';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import type { WordChange } from '../wordDiff';
import { addTo } from './addTo';

// The wordings of one quote, as the quote finder (`quotes.ts`) compares them: the words spoken (an
// editor's brackets left out), one unit per distinct wording, two wordings trimmed to what both
// quote, and which units hold each side of a change.

/**
 * A quote's words without an editor's insertions in brackets: "respect for her [Lena Marsh] and
 * her family" quotes the same words as "respect for her and her family".
 */
export function spokenTokens(context: CompareContext, unit: Unit): Token[] {
	const text = context.textOf(unit.article);
	if (!/[[(]/.test(text.slice(unit.start, unit.end))) {
		return unit.tokens;
	}
	let depth = 0;
	let at = unit.start;
	return unit.tokens.filter((token) => {
		for (; at < token.start; at++) {
			depth += text[at] === '[' || text[at] === '(' ? 1 : text[at] === ']' || text[at] === ')' ? -1 : 0;
			depth = Math.max(0, depth);
		}
		return depth === 0;
	});
}

/** Most distinct wordings of one quote compared word by word (the commonest ones). */
const maxWordings = 12;

/**
 * One unit per distinct wording, the commonest first: outlets that copy the same wire quote word
 * for word need one diff between them, not one per pair of outlets.
 */
export function distinctWordings(units: Unit[]): Unit[] {
	const byWording = new Map<string, Unit[]>();
	for (const unit of units) {
		addTo(byWording, wordingOf(unit.tokens), unit);
	}
	return [...byWording.values()]
		.sort((x, y) => y.length - x.length)
		.slice(0, maxWordings)
		.map((group) => group[0]);
}

/** A passage's words, joined: read once per list of words, which the verbatim copies of a passage share (`unitsOfCopies.ts`). */
function wordingOf(tokens: Unit['tokens']): string {
	let wording = wordings.get(tokens);
	if (wording === undefined) {
		wording = tokens.map((token) => token.norm).join(' ');
		wordings.set(tokens, wording);
	}
	return wording;
}

const wordings = new WeakMap<Unit['tokens'], string>();

/**
 * Leaves out what one version has beyond the other at either end: an outlet that quotes only the
 * middle of a sentence ("…any attempt to politicize sport…") truncated it, it did not reword it.
 */
export function trimToCommon(a: Token[], b: Token[]): [Token[], Token[]] {
	const inB = new Set(b.map((token) => token.norm));
	const inA = new Set(a.map((token) => token.norm));
	const firstA = a.findIndex((token) => inB.has(token.norm));
	const firstB = b.findIndex((token) => inA.has(token.norm));
	const lastA = findLastIndex(a, (token) => inB.has(token.norm));
	const lastB = findLastIndex(b, (token) => inA.has(token.norm));
	if (firstA < 0 || firstB < 0) {
		return [a, b];
	}
	return [a.slice(firstA, lastA + 1), b.slice(firstB, lastB + 1)];
}

/**
 * Leaves out what stands before the first and after the last word the two share in order: a
 * sentence that reports a quote ("The mayor said on Monday they will close the harbour …") is
 * read from where the quote's words start ("will close the harbour …"), not from a "the" that
 * both happen to have earlier.
 */
export function trimToShared(a: Token[], b: Token[]): [Token[], Token[]] {
	const parts = diffArrays(a, b, { comparator: (x: Token, y: Token) => x.norm === y.norm });
	let [atA, atB] = [0, 0];
	let first: [number, number] | undefined;
	let last: [number, number] = [0, 0];
	for (const part of parts) {
		if (!part.added && !part.removed) {
			first ??= [atA, atB];
			last = [atA + part.value.length, atB + part.value.length];
		}
		atA += part.added ? 0 : part.value.length;
		atB += part.removed ? 0 : part.value.length;
	}
	return first ? [a.slice(first[0], last[0]), b.slice(first[1], last[1])] : [a, b];
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
	for (let i = items.length - 1; i >= 0; i--) {
		if (test(items[i])) {
			return i;
		}
	}
	return -1;
}

/**
 * Which units have the removed words of a change and which the added ones, read with the words
 * around the change ("crews will be" / "crews would be"): a "will" or a "not" elsewhere in the
 * quote must not put a unit on the wrong side. For a word one version drops, a unit counts as
 * "without" only when it has the words around the gap: a quote given in part ("…certain
 * international forces…") says nothing about a word outside that part.
 */
export function sidesOf(units: Unit[], change: WordChange, from: Unit, to: Unit): { removed: Unit[]; added: Unit[] } {
	const removed: Unit[] = [];
	const added: Unit[] = [];
	const [before, after] = change.removed.length > 0 ? neighbours(from, change.removed) : neighbours(to, change.added);
	const norms = (tokens: (Token | undefined)[]) => tokens.filter((token): token is Token => token !== undefined).map((token) => token.norm);
	// Changed words are read with both neighbours first, then with one ("Russia must step up" /
	// "Russia should increase": another outlet may reword the rest); no words (a drop) with both.
	const runs = (tokens: Token[]) =>
		tokens.length === 0 ? [[norms([before, after])]] : [[norms([before, ...tokens, after])], [norms([before, ...tokens]), norms([...tokens, after])].filter((run) => run.length > tokens.length)];
	// The side that holds the changed words is looked for first: "ships will not be built" also has
	// "will be" (of "crews will be trained"), the run an added "not" leaves when it is taken out.
	const sides = [
		{ runs: runs(change.removed), units: removed },
		{ runs: runs(change.added), units: added },
	];
	if (change.removed.length === 0) {
		sides.reverse();
	}
	for (const unit of units) {
		for (const pass of [0, 1]) {
			const side = sides.find((candidate) => (candidate.runs[pass] ?? []).some((run) => hasRun(unit, run)));
			if (side) {
				side.units.push(unit);
				break;
			}
		}
	}
	return { removed, added };
}

/** The words just before and after a stretch of tokens in their unit. */
function neighbours(unit: Unit, stretch: Token[]): [Token | undefined, Token | undefined] {
	const first = unit.tokens.indexOf(stretch[0]);
	const last = unit.tokens.indexOf(stretch[stretch.length - 1]);
	return [unit.tokens[first - 1], unit.tokens[last + 1]];
}

/** Whether a unit has these words one after the other. */
function hasRun(unit: Unit, run: string[]): boolean {
	if (run.length === 0) {
		return false;
	}
	for (let i = 0; i + run.length <= unit.tokens.length; i++) {
		if (run.every((norm, k) => unit.tokens[i + k].norm === norm)) {
			return true;
		}
	}
	return false;
}
