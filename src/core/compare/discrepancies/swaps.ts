import { firstNames } from '../../text/lexicon/people';
import { titleWords } from '../../text/lexicon/titles';
import { placesNest } from '../../entities/places';
import type { Entity, LocatedMention, Span } from '../../types';
import type { CompareContext } from '../context';
import { rememberedReplacements, type Replacement, type StretchFilter } from '../wordReplacements';
import type { Token } from '../tokens';
import type { ResolvedMention, Unit } from '../units';
import { otherRoles, sameLeadWord } from './swapPlacing';
import { listedApart, listedTogether } from './swapLists';
import { locate, namesIn, type NamedMention } from './swapMentions';
import { inTitle } from './workTitles';

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
	const named = (unit: Unit, from: number, to: number, other?: Unit) =>
		unit.names.some((name) => !other?.entities.has(name.key) && unit.tokens.slice(from, to).some((token) => token.start < name.end && name.start < token.end));
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
		if (keptApart(context, a, left, b, right, ownWord) || !sameRole(context, a, b, left, right, tight, reads) || (a.entities.has(right.key) && !compact)) {
			continue;
		}
		found.push({ left: left.index, right: right.index, placed, leftKey: left.key, rightKey: right.key, pairKey: left.key < right.key ? `${left.key}↔${right.key}` : `${right.key}↔${left.key}` });
	}
	return found.length > 0 ? found : noCandidates;
}

/** The answer of most pairs, one list for all: `SwapFinder` keeps an answer per pair met. Never added to. */
const noCandidates: Candidate[] = [];

/**
 * Whether two names cannot stand for each other, wherever a word diff placed them: the same
 * identity, the odd name written in the other passage too, their placing words giving two roles
 * ("beat Tarn" / "in Vell"), or one of the rules below ("in central Athens" / "in Greece": one
 * place told finer). What else decides a swap (the rival's type, how long the replaced stretches
 * are) is read from the diff; this much is read without it.
 */
function keptApart(context: CompareContext, a: Unit, left: NamedMention, b: Unit, right: NamedMention, ownWord: boolean): boolean {
	return (
		left.key === right.key ||
		b.entities.has(left.key) ||
		otherRoles(a, left.mention, b, right.mention) ||
		inTitle(context, left.mention) ||
		inTitle(context, right.mention) ||
		(left.entity.type === 'place' && placesNest(left.entity.name, right.entity.name)) ||
		listedApart(context, a, left, b) ||
		listedApart(context, b, right, a) ||
		listedTogether(context, a, left, right.key) ||
		listedTogether(context, b, right, left.key) ||
		(!ownWord && (namedByRole(context, a, left, b, right) || namedByRole(context, b, right, a, left)))
	);
}

/**
 * Whether some name of `a` that `b` lacks has a name of the same type in `b` other than itself:
 * the least every swap below needs ("Vessingrad" in one, "Port Halden" in the other), so a pair
 * without one is passed over with no change to what is found.
 */
function mayHoldSwap(context: CompareContext, a: Unit, b: Unit): boolean {
	for (const left of a.names) {
		const entity = b.entities.has(left.key) ? undefined : context.entity(left.key);
		if (entity === undefined) {
			continue;
		}
		for (const right of b.names) {
			const rival = right.key === left.key ? undefined : context.entity(right.key);
			if (rival && (rival.type === entity.type || ((metOnce(entity) || metOnce(rival)) && !a.entities.has(right.key)))) {
				return true;
			}
		}
	}
	return false;
}

/**
 * Whether two names can fill one role: of one type, or one of them a name no other article
 * writes that the word diff puts in the other's place ("watched the final in Brennick" /
 * "watched the final in Port Halden"): what a name met once is, its few words cannot tell
 * ("Brennick" reads as a surname), and in the same short stretch of the same sentence it stands
 * for the other outlet's name, garbled or replaced.
 */
function sameRole(context: CompareContext, a: Unit, b: Unit, left: NamedMention, right: NamedMention, tight: boolean, reads: { band?: number }): boolean {
	if (left.entity.type === right.entity.type) {
		return true;
	}
	// A few words for a few words, in passages that say the same otherwise: "People demand 'Give
	// the Stolen Money Back'" against a long sentence about Greece is no such stretch.
	// The rival must be absent from the odd one's passage: "the future of Europe, Merkel told
	// lawmakers" / "Chancellor Angela Merkel urged parliament" names Merkel in both.
	if (!tight || a.entities.has(right.key) || b.entities.has(left.key)) {
		return false;
	}
	// Which side of the two thresholds the similarity falls on: 0 below both, 1 between, 2 above both.
	const band = context.aligner.similarityBand(a, b, sameRoleThresholds);
	reads.band = band;
	return band === 2 || ((metOnce(left.entity) || metOnce(right.entity)) && band >= 1);
}

/** How alike two passages must be for a name met once to stand for another of another type. */
const minRetypedSimilarity = 0.3;

/**
 * Near copies whose one difference is a name for a name stand for each other whatever the types:
 * "exports to Kestria rose 27%" / "exports to Varennikov rose 27%" (a person's name where the
 * others name a country is an error a reader must see).
 */
const nearCopySimilarity = 0.5;

/** `sameRole`'s thresholds, ascending. */
const sameRoleThresholds = [minRetypedSimilarity, nearCopySimilarity];

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

/**
 * A name that one article alone writes, and not in capitals alone: an acronym met once is more
 * often a common noun shortened ("a pinup of GIs" / "a pinup of US soldiers") than a name garbled.
 */
function metOnce(entity: Entity): boolean {
	let once = metOnceOf.get(entity);
	if (once === undefined) {
		const first = entity.mentions[0]?.article;
		once = !/^[\p{Lu}\d.\s-]+$/u.test(entity.name) && entity.mentions.every((mention) => mention.article === first);
		metOnceOf.set(entity, once);
	}
	return once;
}

/** `metOnce` by identity, read once: a name wire copy repeats a thousand times is not walked per pair of passages. */
const metOnceOf = new WeakMap<Entity, boolean>();

/**
 * Two aligned passages that each name one person the other does not:
 * "In a March interview with Harbour Weekly, the skipper Tamsin Rook said …" / "In an interview
 * in March, Halloran told Harbour Weekly …". The word order differs too much for the diff to pair
 * them, yet with everything else shared, the one name left on each side fills the same role.
 * Only people: one outlet's "Port Halden" against another's "Kestria" is the same place told
 * finer. Weaker evidence than a diff: such a swap is listed as low.
 */
function soleUnshared(a: Unit, leftNames: NamedMention[], b: Unit, rightNames: NamedMention[]): { left: NamedMention; right: NamedMention; compact: boolean; placed: boolean }[] {
	const people = (names: NamedMention[], other: Unit) => names.filter((name) => name.entity.type === 'person' && !other.entities.has(name.key));
	const lefts = people(leftNames, b);
	const rights = people(rightNames, a);
	const sole = (names: NamedMention[]) => new Set(names.map((name) => name.key)).size === 1;
	return sole(lefts) && sole(rights) ? [{ left: lefts[0], right: rights[0], compact: false, placed: false }] : [];
}

/**
 * Whether two names as written share all their words but one, in the same place: "Scott Vey" /
 * "Scott Brisk", "Port Halden" / "Port Vessingrad". In aligned passages the shared word places
 * them, however differently the sentences are ordered ("Tarn's police chief, Scott Vey, 46, was
 * hurt" / "Police Chief Scott Brisk, 46, was in critical condition").
 */
export function oneWordApart(a: string, b: string): boolean {
	const [x, y] = [lowerWords(a), lowerWords(b)];
	return x.length >= 2 && x.length === y.length && x.filter((word, i) => word !== y[i]).length === 1;
}

/** A name's words in lower case, split once per text: read per pair of names of a claim's passages. The list is only read. */
function lowerWords(text: string): readonly string[] {
	let words = lowerWordsOf.get(text);
	if (words === undefined) {
		if (lowerWordsOf.size >= 50_000) {
			lowerWordsOf.clear();
		}
		words = text.toLowerCase().split(/\s+/);
		lowerWordsOf.set(text, words);
	}
	return words;
}

const lowerWordsOf = new Map<string, readonly string[]>();

/** The last token that passes a test (`Array.prototype.findLast`, which the ES2022 library lacks). */
function findLastToken(tokens: readonly Token[], test: (token: Token) => boolean): Token | undefined {
	for (let i = tokens.length - 1; i >= 0; i--) {
		if (test(tokens[i])) {
			return tokens[i];
		}
	}
	return undefined;
}

/**
 * `oneWordApart`, unless the word that differs is a first name on both sides: "Bill Vey" /
 * "William Vey" is one person by a familiar form, "Dale Vey" / "Ada Vey" may be two of a family;
 * a shared surname alone does not place them.
 */
function placedByOwnWord(a: string, b: string): boolean {
	if (!oneWordApart(a, b)) {
		return false;
	}
	const [x, y] = [lowerWords(a), lowerWords(b)];
	return !(x[0] !== y[0] && firstNames.has(x[0]) && firstNames.has(y[0]));
}

/** How many following passages of a claim each passage is compared with for swapped names. */
const comparedPerPassage = 8;

/** Longest replaced stretch in which a name may be paired with a name the other passage also has. */
const maxSwapWords = 4;

/**
 * Whether a passage calls the other passage's person by the role the other gives them, without
 * naming them: "The judge sentenced Marlow" beside "Judge Ada Quill handed down the sentence"
 * names the judge and the defendant, two people; "Judge Ada Quill" / "Judge Rea Quill" is a swap.
 */
function namedByRole(context: CompareContext, unit: Unit, name: NamedMention, other: Unit, rival: NamedMention): boolean {
	if (name.entity.type !== 'person') {
		return false;
	}
	const roles = rolesOf(context, other, rival.mention);
	if (roles.size === 0 || [...rolesOf(context, unit, name.mention)].some((role) => roles.has(role))) {
		return false;
	}
	return unit.tokens.some((token) => roles.has(token.stem) && !(token.start >= name.mention.start && token.end <= name.mention.end));
}

/**
 * The roles a passage gives a person where it names them: a title just before ("Judge Ada
 * Quill", "producers Tom Vey and …") or an apposition just after ("Tom Vey, producer of the show").
 */
function rolesOf(context: CompareContext, unit: Unit, mention: Span): Set<string> {
	const text = context.textOf(unit.article);
	const isRole = (token: Token | undefined) => token !== undefined && (titleWords.has(token.norm) || titleWords.has(token.norm.replace(/s$/, '')));
	// The word right before the name ("the judge sentenced Tenby" gives Tenby no role).
	const before = findLastToken(unit.tokens, (token) => token.end <= mention.start);
	const after = unit.tokens.find((token) => token.start >= mention.end);
	const apposed = after !== undefined && /^\s*,\s*$/.test(text.slice(mention.end, after.start)) ? unit.tokens.find((token) => token.start >= mention.end && !/^(?:the|a|an)$/.test(token.norm)) : undefined;
	return new Set([before, apposed].filter(isRole).map((token) => token!.stem));
}
