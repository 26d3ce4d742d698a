import type { Entity } from '../types';

/**
 * How many articles name each identity, counted once per identity object: the name finders read
 * it for every pair of names of every claim judged ("Tomas Vey" named by 900 of 1,000 articles is
 * not counted again per claim). Identities are never changed in place (an edit that moves names
 * makes new ones: `movedEntities`), so a count kept by the object stays true.
 */
const counts = new WeakMap<Entity, number>();

/** The number of articles among an identity's mentions: "Vey" twice in one article and once in another names 2. */
export function articlesNaming(entity: Entity): number {
	let count = counts.get(entity);
	if (count === undefined) {
		count = new Set(entity.mentions.map((mention) => mention.article)).size;
		counts.set(entity, count);
	}
	return count;
}
