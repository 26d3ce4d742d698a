/**
 * The words the speaker rules read, in one place: reporting verbs and their participles, the verbs
 * that take an addressee, pronouns, determiners, function words, adverbs that stand between a
 * subject and its verb, words that tell a gender, role nouns, and the names of media.
 * (Names of people, places and organisations are in `entities/lexicon.ts`.)
 */
const words = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/**
 * Adjectives that follow a noun with their own complement in an unnamed source: "a person close to
 * the mayor", "an official familiar with the talks", "a donor loyal to the party".
 */
export const postnominalAdjectives = words('close familiar loyal allied involved briefed knowledgeable sympathetic');

/** People named by what they are, beside the roles: "a person close to …", "the crowd", "one woman". */
export const personNouns = words(
	'person people man men woman women boy girl child children couple crowd audience staff team family group panel jury public everyone nobody ' +
		'someone candidate nominee campaign businessman businesswoman tycoon mogul friends colleague pope host witness executive user neighbor ' +
		'neighbour veteran guest citizen critic resident student participant applicant correspondent opponent constituent immigrant ' +
		'consultant assistant',
);

/** Documents and messages that say things: "the report said", "according to a court filing", "the ad claims". */
export const documentNouns = words(
	'report study statement letter email memo ad advertisement poll survey filing document order ruling complaint lawsuit tweet post message release ' +
		'platform editorial article book analysis transcript notice website page video headline caption sign banner note plan bill resolution',
);

/** Verbs that report speech, in the forms that follow a subject ("Xi said", "she tells"). */
export const speechVerbs = words(
	'said says say added adds told tells asked asks stated states declared declares noted notes stressed stresses warned warns ' +
		'insisted insists explained explains wrote writes tweeted tweets announced announces replied replies responded responds ' +
		'urged urges claimed claims argued argues recalled recalls quipped quips confirmed confirms acknowledged acknowledges ' +
		'admitted admits emphasized emphasised emphasizes emphasises underlined underscored continued continues remarked observed ' +
		'affirmed assured complained predicted suggested promised vowed conceded countered cautioned reiterated maintained ' +
		'contended exclaimed shouted joked commented concluded alleged testified revealed disclosed boasted lamented mused ' +
		'retorted posted texted whispered pleaded',
);

/** The same verbs as participles ("…, saying: “…”", "responded by affirming that …"). */
export const speechParticiples = words(
	'saying adding telling noting stressing warning insisting explaining writing declaring affirming arguing claiming stating ' +
		'asking urging recalling emphasizing emphasising acknowledging admitting announcing confirming replying responding ' +
		'tweeting joking observing remarking suggesting predicting promising vowing cautioning reiterating commenting concluding ' +
		'complaining quipping',
);

/** Verbs whose reported clause may follow without "that" ("Xi said he understood …"). */
export const bareClauseVerbs = words('said says say told tells added adds');

/** Verbs followed by the person spoken to ("Putin told Xi", "warned Russia that"). */
export const addresseeVerbs = words('told tells telling warned warns warning assured urged urging asked asks reminded informed');

/** "he said", "she added": a pronoun that stands for a person named earlier. */
export const personPronouns = words('he she');

/** Articles and possessive determiners, left out of a role ("the Russian President" → "Russian President"). */
export const determiners = words('the a an his her its their our my your this that these those');

/**
 * Words that end a name or a noun phrase: prepositions, conjunctions, relative pronouns,
 * auxiliaries and sentence adverbs ("During the call with Xi, Putin said").
 */
export const functionWords = words(
	'about above according across after against along amid among and around as at because before behind below beside between ' +
		'beyond but by despite during except for from however if in inside into like meanwhile near nor of off on once onto or out ' +
		'outside over per since so than that though through throughout till to toward towards under unless until upon versus via ' +
		'when where whereas whether which while who whom whose with within without yet also then still just even earlier later ' +
		'moreover furthermore yesterday today tonight now there here it is was were are be been being has have had will would ' +
		'can could should may might must not no do does did referring asked quoted',
);

/** Words between a subject and its verb that do not change who speaks ("Putin also told", "Xi has said"). */
export const adverbs = words(
	'also then later further again previously earlier once recently reportedly repeatedly has have had would will simply ' +
		'quickly immediately finally still too publicly privately directly personally openly firmly strongly flatly bluntly ' +
		'jokingly angrily calmly later subsequently separately',
);

/** Two-word adverbials skipped the same way ("Xi in turn told Putin"). */
export const twoWordAdverbs = words('in_turn in_particular for_his for_her for_their once_again');

/**
 * Words that tell a person's gender when they stand before the name ("Ms Ortiz", "actress Lena
 * Ortiz") or after it ("Varennikoff showed himself"), so that "she said" skips a man named since.
 */
export const maleWords = words('mr sir lord king prince duke emperor father brother son husband spokesman chairman congressman councilman businessman actor himself');
export const femaleWords = words('ms mrs miss madam lady dame queen princess duchess empress mother sister daughter wife spokeswoman chairwoman congresswoman councilwoman businesswoman actress herself');

/** Nouns for a person by role, enough to stand for a speaker ("the Dravonian leader", "her rep"). */
export const roleNouns = words(
	'president leader chief minister chancellor spokesman spokeswoman spokesperson official officials diplomat diplomats aide ' +
		'adviser advisor envoy ambassador premier secretary governor mayor senator general commander head director chairman ' +
		'rep representative lawyer attorney source sources friend father mother sister brother daughter son wife husband actress ' +
		'actor star singer coach manager prosecutor judge police insiders analyst analysts expert experts counterpart',
);

/**
 * Outlets and agencies: told to one of them, a quote is relayed, not addressed ("told Reuters").
 * A capitalised name with a media word in it counts too ("Xinhua News Agency", "The Post").
 */
export const mediaNames = words(
	'reuters ap afp bloomberg xinhua tass interfax ria cnn bbc politico axios cnbc nbc abc cbs npr fox dpa efe ansa kyodo yonhap ' +
		'people variety aljazeera',
);
export const mediaWords = words(
	'news newspaper paper magazine agency television tv radio broadcaster channel times post journal herald tribune guardian ' +
		'telegraph daily gazette press wire media network website mag',
);

/** Days and relative days that start an adverbial ("said Tuesday that"). */
export const weekdays = words('monday tuesday wednesday thursday friday saturday sunday last earlier yesterday today');
