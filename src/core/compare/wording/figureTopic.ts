import { personPronouns } from '../../text/lexicon/people';
import { speechVerbs } from '../../text/lexicon/speech';
import { tagRange, type TaggedToken } from '../../text/tagger';
import type { Span } from '../../types';
import { capitalized } from './sides';

/** A figure as its topic reads it. */
export interface TopicFigure extends Span {
	/** `percent`, `money`, `date`… (`Figure.kind`). */
	kind: string;
	/** Whether it is someone's age ("a 76-year-old farmer"), from the figure's frame. */
	age?: boolean;
}

/** Marks that end a clause before a figure: "According to the minister, exports rose 14%". */
const clauseMarks = new Set([',', ';', ':', '(', ')', '—', '–', '-']);

/** Words that open another clause, whatever the tagger calls them ("as Greek stocks fell", "after 12 hours of talks"). */
const clauseWords = new Set(['as', 'while', 'because', 'after', 'before', 'when', 'since', 'although', 'though', 'whereas', 'if', 'that']);

/** Pronouns that open a relative clause: "the coach, who still has $5 million left": the subject is before the comma. */
const relativePronouns = new Set(['who', 'which', 'that', 'whose']);

/** Words after a copula that carry its sense ("sales were up 12 percent"). */
const copulaParticles = new Set(['up', 'down', 'off', 'out', 'worth']);

/** At most this many words name the subject: "Bilateral wheat trade", "Lena Marsh and Piet Dorr", not a whole noun phrase. */
const maxSubjectWords = 5;

/** Units a figure writes itself, no noun of what it counts ("12 percent", "$5 million"). */
const unitWords = new Set(['percent', 'per', 'cent', '%', 'million', 'billion', 'trillion', 'thousand', 'hundred']);

/**
 * Says what a figure is about in a few words, from its sentence's subject and verb, never from
 * words that merely occur near it:
 * - the figure is an object: the subject and the verb before it ("exports between the two nations
 *   rose 14%" → "Exports rose"; "sales were up 12 percent" → "Sales were up");
 * - the figure is the subject: the noun it counts and the verb after it ("9 people had been hurt" →
 *   "People hurt");
 * - a clause after a verb of saying starts after it ("Officers said 9 people…" is about people, not officers);
 * - a pronoun subject is replaced by the name the figure belongs to ("he landed 40 jabs", owner Dorr →
 *   "Dorr landed"), a relative one by the noun before its comma ("the coach, who has $5 million left" →
 *   "The coach has");
 * - a date or time says when ("When the coach was fired"), an age whose ("Age of Dorr").
 *
 * @param text The article's text.
 * @param sentence The figure's sentence.
 * @param figure The figure.
 * @param owners The names the figure belongs to, as written (its frame's owners).
 * @returns The topic, capitalised, or `undefined` when the sentence gives no subject or verb to tell.
 */
export function figureTopic(text: string, sentence: Span, figure: TopicFigure, owners: string[], people: string[] = []): string | undefined {
	if (figure.age) {
		return owners.length > 0 ? `Age of ${owners[0]}` : 'Age';
	}
	const tokens = tagRange(text, sentence.start, sentence.end);
	const first = tokens.findIndex((token) => token.end > figure.start);
	if (first < 0) {
		return undefined;
	}
	let last = first;
	while (last + 1 < tokens.length && tokens[last + 1].start < figure.end) {
		last++;
	}
	const when = figure.kind === 'date' || figure.kind === 'time';
	// "a May 19 due date": a date that qualifies a noun is named by that noun.
	const qualified = when ? nounsAfter(tokens, last) : undefined;
	if (qualified) {
		return capitalized(qualified);
	}
	const counted = when ? undefined : countedNoun(tokens, first, last);
	// "three years" alone says only that it is a duration: the caller's kind name says as much.
	const topic = objectTopic(tokens, first, owners, counted, people) ?? (figure.kind === 'duration' && counted && !counted.includes(' ') ? undefined : counted);
	if (!topic) {
		return undefined;
	}
	return when ? `When ${lowerFirst(topic, tokens, owners)}` : capitalized(topic);
}

/** Where the figure's clause starts: after a mark, a verb of saying (and its "that"), or a word like "while". */
function clauseStart(tokens: TaggedToken[], first: number): number {
	for (let i = first - 1; i >= 0; i--) {
		const token = tokens[i];
		if ((token.pos === 'PUNCT' && clauseMarks.has(token.text)) || token.pos === 'SCONJ' || clauseWords.has(token.lower) || (token.pos === 'VERB' && speechVerbs.has(token.lower))) {
			return i + 1;
		}
	}
	return 0;
}

/** A main verb: a verb, or an auxiliary with no verb after it ("who still has three years"). */
function isMainVerb(tokens: TaggedToken[], i: number): boolean {
	if (tokens[i].pos === 'VERB') {
		return true;
	}
	if (tokens[i].pos !== 'AUX') {
		return false;
	}
	let next = i + 1;
	while (tokens[next]?.pos === 'ADV' || tokens[next]?.pos === 'PART') {
		next++;
	}
	return tokens[next]?.pos !== 'VERB' && tokens[next]?.pos !== 'AUX';
}

/**
 * "Exports rose", "The coach has", "Dorr landed": the subject and the verb before the figure. With
 * no subject to tell ("he landed 31 of his 90 punches", no owner), the counted noun stands for it:
 * "Punches landed".
 */
function objectTopic(tokens: TaggedToken[], first: number, owners: string[], counted: string | undefined, people: string[]): string | undefined {
	const start = clauseStart(tokens, first);
	let verb = -1;
	for (let i = first - 1; i >= start; i--) {
		if (isMainVerb(tokens, i)) {
			verb = i;
			break;
		}
	}
	if (verb < 0) {
		return undefined;
	}
	const predicate = [tokens[verb].text];
	// "was fired", "is owed": the passive needs its auxiliary; "had been hurt" reads as "hurt".
	let before = verb - 1;
	if (tokens[verb].pos === 'VERB' && tokens[before]?.pos === 'AUX' && /^(?:is|was|were|are|be|can|could|will|would|may|might|must|should)$/.test(tokens[before].lower)) {
		predicate.unshift(tokens[before].text);
	}
	if (copulaParticles.has(tokens[verb + 1]?.lower ?? '') && verb + 1 < first) {
		predicate.push(tokens[verb + 1].text);
	}
	while (before >= start && (tokens[before].pos === 'AUX' || tokens[before].pos === 'ADV' || tokens[before].pos === 'PART')) {
		before--;
	}
	const subject = subjectBefore(tokens, before, start, owners, people) ?? subjectAcrossAside(tokens, before, start, owners, people);
	if (subject) {
		return `${subject} ${predicate.join(' ')}`;
	}
	return counted && tokens[verb].pos === 'VERB' ? `${counted} ${tokens[verb].text}` : undefined;
}

/** "The coach, who still has $5 million left, was fired on May 3": the subject is before the aside. */
function subjectAcrossAside(tokens: TaggedToken[], end: number, start: number, owners: string[], people: string[]): string | undefined {
	if (end >= start || tokens[start - 1]?.text !== ',') {
		return undefined;
	}
	for (let i = start - 2; i > 0; i--) {
		if (tokens[i].text === ',') {
			return subjectBefore(tokens, i - 1, clauseStart(tokens, i), owners, people);
		}
	}
	return undefined;
}

/**
 * The noun a figure counts ("9 people", "40 jabs"), with the verb after it when the figure is the
 * subject ("9 people had been hurt" → "people hurt"); not a unit ("12 percent", "$5 million").
 */
function countedNoun(tokens: TaggedToken[], first: number, last: number): string | undefined {
	let noun = last;
	while (tokens[noun + 1]?.pos === 'NOUN' && !unitWords.has(tokens[noun + 1].lower)) {
		noun++;
	}
	// "six-year deals": the noun after a hyphenated figure, not the unit inside it.
	const from = noun > last ? last + 1 : first;
	const counted = tokens.slice(from, noun + 1).filter((token) => token.pos === 'NOUN' && !unitWords.has(token.lower));
	if (counted.length === 0) {
		return undefined;
	}
	let next = noun + 1;
	while (tokens[next]?.pos === 'AUX' || tokens[next]?.pos === 'ADV' || tokens[next]?.pos === 'PART') {
		next++;
	}
	// "12 hours of talks": what the hours were spent on says more than the unit alone.
	const of = tokens[noun + 1]?.lower === 'of' && tokens[noun + 2]?.pos === 'NOUN' ? ` of ${tokens[noun + 2].text}` : '';
	if (of) {
		return `${counted.map((token) => token.text).join(' ')}${of}`;
	}
	const head = counted.map((token) => token.text).join(' ');
	return tokens[next]?.pos === 'VERB' ? `${head} ${tokens[next].text}` : head;
}

/**
 * The subject's words, ending at token `end`: the first noun chunk of the phrase ("exports
 * between the two nations" → "exports"), without its determiner.
 */
function subjectBefore(tokens: TaggedToken[], end: number, start: number, owners: string[], people: string[]): string | undefined {
	if (end < start || end < 0) {
		return undefined;
	}
	const token = tokens[end];
	if (token.pos === 'PRON') {
		if (relativePronouns.has(token.lower) && tokens[end - 1]?.text === ',') {
			return subjectBefore(tokens, end - 2, clauseStart(tokens, end - 1), owners, people);
		}
		// "He joined the Gulls": a person's pronoun stands for a person the figure belongs to, not the club.
		return (personPronouns.has(token.lower) ? people[0] : undefined) ?? owners[0];
	}
	// Noun chunks joined by prepositions, walked back from the verb: "wheat sales from Arland to Vell
	// rose": the subject is the first chunk ("wheat sales"), the rest says which sales.
	// Names joined by "and" are one subject: "Borodin and Lu agreed".
	let chunk = chunkEnding(tokens, end, start);
	while (chunk && tokens[chunk.from - 1]?.pos === 'CCONJ' && tokens[chunk.from - 1].lower === 'and') {
		const earlier = chunkEnding(tokens, chunk.from - 2, start);
		if (!earlier) {
			break;
		}
		chunk = { from: earlier.from, to: chunk.to };
	}
	while (chunk && tokens[chunk.from - 1]?.pos === 'ADP' && chunk.from - 1 > start) {
		const earlier = chunkEnding(tokens, chunk.from - 2, start);
		if (!earlier) {
			break;
		}
		chunk = earlier;
	}
	if (!chunk) {
		return undefined;
	}
	const words = tokens.slice(chunk.from, chunk.to + 1).filter((word) => word.pos !== 'DET' && word.pos !== 'PRON' && word.pos !== 'NUM');
	if (!words.some((word) => word.pos === 'NOUN' || word.pos === 'PROPN')) {
		return undefined;
	}
	const kept = words.slice(-maxSubjectWords);
	const determiner = /^the$/i.test(tokens[chunk.from].text) && kept[0].pos !== 'PROPN' ? 'the ' : '';
	return `${determiner}${joinWords(kept)}`;
}

/** The noun chunk ending at token `end` ("the two nations", "Kestria's grain exports"), if that token ends one. */
function chunkEnding(tokens: TaggedToken[], end: number, start: number): { from: number; to: number } | undefined {
	if (end < start || !['NOUN', 'PROPN'].includes(tokens[end]?.pos ?? '')) {
		return undefined;
	}
	let from = end;
	while (from - 1 >= start && isChunkWord(tokens[from - 1])) {
		from--;
	}
	return { from, to: end };
}

function isChunkWord(token: TaggedToken): boolean {
	return ['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'].includes(token.pos) || (token.pos === 'DET' && /^(?:the|a|an)$/.test(token.lower)) || (token.pos === 'PRON' && /^(?:his|her|its|their|our)$/.test(token.lower));
}

/** Words as written, a possessive "'s" kept on its noun ("Kestria's exports"). */
function joinWords(words: TaggedToken[]): string {
	return words.map((word, i) => (i > 0 && word.start === words[i - 1].end ? word.text : ` ${word.text}`)).join('').trim();
}

/** The nouns right after token `last` ("due date" in "a May 19 due date"). */
function nounsAfter(tokens: TaggedToken[], last: number): string | undefined {
	let end = last;
	while (tokens[end + 1]?.pos === 'NOUN' || (end === last && tokens[end + 1]?.pos === 'ADJ' && tokens[end + 2]?.pos === 'NOUN')) {
		end++;
	}
	return end > last ? joinWords(tokens.slice(last + 1, end + 1)) : undefined;
}

/**
 * A topic after "When": its first word in lower case unless a name ("When the coach was fired",
 * "When Dorr left"), or the name the figure belongs to, put for a pronoun ("He joined the Gulls
 * on May 14" of the Orla Gulls' coach → "When Orla Gulls joined", whatever the tagger made of "Orla").
 */
function lowerFirst(topic: string, tokens: TaggedToken[], owners: string[]): string {
	const word = topic.split(' ')[0];
	const name = owners.some((owner) => topic.startsWith(`${owner} `)) || tokens.some((token) => token.text === word && token.pos === 'PROPN');
	return name ? topic : topic.charAt(0).toLowerCase() + topic.slice(1);
}
