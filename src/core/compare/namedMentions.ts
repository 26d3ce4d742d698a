import type { CorpusAnalysis, Entity, LocatedMention } from '../types';

/** A mention of a name, with the identity it names. */
export interface NamedMention {
	mention: LocatedMention;
	entity: Entity;
}

/**
 * Each article's mentions of the names `keep` accepts, in text order: what the finders that read
 * a fact of a name wherever an article gives it (an age, a record) look beside a figure for.
 *
 * @param corpus The folder's analysis.
 * @param keep Which identities to read ("people only").
 */
export function mentionsByArticle(corpus: CorpusAnalysis, keep: (entity: Entity) => boolean): Map<string, NamedMention[]> {
	const byArticle = new Map<string, NamedMention[]>();
	for (const entity of corpus.entities) {
		if (!keep(entity)) {
			continue;
		}
		for (const mention of entity.mentions) {
			const list = byArticle.get(mention.article) ?? [];
			list.push({ mention, entity });
			byArticle.set(mention.article, list);
		}
	}
	for (const list of byArticle.values()) {
		list.sort((a, b) => a.mention.start - b.mention.start);
	}
	return byArticle;
}
