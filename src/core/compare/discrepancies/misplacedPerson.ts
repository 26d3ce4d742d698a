import type { Entity } from '../../types';
import { lastName } from '../../entities/keyWords';
import { nameKey } from '../../entities/lexicalType';
import { locativePrepositions, personBeforeIn } from '../../text/lexicon/places';
import type { CompareContext } from '../context';
import type { ResolvedMention, Unit } from '../units';
import type { SwapSide } from './swaps';

// A person's name where another outlet writes a place: "the crash in Corvell" / "the crash in Orla Bay".

/**
 * `personInPlaceSlot` for two sides of a swap. A bare surname its sentence typed a place ("in
 * Corvell") is grouped with the person the folder names in full ("Ivo Corvell",
 * `entities/grouping.ts` `surnameInPlaceSlot`), so the first side's identity says whether it names
 * a person, and in how many articles.
 */
export function misplacedPerson(context: CompareContext, person: SwapSide, place: SwapSide, articleCount: (key: string) => number): boolean {
	const personEntity = context.entity(person.key);
	const placeEntity = context.entity(place.key);
	if (personEntity === undefined || placeEntity === undefined || placeEntity.type !== 'place') {
		return false;
	}
	return personInPlaceSlot({ side: person, type: personEntity.type, articles: articleCount(person.key) }, { side: place, type: placeEntity.type }, context.textOf);
}

/**
 * Whether a side names a person the folder knows (written in two articles or more) after a
 * preposition only a place takes there, the same word before the other side's place: "the crash
 * in Corvell" where another outlet writes "the crash in Orla Bay", and the folder's Corvell is the
 * driver. No place of that name stands there, whatever type the one sentence gave it: the outlet's
 * slip, or its translation's.
 *
 * @param person The side that may name the person, with the folder's type of its name and the articles that write it.
 * @param place The other side, with the folder's type of its name.
 */
function personInPlaceSlot(person: { side: SwapSide; type: Entity['type']; articles: number }, place: { side: SwapSide; type: Entity['type'] }, textOf: (article: string) => string): boolean {
	if (person.type !== 'person' || place.type !== 'place' || person.articles < 2) {
		return false;
	}
	const placeWords = new Set(place.side.mentions.map((mention, i) => wordBefore(place.side.units[i], mention.start)?.norm));
	return person.side.mentions.every((mention, i) => {
		const slot = locativeSlot(textOf(mention.article), person.side.units[i], mention);
		return slot !== undefined && placeWords.has(slot);
	});
}

/** The last word of a passage before an offset. */
function wordBefore(unit: Unit, at: number): Unit['tokens'][number] | undefined {
	return unit.tokens.filter((token) => token.end <= at).at(-1);
}

/** An apostrophe right after a name: "Corvell's", "Corvell’s", "the Corvells’". */
const possessiveAfter = /^['’]/;

/** Nothing but spaces between a preposition and the name: "with the votes in, Corvell led" puts no one in a place. */
const onlySpaces = /^\s+$/;

/**
 * The preposition of a place's slot a name stands in ("in", "near": `locativePrepositions`), right
 * before it: "the crash in Corvell" gives "in". None for a possessive ("in Corvell's car"), a comma
 * between ("with the votes in, Corvell led"), or a word that takes a person before "in" ("their
 * trust in Corvell", `personBeforeIn`).
 */
function locativeSlot(text: string, unit: Unit, name: { start: number; end: number }): string | undefined {
	const word = wordBefore(unit, name.start);
	if (word === undefined || !locativePrepositions.has(word.norm) || !onlySpaces.test(text.slice(word.end, name.start)) || possessiveAfter.test(text.slice(name.end, name.end + 3))) {
		return undefined;
	}
	return word.norm === 'in' && personBeforeIn.has(wordBefore(unit, word.start)?.norm ?? '') ? undefined : word.norm;
}

/**
 * Whether two names of two aligned passages are a person the folder knows (written in two
 * articles or more) in a place's slot and a place after the same word, in either order: "hit a
 * wall in Corvell", a word its sentence typed a place that the grouping joined to the driver "Ivo
 * Corvell" (`entities/grouping.ts` `surnameInPlaceSlot`), against "hit a wall in Orla Bay". The
 * person may be named in the other passage too ("Ivo Corvell broke two ribs when his car hit a
 * wall in Orla Bay"): the word in the slot still stands for the place, as it did before it joined
 * the person, so the two may be a swap (`swapPairing.ts`), judged by `misplacedPerson`. Only the
 * surname of a full name, as the grouping joins it: never a one-word name the folder takes for a
 * person (a town's nickname). What it reads is the passages' words and the identities, as the
 * rest of the swap finder: the editor keeps its answers while both stay the same
 * (`incremental/epoch.ts`).
 */
export function personForPlace(context: CompareContext, a: Unit, left: ResolvedMention, b: Unit, right: ResolvedMention): boolean {
	const [x, y] = [context.entity(left.key), context.entity(right.key)];
	if (x === undefined || y === undefined) {
		return false;
	}
	if (x.type === 'person' && y.type === 'place') {
		return inPlaceSlot(context, a, left, x, b, right);
	}
	return y.type === 'person' && x.type === 'place' && inPlaceSlot(context, b, right, y, a, left);
}

/** `personForPlace` once the person's side is known. */
function inPlaceSlot(context: CompareContext, unit: Unit, name: ResolvedMention, person: Entity, placeUnit: Unit, place: ResolvedMention): boolean {
	const text = context.textOf(unit.article);
	const slot = locativeSlot(text, unit, name);
	if (slot === undefined || slot !== wordBefore(placeUnit, place.start)?.norm) {
		return false;
	}
	// The grouping's join: a full name's surname ("Ivo Corvell" → "Corvell").
	const words = nameKey(person.name).split(' ');
	const surname = words.length > 1 && lastName(words) === nameKey(text.slice(name.start, name.end));
	return surname && new Set(person.mentions.map((mention) => mention.article)).size >= 2;
}
