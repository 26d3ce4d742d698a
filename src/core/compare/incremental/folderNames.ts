import { collectNameEvidence, findEntityMentions, type NameEvidence } from '../../entities';
import { groupEntities } from '../../entities/grouping';
import type { ArticleAnalysis, CorpusAnalysis, EntityMention, InputWarning, ParsedArticle } from '../../types';
import { editedArticles, type LastNames, movedEntities, sameOwnEvidence } from './namesKept';

type Collection = keyof NameEvidence;

/** The most articles edited since the last call whose evidence is compared alone (more: the folder's is read again). */
const maxEditedKept = 8;

const collections: Collection[] = ['capitalised', 'names', 'acronyms', 'adjectives', 'cases', 'votes'];

/** What one article's name pass read of the folder's evidence: keys looked up, and collections read whole. */
interface Reads {
	keys: Record<Collection, Set<string>>;
	whole: Set<Collection>;
}

/** Evidence that changed since the previous folder: per collection, the keys whose answer changed, or every key. */
type Changes = Record<Collection, Set<string> | 'all'>;

/**
 * `combineAnalyses` for an editor, which calls it after every edit: the folder's name evidence is
 * gathered again (one pass over the articles' cached paragraphs) unless the edited articles' own
 * evidence is what it was, and then the identities are the last ones, their mentions moved, if the
 * edited articles name the same names (`namesKept.ts`). An article's names are
 * found again only when the evidence its last pass looked up changed ("Brenn" now capitalised
 * mid-sentence somewhere) or it is new; the identities are then grouped as `combineAnalyses`
 * groups them. The result is the one `combineAnalyses` gives the same articles.
 */
export class FolderNames {
	private readonly found = new WeakMap<ParsedArticle, { mentions: EntityMention[]; reads: Reads }>();
	/**
	 * Per article's own analysis, the folder's analysis last made of it: given again while its
	 * mentions are the same array. An edit of one article then leaves every other article's analysis
	 * the same object, and what the comparison kept of an article holds while its analysis does (the
	 * draft cache checks again what judgements read of an analysis replaced: every article's, were
	 * each made anew).
	 */
	private readonly withNames = new WeakMap<ArticleAnalysis, ArticleAnalysis>();
	private previous: NameEvidence | undefined;
	/** The last call's articles, evidence, names and identities (`namesKept.ts`). */
	private last: LastNames | undefined;
	/** Articles whose names were found afresh in the last call. */
	foundAfresh = 0;
	/** Whether the last call read the whole folder's evidence, and grouped its names afresh (else kept them, `namesKept.ts`). */
	readEvidence = true;
	groupedAfresh = true;

	/**
	 * Groups the names of analysed articles into identities, with the whole folder as evidence.
	 *
	 * @param articles Each article's own analysis.
	 * @param warnings Problems met while reading them, carried into the result.
	 * @returns The folder's analysis, as `combineAnalyses` returns it.
	 */
	combine(articles: ArticleAnalysis[], warnings: InputWarning[] = []): CorpusAnalysis {
		const last = this.last;
		const edited = last && editedArticles(last.articles, articles);
		// An edit that leaves the folder's evidence as it was (most do: a figure, a word) keeps it, unread.
		const kept = last && edited && edited.length <= maxEditedKept && edited.every((i) => sameOwnEvidence(last.articles[i].parsed, articles[i].parsed));
		const evidence = kept ? last.evidence : collectNameEvidence(articles.map(({ parsed }) => parsed));
		const changes = kept ? noChanges() : this.previous ? changesBetween(this.previous, evidence) : undefined;
		this.previous = evidence;
		this.foundAfresh = 0;
		const withFolderNames = articles.map((analysis) => {
			const known = this.found.get(analysis.parsed);
			if (known && changes && !affected(known.reads, changes)) {
				return this.named(analysis, known.mentions);
			}
			const reads: Reads = { keys: { capitalised: new Set(), names: new Set(), acronyms: new Set(), adjectives: new Set(), cases: new Set(), votes: new Set() }, whole: new Set() };
			const mentions = findEntityMentions(analysis.parsed, watched(evidence, reads));
			this.found.set(analysis.parsed, { mentions, reads });
			this.foundAfresh++;
			return this.named(analysis, mentions);
		});
		const moved =
			kept &&
			movedEntities(
				last.entities,
				edited.map((i) => ({
					article: articles[i].parsed.article.id,
					before: { text: last.articles[i].parsed.article.text, mentions: last.mentions[i] },
					after: { text: articles[i].parsed.article.text, mentions: withFolderNames[i].mentions },
				})),
			);
		const entities = moved || groupEntities(withFolderNames.map(({ parsed, mentions }) => ({ id: parsed.article.id, text: parsed.article.text, mentions })));
		this.readEvidence = !kept;
		this.groupedAfresh = !moved;
		this.last = { articles: [...articles], evidence, mentions: withFolderNames.map(({ mentions }) => mentions), entities };
		return { articles: withFolderNames, entities, warnings };
	}

	/** An article's analysis with the folder's mentions: the one made last time, when of the same analysis and mentions. */
	private named(analysis: ArticleAnalysis, mentions: EntityMention[]): ArticleAnalysis {
		const made = this.withNames.get(analysis);
		if (made?.mentions === mentions) {
			return made;
		}
		const named = { ...analysis, mentions };
		this.withNames.set(analysis, named);
		return named;
	}
}

/** No evidence changed. */
function noChanges(): Changes {
	return { capitalised: new Set(), names: new Set(), acronyms: new Set(), adjectives: new Set(), cases: new Set(), votes: new Set() };
}

/** Whether evidence an article's pass read has changed. */
function affected(reads: Reads, changes: Changes): boolean {
	return collections.some((collection) => {
		const changed = changes[collection];
		if (changed !== 'all' && changed.size === 0) {
			return false;
		}
		if (changed === 'all' || reads.whole.has(collection)) {
			return true;
		}
		for (const key of reads.keys[collection]) {
			if (changed.has(key)) {
				return true;
			}
		}
		return false;
	});
}

/** Per collection, the keys whose answer differs between two folders' evidence. */
function changesBetween(before: NameEvidence, after: NameEvidence): Changes {
	const sets = (a: Set<string>, b: Set<string>) => {
		const changed = new Set<string>();
		for (const key of a) {
			if (!b.has(key)) {
				changed.add(key);
			}
		}
		for (const key of b) {
			if (!a.has(key)) {
				changed.add(key);
			}
		}
		// A pass that reads a collection whole (its order too) sees a change of order: every key counts as changed.
		return changed.size === 0 && !sameOrder(a, b) ? 'all' : changed;
	};
	// Maps of counts: a key whose counts differ, or that one side lacks, has changed.
	const counts = <T extends object>(a: Map<string, T>, b: Map<string, T>, same: (x: T, y: T) => boolean): Set<string> | 'all' => {
		const changed = new Set<string>();
		for (const [key, record] of a) {
			const other = b.get(key);
			if (!other || !same(record, other)) {
				changed.add(key);
			}
		}
		for (const key of b.keys()) {
			if (!a.has(key)) {
				changed.add(key);
			}
		}
		return changed.size === 0 && !sameOrder(new Set(a.keys()), new Set(b.keys())) ? 'all' : changed;
	};
	return {
		capitalised: sets(before.capitalised, after.capitalised),
		names: sets(before.names, after.names),
		acronyms: sets(before.acronyms, after.acronyms),
		adjectives: sets(before.adjectives, after.adjectives),
		cases: counts(before.cases, after.cases, (x, y) => x.capitalised === y.capitalised && x.lower === y.lower),
		votes: counts(before.votes, after.votes, (x, y) => x.person === y.person && x.organization === y.organization && x.place === y.place),
	};
}

function sameOrder(a: Set<string>, b: Set<string>): boolean {
	const other = b.values();
	for (const key of a) {
		if (other.next().value !== key) {
			return false;
		}
	}
	return true;
}

/**
 * The evidence as the name pass sees it, noting what it reads: a key looked up (`has`, `get`),
 * or a collection read whole (iterated, counted), which makes the article depend on all of it.
 */
function watched(evidence: NameEvidence, reads: Reads): NameEvidence {
	const wrap = <T extends object>(collection: Collection, target: T): T =>
		new Proxy(target, {
			get(real, property) {
				if (property === 'has' || property === 'get') {
					const lookUp = (Reflect.get(real, property, real) as (key: string) => unknown).bind(real);
					return (key: string) => {
						reads.keys[collection].add(key);
						return lookUp(key);
					};
				}
				reads.whole.add(collection);
				const value = Reflect.get(real, property, real) as unknown;
				return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value;
			},
		});
	return {
		capitalised: wrap('capitalised', evidence.capitalised),
		names: wrap('names', evidence.names),
		acronyms: wrap('acronyms', evidence.acronyms),
		adjectives: wrap('adjectives', evidence.adjectives),
		cases: wrap('cases', evidence.cases),
		votes: wrap('votes', evidence.votes),
	};
}
