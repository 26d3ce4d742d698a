import { placeDivisions } from '../text/lexicon/places';
import type { CorpusAnalysis } from '../types';
import { articleMentions, type KeyedMention } from './namedMentions';

/**
 * Pairs of names the folder's own articles write one inside the other, as keys `a↔b` (sorted):
 * "Halden, Tarnford" (a town and its county or state), "the Halden section of Tarnford", "Orla
 * province on the island of Vessa", "Brisk district in Vell". Outlets that put one event in either
 * tell it coarser or finer, as "Athens" and "Greece" do; the gazetteers (`entities/places.ts`) know
 * countries, regions and cities, not a city's neighbourhoods nor a province's villages, which the
 * folder's own words place. Lists are not containment: "Halden, Tarnford and Vell" names three
 * places side by side.
 *
 * @param corpus The folder's analysis.
 * @returns The pairs, read once per folder.
 */
export function placesWrittenTogether(corpus: CorpusAnalysis): ReadonlySet<string> {
	// Keyed by the identities: the editor's draft cache hands each finder a corpus of its own over the same ones.
	const folder = (corpus.entities as CorpusAnalysis['entities'] & { [folderIdentities]?: CorpusAnalysis['entities'] })[folderIdentities];
	let pairs = written.get(folder ?? corpus.entities);
	if (!pairs) {
		pairs = readPairs(folder ? { ...corpus, entities: folder } : corpus);
		written.set(folder ?? corpus.entities, pairs);
	}
	return pairs;
}

/**
 * Makes a corpus cut to some of a folder's identities (the editor's draft cache judges one claim
 * over the identities it names, `namedIn`) answer `placesWrittenTogether` with the folder's pairs,
 * as the comparison from scratch reads them, without reading the folder's names again per claim.
 */
export function placesOfFolder(folder: CorpusAnalysis, part: CorpusAnalysis): void {
	// Noted on the part's list of identities (made per claim judged, a quarter of a million at a first comparison of
	// 1,000 articles), not in the weak map: each entry of a weak map is work for every garbage collection while it lasts.
	Object.defineProperty(part.entities, folderIdentities, { value: folder.entities, enumerable: false });
}

/** On a list of some of a folder's identities (`placesOfFolder`): the folder's whole list. */
const folderIdentities = Symbol('folder identities');

/** The key of a pair of identities, either order. */
export function placePair(a: string, b: string): string {
	return a < b ? `${a}↔${b}` : `${b}↔${a}`;
}

const written = new WeakMap<CorpusAnalysis['entities'], ReadonlySet<string>>();

/** A division word, as the text may write it between two names ("section", "province"). */
const division = String.raw`(?:${[...placeDivisions].join('|')})`;

/**
 * What stands between a place and the place that holds it: a comma ("Halden, Tarnford"), or a
 * division word and "in", "of", "on" ("Halden section of Tarnford", "Orla province on the island
 * of Vessa", "Halden in Tarnford").
 */
const holdingGap = new RegExp(String.raw`^(?:\s+${division})?\s*(?:,|\s(?:in|of|on)\s+(?:the\s+)?(?:${division}\s+of\s+)?)\s*$`, 'i');

/** What follows the second of a list's names: another name after a comma, or "and"/"or" ("Halden, Tarnford and Vell"). */
const listGoesOn = /^\s*(?:,\s*(?:and\s+|or\s+)?\p{Lu}|\s+(?:and|or|&)\s)/u;

/** How far apart two names may stand, in characters: "Orla province on the island of Vessa" needs 28. */
const maxGap = 40;

/**
 * What one article wrote together, by the article object, with the names it was read from: the
 * editor's folder changes one article per edit, and the other articles' names are the same mention
 * objects under the same keys while their identities stay (`namesKept.ts`).
 */
const byArticleRead = new WeakMap<object, { list: readonly KeyedMention[]; pairs: string[] }>();

function readPairs(corpus: CorpusAnalysis): ReadonlySet<string> {
	const lists = articleMentions(corpus.entities);
	const pairs = new Set<string>();
	for (const { parsed } of corpus.articles) {
		const list = lists.get(parsed.article.id) ?? noNames;
		let read = byArticleRead.get(parsed.article);
		if (!read || !sameNames(read.list, list)) {
			read = { list, pairs: articlePairs(parsed.article.text, list) };
			byArticleRead.set(parsed.article, read);
		}
		for (const pair of read.pairs) {
			pairs.add(pair);
		}
	}
	return pairs;
}

const noNames: readonly KeyedMention[] = [];

/** Whether two lists of an article's names hold the same mentions under the same keys, in order. */
function sameNames(a: readonly KeyedMention[], b: readonly KeyedMention[]): boolean {
	return a === b || (a.length === b.length && a.every((named, i) => named.mention === b[i].mention && named.key === b[i].key));
}

/** The pairs one article writes one inside the other, from its names in text order. */
function articlePairs(text: string, mentions: readonly KeyedMention[]): string[] {
	const pairs: string[] = [];
	for (let i = 0; i + 1 < mentions.length; i++) {
		const [inner, outer] = [mentions[i], mentions[i + 1]];
		const gap = text.slice(inner.mention.end, outer.mention.start);
		if (inner.key !== outer.key && gap.length <= maxGap && holdingGap.test(gap) && !listGoesOn.test(text.slice(outer.mention.end, outer.mention.end + 8))) {
			pairs.push(placePair(inner.key, outer.key));
		}
	}
	return pairs;
}
