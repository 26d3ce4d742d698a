import { diffArrays } from 'diff';
import { passagesOf, quotedSpans, wordsOf, type Word } from '../plain/text';
import { alreadyFlagged, fileOf, type Edit, type Plant } from '../plant';
import type { ComparedCluster } from '../pipeline';
import type { Random } from '../random';
import { counterpartGroups, type Scheme } from './counterparts';
/** Verbs that take a "not" right after them: "will" → "will not", "is" → "is not". */
const negatable = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does', 'did', 'has', 'have', 'had']);

/** "have", "has" and "had" take a "not" or an adverb only as auxiliaries ("have done", not "have problems"). */
const possession = new Set(['has', 'have', 'had']);
/** Past participles as they mostly end: "closed", "taken", "shown", "done". */
const participle = /(?:ed|en|wn|ne)$/;

/** Words a "not" would only garble: "have no" → "have not no". */
const negative = new Set(['not', 'no', 'never', 'nothing', 'none', 'nobody', 'neither', 'nor']);

/** One modal for another that changes what was promised or demanded. */
const modalSwaps: Record<string, string> = { should: 'must', must: 'should', will: 'would', would: 'will', can: 'could', could: 'can', may: 'might', might: 'may' };

/**
 * Words after which a verb or an adjective usually follows, so an adverb inserted there
 * qualifies it ("we will completely reject", "it was deliberately done").
 */
const beforeVerb = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'to', 'we', 'they', 'i', 'you', 'he', 'she', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'be', 'been']);

/** Adverbs an outlet might add to a quote. */
const insertedAdverbs = ['deliberately', 'brutally', 'completely'];

/** Words in -ly that are not adverbs of manner, so dropping them is no intensifier change ("only", "family"). */
const notAdverbs = new Set(['only', 'early', 'family', 'likely', 'unlikely', 'reply', 'supply', 'apply', 'rely', 'daily', 'weekly', 'monthly', 'yearly', 'rally', 'ally', 'belly', 'holy', 'jolly', 'lonely', 'friendly', 'elderly', 'assembly', 'nearly', 'ugly', 'silly', 'lovely', 'costly', 'deadly', 'orderly']);

/** Number words are never swapped: a changed number is a figure change, measured on its own. */
const numberWord = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|percent)$/;

/** A way to reword a quote at one word of it. */
type Rewording = 'negation' | 'modal' | 'intensifier' | 'word';

/** Quotes shorter than a dozen characters are names and terms ("Tarnline", "the Wall"), not statements. */
const minQuoteLength = 12;

/**
 * Words in quotation marks whose passage has a counterpart in another outlet (in marks or not:
 * the same words as reported speech are the same claim), each with one rewording planted where
 * the counterpart has the same words around it (so that the change is inside what they share):
 * a "not" added, a modal swapped, an adverb inserted or dropped, or a content word replaced.
 *
 * @param cluster The original, analysed.
 * @param scheme How counterparts are chosen.
 * @param random Chooses the rewording and where it goes.
 * @returns At most one plant per quote of each article.
 */
export function quotePlants(cluster: ComparedCluster, scheme: Scheme, random: Random): Plant[] {
	const vocabulary = clusterVocabulary(cluster);
	const plants = new Map<string, Plant>();
	const quotes = new Map([...cluster.texts].map(([article, text]) => [article, quotedSpans(text, minQuoteLength)]));
	for (const [passage, ...counterparts] of counterpartGroups(cluster, scheme)) {
		const text = cluster.texts.get(passage.article)!;
		for (const quote of quotes.get(passage.article)!.filter((span) => span.start < passage.end && passage.start < span.end)) {
			// One plant per quote, though a quote over two sentences is in two passages.
			const key = `${passage.article}:${quote.start}`;
			const words = wordsOf(text, Math.max(quote.start, passage.start), Math.min(quote.end, passage.end));
			if (plants.has(key) || words.length < 4 || alreadyFlagged(cluster, 'quote', passage.article, quote)) {
				continue;
			}
			for (const witness of counterparts) {
				const theirs = wordsOf(cluster.texts.get(witness.article)!, witness.start, witness.end);
				const options = rewordings(words, sharedRuns(words, theirs), new Set([...words, ...theirs].map(norm)), vocabulary);
				const variant = chooseRewording([...options.keys()], random);
				if (variant) {
					plants.set(key, { kind: 'quote', variant, scheme: scheme.name, article: passage.article, file: fileOf(cluster, passage.article), edits: [random.pick(options.get(variant)!)(random)], witness: witness.article, witnessSpan: { start: witness.start, end: witness.end } });
					break;
				}
			}
		}
	}
	return [...plants.values()];
}

/**
 * Picks the kind of rewording. A word swap fits nearly every quote, the others only some: they
 * are taken three times in four when they fit, so that each is measured, not only swaps.
 */
function chooseRewording(kinds: Rewording[], random: Random): Rewording | undefined {
	const telling = kinds.filter((kind) => kind !== 'word');
	if (telling.length > 0 && (random.next() < 0.75 || telling.length === kinds.length)) {
		return random.pick(telling);
	}
	return kinds.length > 0 ? random.pick(kinds) : undefined;
}

/** For each token of `a`, the number of the run of words it shares with `b` (-1 outside any). */
function sharedRuns(a: Word[], b: Word[]): number[] {
	const runs = new Array<number>(a.length).fill(-1);
	let index = 0;
	let run = 0;
	for (const part of diffArrays(a.map(norm), b.map(norm))) {
		if (part.added) {
			continue;
		}
		if (!part.removed) {
			runs.fill(run++, index, index + part.value.length);
		}
		index += part.value.length;
	}
	return runs;
}

/**
 * Every rewording that fits the quote, by kind: each a function that makes the edit. A word
 * is changed only with shared words on both sides of it, an insertion only between two shared
 * words, so that the other outlet's version pins the change down.
 */
function rewordings(tokens: Word[], runs: number[], norms: Set<string>, vocabulary: Word[]): Map<Rewording, ((random: Random) => Edit)[]> {
	const options = new Map<Rewording, ((random: Random) => Edit)[]>();
	const add = (kind: Rewording, make: (random: Random) => Edit) => options.set(kind, [...(options.get(kind) ?? []), make]);
	const unrelated = vocabulary.filter((candidate) => !norms.has(candidate.norm));
	const shared = (from: number, to: number) => from >= 0 && to < tokens.length && runs[from] >= 0 && runs.slice(from, to + 1).every((run) => run === runs[from]);
	tokens.forEach((token, i) => {
		const word = token.norm;
		const next = tokens[i + 1]?.norm ?? '';
		const auxiliary = !possession.has(word) || participle.test(next);
		if (negatable.has(word) && auxiliary && shared(i, i + 1) && !negative.has(next)) {
			add('negation', () => ({ start: token.end, end: token.end, text: ' not' }));
		}
		if (modalSwaps[word] && shared(i - 1, i + 1)) {
			add('modal', () => ({ start: token.start, end: token.end, text: sameCase(modalSwaps[word], token) }));
		}
		const previous = tokens[i - 1]?.norm ?? '';
		if (isPlainWord(token) && token.content && !word.endsWith('ly') && beforeVerb.has(previous) && (!possession.has(previous) || participle.test(word)) && shared(i - 1, i)) {
			add('intensifier', (random) => ({ start: token.start, end: token.start, text: `${random.pick(insertedAdverbs)} ` }));
		}
		// A dropped adverb takes the one space after it along ("was particularly difficult" → "was difficult").
		if (isPlainWord(token) && word.length > 4 && word.endsWith('ly') && !notAdverbs.has(word) && shared(i - 1, i + 1) && tokens[i + 1].start - token.end === 1) {
			add('intensifier', () => ({ start: token.start, end: tokens[i + 1].start, text: '' }));
		}
		const replacements = isSwappable(token) && shared(i - 1, i + 1) ? unrelated.filter((candidate) => endingOf(candidate.norm) === endingOf(word)) : [];
		if (replacements.length > 0) {
			add('word', (random) => ({ start: token.start, end: token.end, text: random.pick(replacements).norm }));
		}
	});
	return options;
}

/** A lower-case word of letters only: not a name, a number or a contraction. */
function isPlainWord(token: Word): boolean {
	return /^[a-z]+$/.test(token.norm) && !token.capitalized;
}

/** A content word a careless rewording could replace: four letters or more, no -ly adverb, no number. */
function isSwappable(token: Word): boolean {
	return isPlainWord(token) && token.content && token.norm.length >= 4 && !token.norm.endsWith('ly') && !numberWord.test(token.norm);
}

/**
 * The cluster's own swappable words, one token each, sorted: a swapped word comes from the same
 * story, as a careless rewording would.
 */
function clusterVocabulary(cluster: ComparedCluster): Word[] {
	const words = new Map<string, Word>();
	for (const [article, text] of cluster.texts) {
		for (const token of passagesOf(article, text).flatMap((passage) => wordsOf(text, passage.start, passage.end))) {
			if (isSwappable(token) && !words.has(token.norm)) {
				words.set(token.norm, token);
			}
		}
	}
	return [...words.values()].sort((a, b) => (a.norm < b.norm ? -1 : 1));
}

/** The inflection a word ends with, so a swapped word fits the sentence ("reaching" for "believing", not "reach"). */
function endingOf(word: string): string {
	return /(?:ing|ed|s)$/.exec(word)?.[0] ?? '';
}

function sameCase(word: string, like: Word): string {
	return like.capitalized ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

function norm(token: Word): string {
	return token.norm;
}
