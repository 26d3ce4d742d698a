import * as lexicalTypeModule from './lexicalType';
import * as sourcesLexicon from '../text/lexicon/sources';
import * as placesLexicon from '../text/lexicon/places';
import * as peopleLexicon from '../text/lexicon/people';
import * as titlesLexicon from '../text/lexicon/titles';
import type { EntityType } from '../types';
import * as demonymsModule from './demonyms';
import type { NameEvidence } from './nameEvidence';
import * as nameWordsModule from './nameWords';
import type { Part } from './part';
import type { Token } from './tokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { lexicalType } = lexicalTypeModule;
const { organizationNouns } = sourcesLexicon;
const { placeNouns, placePrepositions } = placesLexicon;
const { personCueWords } = peopleLexicon;
const { nameSuffixes, postNominals, titleWords } = titlesLexicon;
const { isPlaceByDemonym } = demonymsModule;
const { isNameWord, keyOf, keysOf } = nameWordsModule;

/** Auxiliaries after "the X" that still let "X" be an organization ("the Admiralty has said"). */
const auxiliaries = new Set(['is', 'was', 'has', 'had', 'have', 'are', 'were', 'will', 'would', 'could', 'should', 'also', 'then', 'on', 'in']);

/**
 * The type of a part: what its words say (a known place, a head word, a first name), then an
 * acronym (an organization), then a place known by its adjective, then how the folder's contexts
 * voted for this name, then its own context; a lone unknown word or two or three unknown words
 * are a person, a longer run an organization.
 */
export function typeOf(tokens: Token[], part: Part, evidence: NameEvidence): EntityType {
	if (part.forced) {
		return part.forced;
	}
	const key = part.piece?.key ?? keyOf(tokens, part.first, part.last);
	const words = part.piece ? key.split(' ') : keysOf(tokens, part.first, part.last);
	const lexical = lexicalType(words, key);
	if (lexical) {
		return lexical;
	}
	if (!part.piece && words.length === 1 && tokens[part.first].kind === 'upper' && key.length <= 5) {
		return 'organization';
	}
	if (!part.piece && endsInCapitals(tokens, part)) {
		return 'organization';
	}
	if (isPlaceByDemonym(key, evidence)) {
		return 'place';
	}
	return majority(evidence.votes.get(key)) ?? contextType(tokens, part) ?? (words.length > 3 ? 'organization' : 'person');
}

/**
 * A capitalised name whose last word is a few letters in capitals names a model, a product or a
 * body, not a person: "the Orla RX graphics card", "a Brisk GT coupé", "Tarn FC". Not a suffix or
 * a post-nominal ("Ivo Marr III", "Ada Lenz MP"), nor a name in a line of capitals ("ADA LENZ").
 */
function endsInCapitals(tokens: Token[], part: Part): boolean {
	const last = tokens[part.last];
	return (
		part.last > part.first &&
		tokens[part.first].kind === 'cap' &&
		last.kind === 'upper' &&
		/^[a-z]{2,4}$/.test(last.key) &&
		!nameSuffixes.has(last.key) &&
		!postNominals.has(last.key) &&
		!/^[ivxl]+$/.test(last.key)
	);
}

/** The type with most votes, `undefined` when no vote was cast. */
export function majority(votes: Record<EntityType, number> | undefined): EntityType | undefined {
	if (!votes) {
		return undefined;
	}
	const best = Math.max(votes.person, votes.organization, votes.place);
	if (best === 0) {
		return undefined;
	}
	return votes.person === best ? 'person' : votes.place === best ? 'place' : 'organization';
}

/**
 * What the words around a part say about its type:
 * - "President Lu" (a title cut out), "coach Tomas Brisk", "said Lu", "Lu said", "Borodin, who": person;
 * - "J. K. Rowling" (initials): person;
 * - "the Xinjiang region", "in Beijing", "Eddie Jordan of Washington": place;
 * - "Admiralty aide", "Tianbao news agency", "the Admiralty said", "the “Quad” grouping": organization.
 */
export function contextType(tokens: Token[], part: Part): EntityType | undefined {
	if (part.titled) {
		return 'person';
	}
	const previous = tokens[part.first].joined || tokens[part.first].gap === 'quote' ? tokens[part.first - 1] : undefined;
	const after = tokens[part.last + 1];
	const next = after?.joined && after.kind === 'lower' ? after : undefined;
	if (part.last > part.first && tokens[part.first].kind === 'initial' && tokens[part.last].kind === 'cap') {
		return 'person';
	}
	if (next && placeNouns.has(next.key)) {
		return 'place';
	}
	if (next && organizationNouns.has(next.key)) {
		return 'organization';
	}
	if (previous?.key === 'the' && (!next || personCueWords.has(next.key) || auxiliaries.has(next.key))) {
		return 'organization';
	}
	if ((next && personCueWords.has(next.key)) || (after?.key === 'who' && after.gap === 'comma')) {
		return 'person';
	}
	if (previous && (personCueWords.has(previous.key) || titleWords.has(previous.key))) {
		return 'person';
	}
	// "Eddie Jordan of Washington", "the president of Dravonia"; not "Director of Player Personnel".
	const owner = tokens[part.first - 2];
	if (previous?.key === 'of' && owner && (titleWords.has(owner.key) ? owner.kind === 'lower' : isNameWord(owner))) {
		return 'place';
	}
	// "in Beijing"; but "in Brisk's firing" is no place.
	if (previous && placePrepositions.has(previous.key) && !tokens[part.last].closes) {
		return 'place';
	}
	return undefined;
}
