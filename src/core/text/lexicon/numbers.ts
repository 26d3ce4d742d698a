/** Numbers written in words, scales, ordinals, and the plurals of counted nouns. */

/** Multipliers written in full. */
export const scaleWords: Readonly<Record<string, number>> = {
	thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/**
 * Abbreviated scales: "€3bn", "150mn doses", "$5 tn". The one-letter forms ("$5m", "£3b", "$35k")
 * are only scales right after a currency (see `readNumeral`'s `shortScales`): "a 5m wall" is metres.
 */
export const scaleAbbreviations: Readonly<Record<string, number>> = {
	bn: 1e9, mn: 1e6, mln: 1e6, tn: 1e12, trn: 1e12, m: 1e6, b: 1e9, k: 1e3,
};

/** One-letter scales, only after a currency: "$5m" is five million, "a 5m wall" five metres. */
export const currencyOnlyScales = new Set(['m', 'b', 'k']);

/** Number words below twenty, with their values ("eleven" → 11). */
export const units: Readonly<Record<string, number>> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
	twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Tens, with their values: "twenty-five" is a tens word, a hyphen and a unit. */
export const tens: Readonly<Record<string, number>> = {
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Every word that can start or continue a spelled-out number (used to find where a figure may begin). */
export const numberWords: ReadonlySet<string> = new Set([
	...Object.keys(units), ...Object.keys(tens), 'hundred', 'dozen', ...Object.keys(scaleWords),
]);

/** Ordinal words with their values ("third" → 3, "twentieth" → 20); "twenty-first" joins a tens word to one below ten. */
export const ordinalUnits: Readonly<Record<string, number>> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
	eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
	eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
	seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000,
};

/** Ordinal words ("third", "twentieth"): the first word of a spelled ordinal other than a tens prefix. */
export const ordinalWords: ReadonlySet<string> = new Set(Object.keys(ordinalUnits));

/** Plurals that do not follow the spelling rules. */
export const irregularPlurals: Readonly<Record<string, string>> = {
	people: 'person', persons: 'person', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
	crises: 'crisis', analyses: 'analysis', theses: 'thesis', diagnoses: 'diagnosis', criteria: 'criterion',
	phenomena: 'phenomenon', indices: 'index', lives: 'life', wives: 'wife', knives: 'knife', halves: 'half',
	leaves: 'leaf', thieves: 'thief', shelves: 'shelf', wolves: 'wolf', calves: 'calf', loaves: 'loaf', heroes: 'hero',
	potatoes: 'potato', tomatoes: 'tomato', vetoes: 'veto', echoes: 'echo', torpedoes: 'torpedo', buses: 'bus',
	viruses: 'virus', bonuses: 'bonus', campuses: 'campus', statuses: 'status', censuses: 'census', movies: 'movie',
	cookies: 'cookie', calories: 'calorie', zombies: 'zombie', rookies: 'rookie', pies: 'pie', ties: 'tie', lies: 'lie',
	goalies: 'goalie', brownies: 'brownie', headaches: 'headache', niches: 'niche', caches: 'cache',
	avalanches: 'avalanche',
};

/** Nouns whose plural is the same word, or that are only plural: "two aircraft", "200 police". */
export const invariantPlurals = new Set([
	'police', 'personnel', 'staff', 'cattle', 'aircraft', 'sheep', 'deer', 'fish', 'offspring', 'livestock', 'series',
	'species', 'crew',
]);

/** Words ending in "s" that are not plurals of a counted noun: "two is", "five was", "three this". */
export const notPlurals = new Set([
	'is', 'was', 'has', 'does', 'this', 'thus', 'his', 'its', 'hers', 'ours', 'yours', 'theirs', 'as', 'us', 'yes',
	'less', 'unless', 'plus', 'minus', 'across', 'always', 'perhaps', 'whereas', 'besides', 'afterwards', 'towards',
	'news', 'sometimes', 'nevertheless', 'various', 'previous', 'numerous', 'serious', 'famous', 'enormous',
	'tremendous', 'dangerous', 'cautious', 'obvious', 'anxious', 'jealous', 'gorgeous', 'nervous', 'says', 'gets',
	'goes', 'makes', 'takes', 'comes', 'seems', 'needs', 'wants', 'means', 'remains',
]);

/**
 * Words that end the search for a counted noun, or that are never one: "five of the", "two said",
 * "three were", "the two who".
 */
export const notNouns = new Set([
	'the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as',
	'that', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
	'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'per', 'than',
	'less', 'fewer', 'not', 'no', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'until', 'about',
	'around', 'up', 'down', 'out', 'off', 'said', 'says', 'say', 'told', 'he', 'she', 'it', 'they', 'we', 'you', 'i',
	'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'there', 'here', 'then', 'when', 'where', 'while',
	'what', 'how', 'why', 'also', 'only', 'just', 'even', 'still', 'all', 'both', 'each', 'every', 'some', 'any',
	'such', 'so', 'too', 'very', 'percent', 'cent', 'pct', 'another', 'other', 'others', 'one', 'ones', 'times', 'way',
	'ways', 'time', 'fold', 'sided', 'thirds', 'halves', 'quarters', 'fifths', 'tenths', 'apiece', 'ago', 'later',
	'earlier', 'old', 'percentage', 'against', 'among', 'between', 'through', 'via', 'if', 'because', 'although',
	'though', 'whether',
]);
