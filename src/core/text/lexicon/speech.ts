/**
 * Reporting verbs: the words that tell a quote's speaker ("…," Ortiz said; "she told reporters").
 * NOTE: the name finder's cue words (`personCueWords` in `people.ts`) hold some of these verbs
 * too, beside verbs of a life ("died", "married"): they type a name, they do not find a quote.
 */
import { union, words } from './wordSets';

/** Verbs that report speech, in the forms that follow a subject ("Lu said", "she tells"). */
export const speechVerbs = words(
	'said says say added adds told tells asked asks stated states declared declares noted notes stressed stresses warned warns ' +
		'insisted insists explained explains wrote writes tweeted tweets announced announces replied replies responded responds ' +
		'urged urges claimed claims argued argues recalled recalls quipped quips confirmed confirms acknowledged acknowledges ' +
		'admitted admits emphasized emphasised emphasizes emphasises underlined underscored continued continues remarked observed ' +
		'affirmed assured complained predicted suggested promised vowed conceded countered cautioned reiterated maintained ' +
		'contended exclaimed shouted joked commented concluded alleged testified revealed disclosed boasted lamented mused ' +
		'retorted posted texted whispered pleaded answered answers asserted asserts proclaimed proclaims recounted recounts ' +
		'objected snapped barked scoffed fumed opined interjected elaborated demanded pledged reported reports chanted chant ' +
		'chants yelled yells screamed wondered mentioned mentions echoed echoes cried',
);

/** The same verbs as participles ("…, saying: “…”", "responded by affirming that …"). */
export const speechParticiples = words(
	'saying adding telling noting stressing warning insisting explaining writing declaring affirming arguing claiming stating ' +
		'asking urging recalling emphasizing emphasising acknowledging admitting announcing confirming replying responding ' +
		'tweeting joking observing remarking suggesting predicting promising vowing cautioning reiterating commenting concluding ' +
		'complaining quipping answering asserting proclaiming recounting reporting objecting demanding pledging chanting yelling ' +
		'screaming mentioning echoing',
);

/**
 * Auxiliaries that follow the subject of a reported clause, so that a noun phrase before them is
 * what is spoken of, not who speaks ("said the mayor could win", "added the pier was sold").
 */
export const clauseAuxiliaries = words('could would will can may might should must was were is are had has have did does');

/** Verbs whose reported clause may follow without "that" ("Lu said he understood …"). */
export const bareClauseVerbs = words('said says say told tells added adds');

/** Verbs followed by the person spoken to ("Varga told Lenz", "warned Vell that"). */
export const addresseeVerbs = words('told tells telling warned warns warning assured urged urging asked asks reminded informed');

/** Verbs of a speaker going on ("he added", "she continued"): the person who spoke last goes on. */
export const continuationVerbs = words('added adds continued continues');

/** Verbs, as lemmas, of an "as" clause that relays what someone said ("As the Courier reported", "as Polk put it", "as Vos noted"). */
export const tellingLemmas = words('say report put note observe write tell explain describe point argue claim announce state warn recall acknowledge');

/**
 * Verbs of naming or describing something, after which a word or two in quotation marks is the
 * namer's own words: "calling the plan a “heist”", "described it as “useful”", "dubbed the “back
 * door”", "labelled a “relic”" (`quotes/namingVerb.ts`).
 */
export const labellingVerbs = words(
	'call calls called calling describe describes described describing dub dubs dubbed dubbing label labels labeled ' +
		'labelled labeling labelling brand brands branded branding term termed deem deems deemed deeming',
);

/**
 * Verbs by which someone characterises something in their own words, so that a word or two
 * quoted after them is a piece of what they said: the verbs of naming, and "Ortiz blasted the
 * levy as “reckless”", "the union accused the port of “stalling”".
 */
export const characterisingVerbs = union(
	labellingVerbs,
	words(
		'refer refers referred referring accuse accuses accused accusing denounce denounces ' +
			'denounced denouncing blast blasts blasted blasting slam slams slammed slamming praise praises praised praising ' +
			'mock mocks mocked mocking deride derides derided deriding hail hails hailed hailing criticize criticizes criticized ' +
			'criticise criticises criticised criticizing criticising dismiss dismisses dismissed dismissing rated',
	),
);

/**
 * Nouns of something said or written, as lemmas: the words a possessive owns are that person's
 * ("his remark that “…”", "Vos’s Facebook post: “…”", "Brandt’s “ferry first” pledge":
 * `quotes/possessedWords.ts`).
 */
export const speechNouns = words(
	'comment remark statement post tweet promise pledge claim vow quip answer response message assertion argument ' +
		'accusation warning letter email e-mail speech op-ed column slogan mantra refrain catchphrase charge insistence ' +
		'complaint prediction declaration proclamation admission observation joke boast retort dismissal characterization ' +
		'characterisation rejection dictum call plea apology denial threat suggestion aside',
);

/**
 * Words for calling out loud, as forms and nouns: the words quoted after them were shouted by
 * someone, even in title case ("Some chanted “Go Kent! Go Kent!”", "chants of “Vote Vos!”").
 */
export const chantWords = words(
	'chant chants chanted chanting shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming ' +
		'cry cries cried crying',
);

/**
 * Things that carry a slogan written by someone: the words quoted as what one "read" or "said"
 * are theirs, not a title ("a sign that read “Sailors For Vos”", "a cap reading “Harbour First”").
 */
export const displayNouns = words(
	'sign signs banner banners placard placards poster posters shirt shirts t-shirt t-shirts hat hats cap caps sticker ' +
		'stickers button buttons billboard billboards badge badges',
);

/**
 * Nouns of a view or of someone's words after "in X's" or "in the … of X": the person whose view
 * it is speaks the words quoted in the sentence ("in Vos’s view", "in the words of Ada Vos").
 */
export const viewNouns = words('view views words opinion estimation judgment judgement assessment telling account reckoning recollection mind');
