import type { Entity } from '../../types';
import { locativePrepositions } from '../../text/lexicon/places';
import type { CompareContext } from '../context';
import { entityKey } from '../units';
import type { SwapSide } from './swaps';

// A person's name where another outlet writes a place: "the crash in Corvell" / "the crash in Orla Bay".

/**
 * `personInPlaceSlot` for two sides of a swap. The first side names a person of the folder when
 * its name is one written in two articles or more and typed a person, or the surname of such a
 * person: "in Corvell" alone may have been typed a place, and kept apart from "Ivo Corvell", by
 * the very preposition that makes it odd.
 */
export function misplacedPerson(context: CompareContext, person: SwapSide, place: SwapSide, articleCount: (key: string) => number): boolean {
	const personEntity = context.entity(person.key);
	const placeEntity = context.entity(place.key);
	if (personEntity === undefined || placeEntity === undefined || placeEntity.type !== 'place') {
		return false;
	}
	const surname = !personEntity.name.includes(' ') && folderSurnames(context.corpus, articleCount).has(personEntity.name.toLowerCase());
	const type = surname ? 'person' : personEntity.type;
	const articles = surname ? 2 : articleCount(person.key);
	return personInPlaceSlot({ side: person, type, articles }, { side: place, type: placeEntity.type }, context.textOf);
}

/** The surnames of the people the folder names in full in two articles or more ("Ivo Corvell" → "corvell"), once per folder. */
function folderSurnames(corpus: CompareContext['corpus'], articleCount: (key: string) => number): Set<string> {
	let surnames = surnamesOf.get(corpus);
	if (!surnames) {
		surnames = new Set();
		for (const entity of corpus.entities) {
			const words = entity.name.split(' ');
			if (entity.type === 'person' && words.length >= 2 && articleCount(entityKey(entity)) >= 2) {
				surnames.add(words[words.length - 1].toLowerCase());
			}
		}
		surnamesOf.set(corpus, surnames);
	}
	return surnames;
}

const surnamesOf = new WeakMap<CompareContext['corpus'], Set<string>>();

/**
 * Whether a side names a person the folder knows (written in two articles or more) after a
 * preposition only a place takes there, the same word before the other side's place: "the crash
 * in Corvell" where another outlet writes "the crash in Orla Bay", and the folder's Corvell is the
 * driver. No place of that name stands there, whatever type the one sentence gave it: the outlet's
 * slip, or its translation's. A possessive ("in Corvell's car") is no place's slot.
 *
 * @param person The side that may name the person, with the folder's type of its name and the articles that write it.
 * @param place The other side, with the folder's type of its name.
 */
function personInPlaceSlot(person: { side: SwapSide; type: Entity['type']; articles: number }, place: { side: SwapSide; type: Entity['type'] }, textOf: (article: string) => string): boolean {
	if (person.type !== 'person' || place.type !== 'place' || person.articles < 2) {
		return false;
	}
	const wordBefore = (side: SwapSide, i: number) => side.units[i].tokens.filter((token) => token.end <= side.mentions[i].start).at(-1)?.norm;
	const placeWords = new Set(place.side.mentions.map((_, i) => wordBefore(place.side, i)));
	return person.side.mentions.every((mention, i) => {
		const before = wordBefore(person.side, i);
		return before !== undefined && locativePrepositions.has(before) && placeWords.has(before) && !possessiveAfter.test(textOf(mention.article).slice(mention.end, mention.end + 3));
	});
}

/** An apostrophe right after a name: "Corvell's", "Corvell’s", "the Corvells’". */
const possessiveAfter = /^['’]/;
