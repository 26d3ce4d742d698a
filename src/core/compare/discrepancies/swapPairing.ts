/**
 * Which names of two aligned passages may stand for each other (`swaps.ts` asks before and after
 * its word diff): never the same identity, two roles, two items of a list, a title's name or a
 * place told finer (`keptApart`); names of one type, or of another in near copies or when one is
 * met once (`sameRole`); a pair placed by a shared word of the names themselves (`placedByOwnWord`)
 * or as the one unshared person of each passage (`soleUnshared`).
 */
import { firstNames } from '../../text/lexicon/people';
import { titleWords } from '../../text/lexicon/titles';
import { placesNest } from '../../entities/places';
import type { Entity, Span } from '../../types';
import type { CompareContext } from '../context';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { personForPlace } from './misplacedPerson';
import { otherRoles } from './swapPlacing';
import { listedApart, listedTogether } from './swapLists';
import type { NamedMention } from './swapMentions';
import { inTitle } from './workTitles';

/**
 * Whether two names cannot stand for each other, wherever a word diff placed them: the same
 * identity, the odd name written in the other passage too, their placing words giving two roles
 * ("beat Tarn" / "in Vell"), or one of the rules below ("in central Athens" / "in Greece": one
 * place told finer). What else decides a swap (the rival's type, how long the replaced stretches
 * are) is read from the diff; this much is read without it.
 */
export function keptApart(context: CompareContext, a: Unit, left: NamedMention, b: Unit, right: NamedMention, ownWord: boolean): boolean {
	return (
		left.key === right.key ||
		(b.entities.has(left.key) && !personForPlace(context, a, a.names[left.index], b, b.names[right.index])) ||
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
export function mayHoldSwap(context: CompareContext, a: Unit, b: Unit): boolean {
	for (const left of a.names) {
		const entity = context.entity(left.key);
		if (entity === undefined) {
			continue;
		}
		const shared = b.entities.has(left.key);
		for (const right of b.names) {
			const rival = right.key === left.key ? undefined : context.entity(right.key);
			if (rival && !shared && (rival.type === entity.type || ((metOnce(entity) || metOnce(rival)) && !a.entities.has(right.key)))) {
				return true;
			}
			// "in Corvell" / "in Orla Bay", the folder's Corvell named in both passages (`personForPlace`).
			if (rival && rival.type !== entity.type && personForPlace(context, a, left, b, right)) {
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
export function sameRole(context: CompareContext, a: Unit, b: Unit, left: NamedMention, right: NamedMention, tight: boolean, reads: { band?: number }): boolean {
	if (left.entity.type === right.entity.type || personForPlace(context, a, a.names[left.index], b, b.names[right.index])) {
		return true;
	}
	// A few words for a few words, in passages that say the same otherwise: a headline of six
	// words ("Dockers march on Tarn harbour board") against a long sentence about Vell is no such stretch.
	// The rival must be absent from the odd one's passage: "the future of Europe, Lenz told
	// lawmakers" / "Chancellor Ada Lenz urged parliament" names Lenz in both.
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
export const sameRoleThresholds = [minRetypedSimilarity, nearCopySimilarity];

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
export function soleUnshared(a: Unit, leftNames: NamedMention[], b: Unit, rightNames: NamedMention[]): { left: NamedMention; right: NamedMention; compact: boolean; placed: boolean }[] {
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
export function placedByOwnWord(a: string, b: string): boolean {
	if (!oneWordApart(a, b)) {
		return false;
	}
	const [x, y] = [lowerWords(a), lowerWords(b)];
	return !(x[0] !== y[0] && firstNames.has(x[0]) && firstNames.has(y[0]));
}

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
