import type { Entity, LocatedMention } from '../../types';
import type { CompareContext, DiscrepancyDraft } from '../context';
import { findSpellings } from '../discrepancies/spellings';

/** One identity's spelling drafts, with the identity they were found for. */
interface Judged {
	entity: Entity;
	drafts: DiscrepancyDraft[];
}

/**
 * `findSpellings` for the editor's comparison, one identity at a time, kept while the identity's
 * type, name and mentions (each one's article, place and words) stay the same and none of its
 * mentions is in an article whose text changed. The finder reads nothing else of an identity but
 * the outlets' names (the draft cache forgets this cache whenever one changes: its epoch) and
 * the texts at its mentions. "Brenn" in three outlets and "Bren" in one is judged again only when
 * an edit moves one of its mentions or touches an article that names it.
 */
export class SpellingCache {
	/** By identity type and name, the identity last judged under it and what it gave. */
	private byName = new Map<string, Judged>();
	/** Each article's text at the last call. */
	private texts = new Map<string, string>();

	/**
	 * The spelling drafts of a folder, in the order `findSpellings` gives them.
	 *
	 * @param context The comparison.
	 * @returns What `findSpellings(context)` returns.
	 */
	drafts(context: CompareContext): DiscrepancyDraft[] {
		// The articles whose text changed (a string kept from the last call is the same object: compared at once).
		const texts = new Map<string, string>();
		const edited = new Set<string>();
		for (const article of context.articleIds) {
			const text = context.textOf(article);
			texts.set(article, text);
			if (this.texts.get(article) !== text) {
				edited.add(article);
			}
		}
		this.texts = texts;
		const next = new Map<string, Judged>();
		const all: DiscrepancyDraft[] = [];
		for (const entity of context.corpus.entities) {
			const key = `${entity.type}|${entity.name}`;
			const known = this.byName.get(key);
			const drafts = known && sameIdentity(known.entity, entity, edited) ? known.drafts : findSpellings({ ...context, corpus: { ...context.corpus, entities: [entity] } });
			// Two identities of one name and type (rare): the first keeps its record, the second is judged each time.
			if (!next.has(key)) {
				next.set(key, { entity, drafts });
			}
			for (const draft of drafts) {
				all.push(draft);
			}
		}
		this.byName = next;
		return all;
	}
}

/** Whether two identities (each made afresh by the name grouping, never changed after) have the same type, name and mentions, in the same order, none in an edited article. */
function sameIdentity(a: Entity, b: Entity, edited: ReadonlySet<string>): boolean {
	return a.type === b.type && a.name === b.name && a.mentions.length === b.mentions.length && a.mentions.every((mention, i) => sameMention(mention, b.mentions[i]) && !edited.has(mention.article));
}

function sameMention(a: LocatedMention, b: LocatedMention): boolean {
	return a.article === b.article && a.start === b.start && a.end === b.end && a.text === b.text;
}
