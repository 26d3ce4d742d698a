/**
 * A name's spellings across the folder (`Form`: every mention of one `nameKey`), the unit the
 * name grouping joins (`grouping.ts`), and the few reads of a group of them the joining rules
 * and the identities (`identities.ts`) share.
 */
import * as lexicalTypeModule from './lexicalType';
import type { DisjointSets } from './disjointSets';
import type { EntityMention, EntityType, LocatedMention } from '../types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { lexicalType, nameKey } = lexicalTypeModule;

/** One article's mentions, as `groupEntities` takes them. */
export interface ArticleMentions {
	/** `Article.id`. */
	id: string;
	/** `Article.text`: each mention's located text is read from it. */
	text: string;
	/** The article's mentions, from `findEntityMentions`. */
	mentions: EntityMention[];
}

/** Every mention of one spelling of a name (its `nameKey`), across the folder. */
export interface Form {
	/** `nameKey` of the spelling. */
	key: string;
	/** The key's words. */
	words: string[];
	/** How often each exact spelling occurs (`Borodine`, `BORODINE`). */
	surfaces: Map<string, number>;
	/** Every mention, in folder order. */
	mentions: LocatedMention[];
	/** Ids of the articles that use it. */
	articles: Set<string>;
	/** The mentions' types, counted. */
	votes: Record<EntityType, number>;
	/** The type the words alone imply ("… Agency", "Beijing"). */
	lexical: EntityType | undefined;
	/** One word written in capitals, two to six letters ("IOC", "U.S."). */
	acronym: boolean;
	/** Rank of its first mention in the folder. */
	order: number;
}

/** Gathers mentions by spelling, in folder order. */
export function collectForms(articles: readonly ArticleMentions[]): Form[] {
	const byKey = new Map<string, Form>();
	const keys = new Map<string, string>();
	let order = 0;
	for (const article of articles) {
		for (const mention of article.mentions) {
			let key = keys.get(mention.text);
			if (key === undefined) {
				key = nameKey(mention.text);
				keys.set(mention.text, key);
			}
			let form = byKey.get(key);
			if (!form) {
				const words = key.split(' ');
				form = { key, words, surfaces: new Map(), mentions: [], articles: new Set(), votes: { person: 0, organization: 0, place: 0 }, lexical: lexicalType(words), acronym: false, order };
				byKey.set(key, form);
			}
			form.surfaces.set(mention.text, (form.surfaces.get(mention.text) ?? 0) + 1);
			form.mentions.push({ start: mention.start, end: mention.end, article: article.id, text: article.text.slice(mention.start, mention.end) });
			form.articles.add(article.id);
			form.votes[mention.type]++;
			form.acronym ||= form.words.length === 1 && isAcronym(mention.text);
			order++;
		}
	}
	return [...byKey.values()];
}

/** Capitals only, built once (see `wordShapes.ts`). */
const capitalsPattern = /^\p{Lu}+$/u;

/** Two to six capitals, dots allowed ("IOC", "U.S.", "AUKUS"). */
export function isAcronym(text: string): boolean {
	const letters = text.replace(/[.\s]/g, '');
	return letters.length >= 2 && letters.length <= 6 && capitalsPattern.test(letters);
}

/** Indices of the forms that pass a test. */
export function indicesWhere(forms: Form[], test: (form: Form) => boolean): number[] {
	return forms.flatMap((form, i) => (test(form) ? [i] : []));
}

/** The forms of the group a form belongs to. */
export function groupOf(forms: Form[], sets: DisjointSets, index: number): Form[] {
	const root = sets.find(index);
	return forms.filter((_, i) => sets.find(i) === root);
}

/** A group seen as one form: its mentions and articles together (for `consensusAllows`). */
export function merged(group: Form[]): Form {
	return { ...group[0], mentions: group.flatMap((form) => form.mentions), articles: new Set(group.flatMap((form) => [...form.articles])) };
}

/** Two types agree when either is unknown or both are the same. */
export function compatible(a: EntityType | undefined, b: EntityType | undefined): boolean {
	return a === undefined || b === undefined || a === b;
}
