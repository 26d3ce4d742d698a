/**
 * Function words: they hold a sentence together and say little about what it tells. Three readers
 * skip them, each for its own reason, so each has its own list: the aligner (`alignmentStopWords`:
 * not content when matching passages), the name finder (`nameStopWords`: a capitalised one is
 * never a name) and the speaker rules (`phraseStopWords`: it ends a noun phrase). The lists are
 * unions of the groups below, each word written once, in the one group of the readers that skip it.
 */
import { union, words } from './wordSets';

/** Skipped by all three: conjunctions, most prepositions, "be" and "do", modals, relative words ("and", "of", "were", "which"). */
const everyReader = words(
	'and or but nor so yet of in on at to for from by with as into onto upon about over under after before between among ' +
		'through during without within against towards toward than then that there here is are was were be been do does did it ' +
		'who whom whose which when where not no also just even still would should could might must according if while because ' +
		'though since until unless whether',
);

/** Personal pronouns and their possessives: never a surname, even capitalised before a verb (a title-case line's "They Said"). */
const pronounWords = words("it its it's he him his she her hers they them their theirs we us our ours you your i me my");

/** Quantifiers that stand as a subject alone ("Many said", "Both agreed"): skipped by the aligner and the name finder. */
const quantifierPronouns = words('most many some all each both either neither one another');

/** Pronouns that stand for nobody named ("Nobody answered", "Others said"): never a name, for the name finder. */
const indefinitePronouns = words('few several others none nobody nothing everyone everybody someone somebody anyone anything something everything');

/**
 * Pronouns and quantifiers that are a subject on their own: capitalised before a verb of speech
 * they are still no surname ("“We won.” Nobody answered.", a title-case line's "They Said").
 */
export const subjectPronouns = union(pronounWords, quantifierPronouns, indefinitePronouns);

/**
 * Articles, pronouns, quantifiers and plain verbs of saying: no content, never a name ("The",
 * "Their", "Some", "Said"); the speaker rules read them as a phrase's determiner or a reporting
 * verb instead.
 */
const alignerAndNames = union(
	words('a an the this these those what why how only more much any shall said says told added although such other'),
	pronounWords,
	quantifierPronouns,
);

/**
 * Auxiliaries that are also names or months when capitalised ("Will Ortiz", "May 3", "Have I Got
 * News"): function words for the aligner and the speaker rules, not for the name finder.
 */
const alignerAndPhrases = words('being have has had will can may');

/** The auxiliaries above that are first names or surnames when capitalised before or after a name ("said Will Dunn", "Prime Minister Ada May"). */
export const auxiliaryNames = words('will may');

/**
 * Prepositions of place and time and sentence adverbs: they tell where and when, so the aligner
 * keeps them as content ("across the border" / "near the border"), but they end a noun phrase and
 * are never a name ("Outside the court, Vos said"; "However"; "Whereas Vos had …").
 */
const namesAndPhrases = words(
	'off out above below till amid beyond throughout across along around behind beside despite except inside outside near per ' +
		'via now today tonight yesterday however meanwhile moreover furthermore whereas once later earlier like asked',
);

/**
 * Function words of the aligner: they make sentences look alike without saying the same thing
 * ("the", "of", "said").
 * NOTE: modal verbs, negations and intensifiers are function words for *alignment*, yet they
 * carry a quote's meaning ("should" / "must"): `compare/wordDiff.ts` looks at them again.
 */
export const alignmentStopWords = union(
	everyReader,
	alignerAndNames,
	alignerAndPhrases,
	words('am done having yours mine never too very say tell tells adding ones same own s'),
);

/**
 * Capitalised words that are ordinary words, never a name on their own: articles, pronouns,
 * prepositions, conjunctions, the adverbs that open sentences ("However", "According to …") and
 * the words of a web page's furniture ("Read", "Watch", "Exclusive").
 * NOTE: "New", "Great", "United" are missing on purpose: they open names ("New York", "Great Britain").
 */
export const nameStopWords = union(
	everyReader,
	alignerAndNames,
	namesAndPhrases,
	indefinitePronouns,
	words(
		'whenever whilst up down afterwards amongst besides tomorrow already again instead indeed thus hence therefore otherwise ' +
			'perhaps maybe every less two three four five six seven eight nine ten first second third last next unlike following ' +
			'including regarding speaking yes please dear oh well breaking web internet update updated read watch see photo video ' +
			'click share exclusive live let mr mrs ms dr',
	),
);

/**
 * Words that end a name or a noun phrase for the speaker rules: prepositions, conjunctions,
 * relative pronouns, auxiliaries and sentence adverbs ("During the call with Orlov, Varga said").
 */
export const phraseStopWords = union(everyReader, alignerAndPhrases, namesAndPhrases, words('versus referring quoted'));

/** Words that may begin a sentence before its subject without changing it ("But Ortiz said …"). */
export const sentenceOpeners = words('but and so yet still indeed meanwhile also instead later then');

/** Words that count the points of an argument before a comma ("First, they …", "Finally, the board …"): no subject. */
export const orderingOpeners = words('first second third fourth fifth firstly secondly thirdly finally lastly');

/** Words that open a relative clause whose subject is its own ("which Dale called"). */
export const relativeWords = words('which that what whom');

/** Words that open a subordinate clause, whatever the tagger calls them ("when Brandt in his speech called …"). */
export const subordinators = words('when while after before since because although though once until unless whenever as if');

/** Articles and possessive determiners, left out of a role ("the Russian President" → "Russian President"). */
export const determiners = words('the a an his her its their our my your this that these those');

/** The possessive determiners among them, which a tagger may call pronouns ("in his speech"). */
export const possessiveDeterminers = words('his her its their our my your');

/**
 * Words between a subject and its verb that do not change who speaks ("Vos also told", "Ortiz has said",
 * "“…,” she often says": not a speaker "she often").
 */
export const adverbs = words(
	'also then later further again previously earlier once recently reportedly repeatedly has have had would will simply ' +
		'quickly immediately finally still too publicly privately directly personally openly firmly strongly flatly bluntly ' +
		'jokingly angrily calmly later subsequently separately often always sometimes never even just now',
);

/** Two-word adverbials skipped the same way ("Vos in turn told Ortiz"). */
export const twoWordAdverbs = words('in_turn in_particular for_his for_her for_their once_again');

/** Short words a title-case heading may leave in lower case ("Closer than Ever", "Bank of England"). */
export const minorWords = words('a an the of and or to in on at for by with from as vs nor but');
