import { collectNameEvidence, type NameEvidence } from '../../entities';
import type { ArticleAnalysis, Entity, EntityMention, LocatedMention, ParsedArticle } from '../../types';

// What `FolderNames` keeps of the folder when an edit leaves its names as they were: the
// evidence (every article's words read again costs more than all else an edit does at 1,000
// articles), and the grouping of names into identities, its mentions moved with the text.

/** The articles of the last call whose parse changed, by index; undefined when articles came, went or moved. */
export function editedArticles(before: readonly ArticleAnalysis[], after: readonly ArticleAnalysis[]): number[] | undefined {
	if (before.length !== after.length) {
		return undefined;
	}
	const edited: number[] = [];
	for (let i = 0; i < after.length; i++) {
		if (before[i].parsed !== after[i].parsed) {
			if (before[i].parsed.article.id !== after[i].parsed.article.id) {
				return undefined;
			}
			edited.push(i);
		}
	}
	return edited;
}

/**
 * Whether an edit leaves the folder's name evidence as it was: the article's own evidence before
 * and after is the same, in the same order. The folder's evidence is each article's recorded in
 * turn (sets and counts added to, first-met order kept; a verbatim copy counted at its original's
 * place adds to keys its original met first), so the same own evidence at the same place gives
 * the same folder's. The one step after recording, acronyms written capitalised elsewhere
 * dropped, drops from the folder what the article's own drops ("NATO" beside "Nato"), so
 * comparing what is left of each is enough.
 *
 * Example: "rose 27%" edited to "rose 28%" records the same capitals, names and votes.
 */
export function sameOwnEvidence(before: ParsedArticle, after: ParsedArticle): boolean {
	const [x, y] = [collectNameEvidence([before]), collectNameEvidence([after])];
	const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && sameSequence(a, b, (p, q) => p === q);
	const sameMap = <T extends object>(a: Map<string, T>, b: Map<string, T>) => a.size === b.size && sameSequence(a, b, ([k, p], [l, q]) => k === l && JSON.stringify(p) === JSON.stringify(q));
	return (
		sameSet(x.capitalised, y.capitalised) &&
		sameSet(x.names, y.names) &&
		sameSet(x.acronyms, y.acronyms) &&
		sameSet(x.adjectives, y.adjectives) &&
		sameMap(x.cases, y.cases) &&
		sameMap(x.votes, y.votes)
	);
}

function sameSequence<T>(a: Iterable<T>, b: Iterable<T>, same: (x: T, y: T) => boolean): boolean {
	const other = b[Symbol.iterator]();
	for (const item of a) {
		const next = other.next();
		if (next.done || !same(item, next.value)) {
			return false;
		}
	}
	return other.next().done === true;
}

/** One edited article's names, before and after. */
export interface NamesMoved {
	article: string;
	before: { text: string; mentions: readonly EntityMention[] };
	after: { text: string; mentions: readonly EntityMention[] };
}

/**
 * The last grouping of names into identities, for an edit that changed no name: each edited
 * article names the same names (the same writing, type and located text, in the same order),
 * only at other places. Grouping reads the names' writings, types, articles and counts, and
 * places only to order each identity's mentions within an article, which an edit that moves
 * every name in order keeps; so the identities are the last ones, their mentions moved.
 * Undefined when a name differs.
 *
 * Example: "Mayor Ilse Vorn said 30 boats" edited to "Mayor Ilse Vorn said 300 boats" moves
 * the names after "30" one place on; "Ilse Vorn" edited to "Ilse Vörn" is another name.
 */
export function movedEntities(entities: readonly Entity[], edits: readonly NamesMoved[]): Entity[] | undefined {
	const moves = new Map<string, Map<number, EntityMention>>();
	for (const { article, before, after } of edits) {
		if (before.mentions.length !== after.mentions.length) {
			return undefined;
		}
		const byStart = new Map<number, EntityMention>();
		for (let i = 0; i < before.mentions.length; i++) {
			const [was, now] = [before.mentions[i], after.mentions[i]];
			const ordered = i === 0 || (was.start > before.mentions[i - 1].start && now.start > after.mentions[i - 1].start);
			if (!ordered || was.text !== now.text || was.type !== now.type || before.text.slice(was.start, was.end) !== after.text.slice(now.start, now.end)) {
				return undefined;
			}
			byStart.set(was.start, now);
		}
		moves.set(article, byStart);
	}
	let lost = false;
	const move = (mention: LocatedMention): LocatedMention => {
		const byStart = moves.get(mention.article);
		if (!byStart) {
			return mention;
		}
		const now = byStart.get(mention.start);
		lost ||= now === undefined;
		return now ? { start: now.start, end: now.end, article: mention.article, text: mention.text } : mention;
	};
	const moved = entities.map((entity) => (entity.mentions.some((mention) => moves.has(mention.article)) ? { ...entity, mentions: entity.mentions.map(move) } : entity));
	// (A mention of an edited article not among its names cannot be: grouped from them, it would be a bug to carry it.)
	return lost ? undefined : moved;
}

/** What the last call kept, to compare the next with. */
export interface LastNames {
	articles: readonly ArticleAnalysis[];
	evidence: NameEvidence;
	mentions: readonly EntityMention[][];
	entities: Entity[];
}
