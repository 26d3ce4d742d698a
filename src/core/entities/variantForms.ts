import type { Entity } from '../types';
import * as lexicalTypeModule from './lexicalType';
import { holds } from './keyWords';
import { headingWordAfter } from './spellingGuards';

// The spellings of one identity that really differ, for the Entities view, the name card and the spelling finder.

// NOTE: imports read once, as in `entities/tokens.ts`.
const { nameKey } = lexicalTypeModule;

/**
 * The spellings of an entity that really differ, with the articles that use each: forms that are
 * only a part of a fuller form ("Borodin" in "Vadim Borodin", "Tianbao" in "Tianbao News Agency"),
 * acronyms and aliases ("IOC", "US") and case ("BORODINE") are folded into the form they belong to,
 * so that only variants remain ("Vadim Borodin" / "Vadim Borodine").
 *
 * @param entity An entity from `groupEntities`.
 * @returns One item per distinct spelling, the most used first; a single item means no variant.
 */
export function variantForms(entity: Entity): { form: string; articles: string[] }[] {
	const byKey = new Map<string, { surface: string; articles: Set<string> }>();
	// Wire copy writes one name the same way in many articles: each writing is keyed once.
	const keyOf = new Map<string, string>();
	const keyOfText = (text: string) => keyOf.get(text) ?? keyOf.set(text, nameKey(text)).get(text)!;
	for (const mention of entity.mentions) {
		const key = keyOfText(mention.text);
		const entry = byKey.get(key) ?? { surface: mention.text, articles: new Set<string>() };
		entry.articles.add(mention.article);
		byKey.set(key, entry);
	}
	const keys = [...byKey.keys()];
	// A form read too far ("Ada Quell Wins", `headingWordAfter`) is held by the form it extends, and
	// holds nothing itself: else each would hold the other, neither would be a variant, and another
	// outlet's "Ada Quel" would be the only spelling left, compared with none.
	const readTooFar = (key: string, other: string) => entity.type === 'person' && headingWordAfter(key, other);
	const hosts = (key: string) => keys.filter((other) => other !== key && ((holds(other, key) && !readTooFar(other, key)) || readTooFar(key, other)));
	const maximal = keys.filter((key) => hosts(key).length === 0);
	for (const key of keys) {
		// "Vellasco" belongs to "Andre Vellasco" and "Anre Vellasco" alike: it counts for neither.
		const owners = hosts(key).filter((other) => maximal.includes(other));
		for (const article of owners.length === 1 ? byKey.get(key)!.articles : []) {
			byKey.get(owners[0])!.articles.add(article);
		}
	}
	return maximal
		.map((key) => ({ form: preferredSurface(entity, key, keyOfText), articles: [...byKey.get(key)!.articles].sort() }))
		.sort((a, b) => b.articles.length - a.articles.length);
}

/** The entity's most common writing of a spelling, in capitals only if there is no other. */
function preferredSurface(entity: Entity, key: string, keyOfText: (text: string) => string): string {
	const counts = new Map<string, number>();
	for (const mention of entity.mentions) {
		if (keyOfText(mention.text) === key) {
			counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
		}
	}
	const mixed = (text: string) => (text === text.toUpperCase() ? 0 : 1);
	return [...counts.entries()].sort((a, b) => mixed(b[0]) - mixed(a[0]) || b[1] - a[1])[0][0];
}
