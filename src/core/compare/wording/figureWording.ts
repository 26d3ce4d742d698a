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
	const topics = figures.slice(0, maxTopicSentences).map((item) => figureTopic(item.text, item.sentence, item.figure, item.owners));
	return chooseTopic(topics, figures.find((item) => item.owners.length > 0)?.owners[0], figures[0].figure);
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
