import type { EntityType } from '../types';

/**
 * What the whole folder tells about names, gathered before any article's mentions are read: a
 * word capitalised only because it opens a sentence ("Tensions over Taiwan …") is a name only if
 * the folder also capitalises it mid-sentence, and a word in a heading in capitals ("BORODINE can
 * hardly wait …") only if the folder writes it elsewhere as a name.
 */
export interface NameEvidence {
	/** Keys of words written capitalised inside a sentence of ordinary prose (`borodin`, `grain`). */
	capitalised: Set<string>;
	/** Keys of words that stand as a name of their own inside a sentence, or open or close a longer one (`lu`, `varennikov`). */
	names: Set<string>;
	/** Keys of upper-case words of two to five letters in ordinary prose (`aukus`, `nato`). */
	acronyms: Set<string>;
	/** Keys of capitalised words written before a lower-case word, as adjectives are (`kestrian`, `russian`). */
	adjectives: Set<string>;
	/**
	 * How often the folder writes a word capitalised inside a sentence, and how often in lower case
	 * (of the words read: those near a capitalised word), by key: "songbird" in lower case five times and
	 * capitalised once, in a book's title, is a common noun when it opens a sentence.
	 */
	cases: Map<string, { capitalised: number; lower: number }>;
	/** Every name found, by key, with how often its context pointed to each type. */
	votes: Map<string, Record<EntityType, number>>;
}
