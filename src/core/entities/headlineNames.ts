import { isGivenName } from '../text/givenNames';
import { titleSmallWords } from '../text/lexicon/works';
import type { EntityMention, Span } from '../types';
import { similarNames } from './nameSimilarity';

/**
 * The names of a headline that its own article's body names too, each typed as the body types it.
 *
 * A headline capitalises words that are no names ("Lenz Quits Harbour Board, Joins Rival" reads
 * "Lenz Quits" and "Joins Rival" as names) and packs names without the words that type them
 * ("Vell Signs Lenz": a club or a place?). The body writes its names in prose, so a headline's
 * name is kept where the body writes the same words, whatever their case ("LENZ" for "Lenz"):
 * the whole name, or else the longest run of its words that the body writes as a name ("Lenz
 * Quits" → "Lenz"); a person's surname counts as written when the body gives the full name ("Lenz"
 * in "Lenz, Vos Meet in Vell" when the body writes "Ada Lenz"). A whole name that is another
 * spelling of a body's name of as many words stays too, typed as that one ("Ada Lentz" for "Ada
 * Lenz"), and so does a person's name that shares its given name with a body's person of as many
 * words ("Ada Vos" beside "Ada Lenz": a headline that names someone else, or misnames her). Any
 * other name the body never writes is dropped: a headline's word the story does not name is seldom
 * a name, and a headline is compared with headlines only, so a real name lost here loses one
 * comparison, while a word read as a name would be set against every outlet's.
 *
 * @param mentions The article's name mentions, in text order.
 * @param headline The headline's span.
 * @param text The article's text.
 * @returns The mentions with the headline's kept, cut or dropped, in text order.
 */
export function keepHeadlineNames(mentions: readonly EntityMention[], headline: Span, text: string): EntityMention[] {
	const bodyTypes = new Map<string, EntityMention['type']>();
	const bodyNames: EntityMention[] = [];
	for (const mention of mentions) {
		if (mention.end <= headline.start || mention.start >= headline.end) {
			const key = mention.text.toLowerCase();
			bodyNames.push(mention);
			if (!bodyTypes.has(key)) {
				bodyTypes.set(key, mention.type);
			}
			const surname = mention.type === 'person' ? /\s(\S+)$/.exec(key)?.[1] : undefined;
			if (surname && !bodyTypes.has(surname)) {
				bodyTypes.set(surname, 'person');
			}
		}
	}
	const kept: EntityMention[] = [];
	const prose = inSentenceCase(text.slice(headline.start, headline.end));
	for (const mention of mentions) {
		if (mention.end <= headline.start || mention.start >= headline.end) {
			kept.push(mention);
			continue;
		}
		// A headline in sentence case capitalises its names alone, as prose does ("Driver charged
		// after Tarnfield crossing crash"): a name there stands whether or not the body writes it, so that a
		// headline that misnames the place is set against the others' headlines.
		if (prose && mention.start > headline.start) {
			kept.push(mention);
			continue;
		}
		// The body's own words first, then another spelling or another surname of a body's name.
		const known = (words: string) => bodyTypes.get(words.toLowerCase());
		const like = (words: string) => bodyNames.find((body) => respelled(words, body.text) || sameGivenName(words, body))?.type;
		const run = longestRun(mention, known) ?? longestRun(mention, like);
		if (run) {
			kept.push({ start: run.start, end: run.end, text: text.slice(run.start, run.end), type: run.type });
		}
	}
	return kept;
}

/**
 * Whether a headline is written in sentence case: at least `sentenceCaseWords` of its words after
 * the first, other than a title's small words (`titleSmallWords`: "in", "of", "and"), open in lower case ("Driver charged after Tarnfield
 * crossing crash": charged, after, crossing, crash). A headline in title case ("Cyclist Dies at
 * Tarnfield Crossing, Driver Held") capitalises every word, names or not.
 */
function inSentenceCase(headline: string): boolean {
	const words = headline.split(/\s+/).slice(1).filter((word) => /^\p{L}/u.test(word) && !titleSmallWords.has(word.toLowerCase()));
	return words.filter((word) => /^\p{Ll}/u.test(word)).length >= sentenceCaseWords;
}

/** Lower-case words after the first that make a headline sentence case: one may be a title's slip. */
const sentenceCaseWords = 2;

/** The words of a name, in lower case. */
const wordsOf = (name: string) => name.toLowerCase().split(/\s+/);

/** Every word of one name a spelling of the other's word in its place ("Ada Lentz" / "Ada Lenz"). */
function respelled(name: string, body: string): boolean {
	const [ours, theirs] = [wordsOf(name), wordsOf(body)];
	return ours.length === theirs.length && ours.every((word, i) => similarNames(word, theirs[i]));
}

/**
 * A name of two words or more that opens with the given name of a body's person of as many words
 * ("Ada Vos" / "Ada Lenz"). Its first word a given name (`isGivenName`, "Odile Varga" / "Odile
 * Brandt"), which the body's person of the same first word makes safe to ask of a word ("May").
 */
function sameGivenName(name: string, body: EntityMention): boolean {
	const [ours, theirs] = [wordsOf(name), wordsOf(body.text)];
	return body.type === 'person' && ours.length >= 2 && ours.length === theirs.length && ours[0] === theirs[0] && isGivenName(ours[0]);
}

/** A word of a name: a run of anything but white space ("O'Brien", "Jr.", "War-Zone"). */
const wordPattern = /\S+/g;

/** The longest run of a mention's words that `typeOf` types, the earliest of equal length. */
function longestRun(mention: EntityMention, typeOf: (words: string) => EntityMention['type'] | undefined): (Span & { type: EntityMention['type'] }) | undefined {
	const words = [...mention.text.matchAll(wordPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
	for (let length = words.length; length > 0; length--) {
		for (let first = 0; first + length <= words.length; first++) {
			const start = words[first].start;
			const end = words[first + length - 1].end;
			const type = typeOf(mention.text.slice(start, end));
			if (type) {
				return { start: mention.start + start, end: mention.start + end, type };
			}
		}
	}
	return undefined;
}
