import type { Span } from '../../types';
import { figureTopic, type TopicFigure } from './figureTopic';
import { capitalized, countOf, listInProse, sidesText, type Side } from './sides';

/** One outlet's figure as a title reads it. */
export interface TitledFigure {
	/** The article's text. */
	text: string;
	/** The figure's sentence. */
	sentence: Span;
	figure: TopicFigure & { unit: string };
	/** The names it belongs to (its frame's owners), as the folder names them. */
	owners: string[];
	/** Those of them that are people: what "he" or "she" stands for. */
	people?: string[];
}

/** Sentences read for a topic: a handful tell what most outlets say. */
const maxTopicSentences = 6;

/**
 * What a disputed figure is about ("Exports rose", "People hurt", "When the coach was fired"),
 * read from its outlets' sentences (`figureTopic`, `chooseTopic`).
 *
 * @param figures The outlets' figures, best aligned first.
 */
export function figureTitleTopic(figures: TitledFigure[]): string {
	const topics = figures.slice(0, maxTopicSentences).map((item) => rememberedTopic(item.text, item.sentence, item.figure, item.owners, item.people ?? []));
	return chooseTopic(topics, figures.find((item) => item.owners.length > 0)?.owners[0], figures[0].figure);
}

/**
 * The topics of figures read before, by their sentence's words, then by what else `figureTopic`
 * reads: where the figure stands in the sentence, its kind, whether it is an age, and its owners.
 * In a big folder one sentence tells the topic of many disputes (each claim and near miss its
 * figure is in; wire copy repeats it across outlets), and tagging it again each time was most of
 * the figure finder at 3,000 articles.
 */
const topics = new Map<string, Map<string, { topic: string | undefined }>>();
let topicCount = 0;

/** Topics remembered at most (a few megabytes), before the sentences read longest ago are forgotten. */
const maxTopics = 50_000;

/**
 * The same, by the sentence's span object, with the text it was read in: the finder passes one
 * claim member's span for each dispute its figure is in, so most look-ups need not hash the
 * sentence's words.
 */
let topicsBySpan = new WeakMap<Span, { text: string; start: number; end: number; topics: Map<string, { topic: string | undefined }> }>();

function rememberedTopic(text: string, sentence: Span, figure: TopicFigure, owners: string[], people: string[]): string | undefined {
	const bySpan = topicsBySpan.get(sentence);
	const ofSentence = bySpan !== undefined && bySpan.text === text && bySpan.start === sentence.start && bySpan.end === sentence.end ? bySpan.topics : topicsOfSentence(text, sentence);
	const key = `${figure.start - sentence.start} ${figure.end - sentence.start} ${figure.kind} ${figure.age === true} ${owners.join('\u0000')} ${people.join('\u0000')}`;
	let known = ofSentence.get(key);
	if (known === undefined) {
		known = { topic: figureTopic(text, sentence, figure, owners, people) };
		ofSentence.set(key, known);
		topicCount++;
	}
	return known.topic;
}

/** The topics read in a sentence's words, found by the words (and noted for its span). */
function topicsOfSentence(text: string, sentence: Span): Map<string, { topic: string | undefined }> {
	const words = text.slice(sentence.start, sentence.end);
	let ofSentence = topics.get(words);
	if (ofSentence === undefined) {
		while (topicCount >= maxTopics && topics.size > 0) {
			const [oldest, its] = topics.entries().next().value!;
			topicCount -= its.size;
			topics.delete(oldest);
		}
		ofSentence = new Map();
		// NOTE: the sentence is copied out of the slice, which would hold the whole article alive.
		topics.set((' ' + words).slice(1), ofSentence);
	}
	topicsBySpan.set(sentence, { text, start: sentence.start, end: sentence.end, topics: ofSentence });
	return ofSentence;
}

/** Forgets the topics read (once a folder is compared). */
export function forgetFigureTopics(): void {
	topics.clear();
	topicsBySpan = new WeakMap();
	topicCount = 0;
}

/** What a figure of this kind is called when its sentence names nothing better ("Share: 12% vs 14%"). */
const kindNames: Record<string, string> = {
	percent: 'Share',
	money: 'Sum',
	date: 'Date',
	time: 'Time',
	duration: 'Duration',
	range: 'Range',
	number: 'Figure',
};

/**
 * The topic of a disputed figure from the topics its outlets' sentences give: the one most of them
 * give ("Exports rose" twice, "Foreign sales grew" once), else the first (the passage most like the
 * others); with none, the name it belongs to, else what the figure counts ("Number of people").
 *
 * @param topics Each outlet's topic (`figureTopic`), best aligned first; `undefined` where its sentence tells none.
 * @param owner The name the figure belongs to, if any.
 * @param figure The kind and unit of the first figure.
 */
export function chooseTopic(topics: (string | undefined)[], owner: string | undefined, figure: { kind: string; unit: string }): string {
	const counts = new Map<string, { topic: string; count: number }>();
	for (const topic of topics) {
		if (topic) {
			const key = topic.toLowerCase();
			counts.set(key, { topic: counts.get(key)?.topic ?? topic, count: (counts.get(key)?.count ?? 0) + 1 });
		}
	}
	const best = [...counts.values()].sort((x, y) => y.count - x.count)[0];
	if (best) {
		return best.topic;
	}
	if (owner) {
		return owner;
	}
	return figure.kind === 'count' && figure.unit ? `Number of ${figure.unit}` : (kindNames[figure.kind] ?? capitalized(figure.kind));
}

/**
 * The title of a disputed figure: "Exports rose: 14% (Ledger, Post) vs 12 percent (Daily)".
 *
 * @param topic What the figure is about (`chooseTopic`).
 * @param sides Each value as written and the articles that give it, the commonest first.
 * @param outlet The outlet name of an article.
 */
export function figureSummary(topic: string, sides: Side[], outlet: (article: string) => string): string {
	return `${topic}: ${sidesText(sides, outlet)}`;
}

/**
 * Why a figure is flagged, in words; the title already says which outlet gives which: "The
 * figure differs: 14% against 12 percent." With three values or more: "Three values are given:
 * 9, 11 and 12."
 *
 * @param values Each value as written, the commonest first.
 */
export function figureReason(values: string[]): string {
	if (values.length === 2) {
		return `The figure differs: ${values[0]} against ${values[1]}.`;
	}
	return `${capitalized(countOf(values.length, 'value'))} are given: ${listInProse(values)}.`;
}

/**
 * Why a figure given without its unit is flagged: "The same value, but Daily gives it without its unit."
 *
 * @param articles The articles that drop the unit.
 * @param outlet The outlet name of an article.
 */
export function unitDroppedReason(articles: string[], outlet: (article: string) => string): string {
	const names = [...new Set(articles.map(outlet))];
	return names.length === 0 ? 'The same value, but one outlet gives it without its unit.' : `The same value, but ${outletsInProse(articles, outlet)} ${names.length === 1 ? 'gives' : 'give'} it without its unit.`;
}

function outletsInProse(articles: string[], outlet: (article: string) => string): string {
	const names = [...new Set(articles.map(outlet))];
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
