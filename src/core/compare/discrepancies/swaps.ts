import type { LocatedMention } from '../../types';
import type { CompareContext } from '../context';
import { rememberedReplacements, type Replacement, type StretchFilter } from '../wordReplacements';
import type { Token } from '../tokens';
import type { ResolvedMention, Unit } from '../units';
import { sameLeadWord } from './swapPlacing';
import { personForPlace } from './misplacedPerson';
import { keptApart, mayHoldSwap, placedByOwnWord, sameRole, sameRoleThresholds, soleUnshared } from './swapPairing';
import { locate, namesIn, type NamedMention } from './swapMentions';

/** Two names of one kind that the word diff of aligned passages puts in the same place. */
export interface Swap {
	sides: [SwapSide, SwapSide];
	/** The diff or a shared placing word puts them in the same place; else only elimination pairs them (`soleUnshared`). */
	placed: boolean;
}

export interface SwapSide {
	key: string;
	units: Unit[];
	mentions: LocatedMention[];
	/** `units` as a set: a claim of hundreds of passages is not searched once per pair. */
	seen: Set<Unit>;
}

/** Where a swap found for one pair of passages stands: indices into each passage's `names`, and their identities. */
interface Candidate {
	left: number;
	right: number;
	placed: boolean;
	leftKey: string;
	rightKey: string;
	/** The two keys in order, joined: the swap's key whichever side names which. */
	pairKey: string;
}

/**
 * Finds, across every pair of units of a claim, names replaced by other names of the same type.
 * One finder serves a whole comparison: what a pair of passages holds depends only on their words,
 * where the words and names stand in them and which identities the names are, so a pair met
 * again (republished wire copy: ten outlets, one agency story) costs a look-up.
 */
export class SwapFinder {
	private readonly shapeIds = new Map<string, number>();
	private readonly shapeOf = new WeakMap<Unit, number>();
	/** Shapes by a unit's words: verbatim copies share their words and names (`unitsOfCopies.ts`), so a copy's shape is read, not written out again. */
	private readonly shapeOfWords = new WeakMap<Token[], { names: ResolvedMention[]; start: number; id: number }>();
	/** By the pair of shapes, `shape(a) * shapeLimit + shape(b)`. */
	private readonly known = new Map<number, Candidate[]>();
	/** For the answers of `known` that read how alike the two passages are (`sameRole`), on which side of its thresholds they were. */
	private readonly bands = new Map<number, number>();
	private readonly replacements = rememberedReplacements();

	constructor(private readonly context: CompareContext) {}

	/**
	 * The swaps of one claim's passages (or of a near-miss pair), by the pair of identities.
	 *
	 * @param units The passages.
	 * @param context The comparison that reads them (default: the finder's): the editor's finder
	 *   outlives one comparison, and reads how alike two passages are through the one under way.
	 */
	findSwaps(units: Unit[], context = this.context): Map<string, Swap> {
		const swaps = new Map<string, Swap>();
		const withNames = units.filter((unit) => unit.names.length > 0);
		for (let i = 0; i < withNames.length; i++) {
			// Each passage is compared with a few others, not all: a claim a thousand outlets carry
			// must not cost a million diffs, and a swap shows against any passage that has the rival.
			for (let j = i + 1; j < Math.min(withNames.length, i + 1 + comparedPerPassage); j++) {
				const [a, b] = [withNames[i], withNames[j]];
				for (const { left, right, placed, leftKey, rightKey, pairKey } of this.candidates(a, b, context)) {
					let swap = swaps.get(pairKey);
					if (swap === undefined) {
						swap = { sides: [newSide(leftKey), newSide(rightKey)], placed };
						swaps.set(pairKey, swap);
					}
					swap.placed ||= placed;
					const [first, second] = swap.sides;
					this.addTo(first.key === leftKey ? first : second, a, a.names[left]);
					this.addTo(second.key === rightKey ? second : first, b, b.names[right]);
				}
			}
		}
		return swaps;
	}

	/** A unit and its name to a side of a swap, once. */
	private addTo(side: SwapSide, unit: Unit, name: ResolvedMention): void {
		if (!side.seen.has(unit)) {
			side.seen.add(unit);
			side.units.push(unit);
			side.mentions.push(locate(this.context, unit, name));
		}
	}

	/**
	 * The swaps one pair of passages holds, remembered by the pair's shapes. Two pairs of the same
	 * words and names are as alike within one comparison, but an edit elsewhere moves the words'
	 * weights: an answer that read how alike they are is read again when that moved across one of
	 * `sameRole`'s thresholds ("Brennick" met once for "Port Halden" is a swap in passages 0.3
	 * alike, not at 0.28), and the reading is the comparison's, so that the editor notes it.
	 */
	private candidates(a: Unit, b: Unit, context: CompareContext): Candidate[] {
		const key = this.shape(a) * shapeLimit + this.shape(b);
		let found = this.known.get(key);
		const band = this.bands.get(key);
		if (found && band !== undefined && context.aligner.similarityBand(a, b, sameRoleThresholds) !== band) {
			found = undefined;
		}
		if (!found) {
			const reads: { band?: number } = {};
			found = pairCandidates(context, a, b, this.replacements, reads);
			this.known.set(key, found);
			if (reads.band === undefined) {
				this.bands.delete(key);
			} else {
				this.bands.set(key, reads.band);
			}
		}
		return found;
	}

	/** A number for everything `pairCandidates` reads of a unit: its words, and its words and names placed from its start. */
	private shape(unit: Unit): number {
		let id = this.shapeOf.get(unit);
		if (id === undefined) {
			const copied = this.shapeOfWords.get(unit.tokens);
			if (copied !== undefined && copied.names === unit.names && copied.start === unit.start) {
				id = copied.id;
			} else {
				const words = unit.tokens.map((token) => `${token.norm} ${token.start - unit.start} ${token.end - unit.start}`).join(' ');
				const names = unit.names.map((name) => `${name.key}\u0000${name.start - unit.start} ${name.end - unit.start}`).join('\u0000');
				const text = `${words}\u0001${names}`;
				id = this.shapeIds.get(text);
				if (id === undefined) {
					id = this.shapeIds.size;
					this.shapeIds.set(text, id);
				}
				this.shapeOfWords.set(unit.tokens, { names: unit.names, start: unit.start, id });
			}
			this.shapeOf.set(unit, id);
		}
		return id;
	}
}

/** More shapes than any folder has passages: two shape numbers make one key below 2^53. */
const shapeLimit = 2 ** 26;

function newSide(key: string): SwapSide {
	return { key, units: [], mentions: [], seen: new Set() };
}

/** The swaps of one pair of passages, in the order they are found. */
function pairCandidates(context: CompareContext, a: Unit, b: Unit, replacements: (a: Token[], b: Token[], wanted?: StretchFilter) => Replacement[], reads: { band?: number }): Candidate[] {
	// Most pairs cannot hold a swap: a verbatim copy, or two passages naming the same people.
	// Only a name of one that the other lacks, with a rival of its type, is worth a word diff.
	if (!mayHoldSwap(context, a, b)) {
		return noCandidates;
	}
	const leftNames = namesIn(context, a, a.tokens);
	const rightNames = namesIn(context, b, b.tokens);
	// Only a stretch with a name on each side can pair two names, and the odd side's must be one the
	// other passage lacks (the test below): the other stretches are not split up. A pair whose names
	// could not stand for each other wherever the diff placed them needs no diff at all (`keptApart`).
	const named = (unit: Unit, from: number, to: number, other?: Unit) => unit.names.some((name) => !other?.entities.has(name.key) && overlapsTokens(unit.tokens, from, to, name));
	// (A name of another type stands for the odd one only where the other passage lacks it: `sameRole`.)
	const mayPair = leftNames.some((left) => rightNames.some((right) => !(left.entity.type !== right.entity.type && a.entities.has(right.key)) && !keptApart(context, a, left, b, right, false)));
	const paired = !mayPair
		? []
		: replacements(a.tokens, b.tokens, (fromA, toA, fromB, toB) => named(a, fromA, toA, b) && named(b, fromB, toB)).flatMap((change) =>
				namesIn(context, a, change.removed).flatMap((left) =>
					namesIn(context, b, change.added).map((right) => ({
						left,
						right,
						compact: change.removed.length <= maxSwapWords || change.added.length <= maxSwapWords,
						tight: change.removed.length <= maxSwapWords && change.added.length <= maxSwapWords,
						placed: true,
					})),
				),
			);
	const byPreposition = leftNames.flatMap((left) =>
		rightNames.filter((right) => sameLeadWord(a, left.mention, b, right.mention)).map((right) => ({ left, right, compact: false, placed: true })),
	);
	const byOwnWord = leftNames.flatMap((left) => rightNames.filter((right) => placedByOwnWord(left.mention.text, right.mention.text)).map((right) => ({ left, right, compact: false, placed: true, ownWord: true })));
	const found: Candidate[] = [];
	for (const { left, right, compact, tight = false, placed, ownWord = false } of [...paired, ...byPreposition, ...byOwnWord, ...soleUnshared(a, leftNames, b, rightNames)] as Pairing[]) {
		// The odd name is absent from the other passage (`keptApart`); its rival is absent from this one,
		// unless the diff pairs the two in a short stretch ("in February's Xinjiang region" / "in Beijing").
		if (keptApart(context, a, left, b, right, ownWord) || !sameRole(context, a, b, left, right, tight, reads) || (a.entities.has(right.key) && !compact && !personForPlace(context, a, a.names[left.index], b, b.names[right.index]))) {
			continue;
		}
		found.push({ left: left.index, right: right.index, placed, leftKey: left.key, rightKey: right.key, pairKey: left.key < right.key ? `${left.key}↔${right.key}` : `${right.key}↔${left.key}` });
	}
	return found.length > 0 ? found : noCandidates;
}

/** Whether a name overlaps one of the tokens from `from` to `to` (read for every name of every stretch a diff gives: no copy of the tokens). */
function overlapsTokens(tokens: readonly Token[], from: number, to: number, name: { start: number; end: number }): boolean {
	for (let i = from; i < to; i++) {
		if (tokens[i].start < name.end && name.start < tokens[i].end) {
			return true;
		}
	}
	return false;
}

/** The answer of most pairs, one list for all: `SwapFinder` keeps an answer per pair met. Never added to. */
const noCandidates: Candidate[] = [];

/** Two names the rules below put in one place, and how. */
interface Pairing {
	left: NamedMention;
	right: NamedMention;
	/** One side of the replaced stretch is short. */
	compact: boolean;
	/** Both sides are (`maxSwapWords` words or fewer). */
	tight?: boolean;
	placed: boolean;
	/** Placed by the words the two names share (`oneWordApart`). */
	ownWord?: boolean;
}

/** How many following passages of a claim each passage is compared with for swapped names. */
const comparedPerPassage = 8;

/** Longest replaced stretch in which a name may be paired with a name the other passage also has. */
const maxSwapWords = 4;
