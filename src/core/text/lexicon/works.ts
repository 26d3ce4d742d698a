/**
 * Words around names of works and quoted terms: what tells that words in quotation marks are the
 * title of a film or a book ("the film “Harbour Lights”", "the “Harbour Lights” star") or a word
 * quoted as a word ("the so-called “harbour tax”"), not anyone's speech.
 */
import { words } from './wordSets';

/** A word for a work, or for taking part in one, right before its title ("the film …", "his role in …", "titled …"). */
export const workCuesBefore = words(
	'film films movie movies book novel memoir song single album show series sitcom play musical documentary opera programme ' +
		'program poem painting episode franchise sequel titled entitled podcast blog collection',
);

/** Words that announce a name rather than words said, besides `workCuesBefore` and the verbs of labelling: "nicknamed: “…”". */
export const namingWords = words('named nicknamed headlined');

/** Two-word cues before a title ("starred in …", "author of …", "credits include …"). */
export const workPhrasesBefore = ['starred in', 'star of', 'role in', 'roles in', 'work in', 'appeared in', 'director of', 'author of', 'credits include'];

/** A word for who made or played in a work, right after its title ("the “Harbour Lights” star"). */
export const workCuesAfter = words(
	'star stars actress actor director author singer creator producer franchise movies films series sequel cast co-star fame ' +
		'soundtrack episode trilogy remake books novels',
);

/** Nouns that present the next words as a term ("the term …", "a slogan, …", "the hashtag …"). */
export const termNouns = words('term terms word words phrase label slogan motto catchphrase hashtag expression nickname');

/**
 * Verbs that give a thing the name in quotation marks ("nicknamed the “bread run”"). "Dubbed" is
 * left to the verbs of naming (`labellingVerbs`): "the crews dubbed the “dock toll”" is their words.
 */
export const namingVerbs = words('nicknamed christened');

/** Short words a title leaves in lower case ("Summer of Ships", "Salt and Iron"). */
export const titleSmallWords = words('a an the and or of in on at to for from with by vs de');
