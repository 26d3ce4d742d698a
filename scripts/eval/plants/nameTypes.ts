import type { Entity, Span } from '../../../src/core/types';
import type { ComparedCluster } from '../pipeline';

/** Capitalised words of letters, hyphens or apostrophes: "Rancho Mirage", "O'Brien", not "Tenn." or "NBA". */
export const plainName = /^\p{Lu}\p{Ll}+(?:['-]\p{L}\p{Ll}*)*(?: \p{Lu}\p{Ll}+(?:['-]\p{L}\p{Ll}*)*)*$/u;

/**
 * Whether an identity is surely a person, by a test that does not trust the analysis's typing
 * (a plant in a misread title would measure nothing): a full name of plain words whose last word
 * the cluster also uses alone ("Tara Reid" … "Reid"), and uses the way only people are used
 * (see `personContext`). Titles, events and landmarks ("Golden Globe", "Pin-Up Legend", "Athens
 * Acropolis") fail one or the other.
 *
 * @param entity An identity the analysis types as a person.
 * @param cluster Its cluster, for the words around the surname and the quotes' speakers.
 * @returns Whether it passes.
 */
export function surelyPerson(entity: Entity, cluster: ComparedCluster): boolean {
	const words = entity.name.split(' ');
	const surname = words[words.length - 1];
	if (entity.type !== 'person' || words.length < 2 || !plainName.test(entity.name) || !entity.forms.includes(surname)) {
		return false;
	}
	const speakers = cluster.corpus.articles.flatMap(({ quotes }) => quotes.map((quote) => quote.speaker?.name.split(' ').pop()));
	return speakers.includes(surname) || [...cluster.texts.values()].some((text) => personContext(surname).test(text));
}

/**
 * Where only a person stands: after a title ("Ms. Reid"), before or after a speech verb
 * ("Reid said", "said Reid"), or before an age ("Reid, 33,").
 */
function personContext(surname: string): RegExp {
	return new RegExp(`\\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.? ${surname}\\b|${surname}(?:'s)? (?:said|says|told|added|wrote)\\b|(?:said|says|told) ${surname}\\b|${surname}, \\d{1,3},)`);
}

/** Words that put a place after them: "in Athens", "near Woodburn", "from Texas". */
const placeLead = /\b(?:in|at|near|from)\s+$/;

/**
 * Whether a name stands as a place where it is written: right after "in", "at", "near" or
 * "from" ("signed in Geneva"), not as a modifier ("the Philadelphia 76ers", "a Tennessee senator").
 *
 * @param text The article's text.
 * @param span Where the name is.
 * @returns Whether it does.
 */
export function standsAsPlace(text: string, span: Span): boolean {
	return placeLead.test(text.slice(Math.max(0, span.start - 8), span.start));
}

/**
 * Whether an identity is surely a place: a plain name the analysis types as a place that the
 * cluster writes, at least once, as a place (`standsAsPlace`).
 *
 * @param entity An identity.
 * @param cluster Its cluster, for the words before each mention.
 * @returns Whether it passes.
 */
export function surelyPlace(entity: Entity, cluster: ComparedCluster): boolean {
	return entity.type === 'place' && plainName.test(entity.name) && entity.mentions.some((mention) => standsAsPlace(cluster.texts.get(mention.article)!, mention));
}
