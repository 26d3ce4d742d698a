import type { CorpusAnalysis, Entity, LocatedMention } from '../types';
import { entityKey, type ResolvedMention } from './units';

/** A mention of a name, with the identity it names. */
export interface NamedMention {
	mention: LocatedMention;
	entity: Entity;
}

/** A mention of a name with its identity and that identity's key (`entityKey`). */
export interface KeyedMention extends NamedMention {
	key: string;
}

/**
 * Each article's mentions of the folder's names, with their identities, in text order (of two at
 * one place, the identity listed first first): what the aligner's passages name (`resolveMentions`),
 * where the folder writes one place inside another (`placesWrittenTogether`) and what the finders
 * that read a name's facts beside a figure look at (`mentionsByArticle`), read from one index made
 * once per list of identities.
 *
 * Example: identities [Ada Lenz: a@0, b@40; Tarn: a@20] give a: [Ada Lenz@0, Tarn@20], b: [Ada Lenz@40].
 */
export function articleMentions(entities: readonly Entity[]): ReadonlyMap<string, readonly KeyedMention[]> {
	let index = indexes.get(entities);
	if (!index) {
		index = build(entities);
		indexes.set(entities, index);
	}
	return index;
}

const indexes = new WeakMap<readonly Entity[], ReadonlyMap<string, readonly KeyedMention[]>>();

function build(entities: readonly Entity[]): Map<string, KeyedMention[]> {
	const byArticle = new Map<string, KeyedMention[]>();
	for (const entity of entities) {
		const key = entityKey(entity);
		for (const mention of entity.mentions) {
			let list = byArticle.get(mention.article);
			if (!list) {
				list = [];
				byArticle.set(mention.article, list);
			}
			list.push({ mention, entity, key });
		}
	}
	for (const list of byArticle.values()) {
		list.sort((a, b) => a.mention.start - b.mention.start);
	}
	return byArticle;
}

/**
 * Maps each article's mentions to a stable key for its identity: the canonical name in lower
 * case ("ilse varga" for "Vargue" once grouped), so that outlets that spell a name
 * differently still share the feature.
 *
 * @param entities The identities of the folder.
 * @returns Per article id, its mentions sorted by offset.
 */
export function resolveMentions(entities: readonly Entity[]): Map<string, ResolvedMention[]> {
	const byArticle = new Map<string, ResolvedMention[]>();
	for (const [article, list] of articleMentions(entities)) {
		byArticle.set(
			article,
			list.map(({ mention, key }) => ({ start: mention.start, end: mention.end, key })),
		);
	}
	return byArticle;
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
	for (const [article, list] of articleMentions(corpus.entities)) {
		const kept = list.filter((named) => keep(named.entity));
		if (kept.length > 0) {
			byArticle.set(article, kept);
		}
	}
	return byArticle;
}
