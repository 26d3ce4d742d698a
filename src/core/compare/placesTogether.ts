import { placeDivisions } from '../text/lexicon/places';
import type { CorpusAnalysis, LocatedMention } from '../types';
import { entityKey } from './units';

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
	let pairs = written.get(corpus.entities);
	if (!pairs) {
		pairs = readPairs(corpus);
		written.set(corpus.entities, pairs);
	}
	return pairs;
}

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

function readPairs(corpus: CorpusAnalysis): ReadonlySet<string> {
	const byArticle = new Map<string, { mention: LocatedMention; key: string }[]>();
	for (const entity of corpus.entities) {
		const key = entityKey(entity);
		for (const mention of entity.mentions) {
			const list = byArticle.get(mention.article) ?? [];
			list.push({ mention, key });
			byArticle.set(mention.article, list);
		}
	}
	const pairs = new Set<string>();
	for (const { parsed } of corpus.articles) {
		const text = parsed.article.text;
		const mentions = (byArticle.get(parsed.article.id) ?? []).sort((a, b) => a.mention.start - b.mention.start);
		for (let i = 0; i + 1 < mentions.length; i++) {
			const [inner, outer] = [mentions[i], mentions[i + 1]];
			const gap = text.slice(inner.mention.end, outer.mention.start);
			if (inner.key !== outer.key && gap.length <= maxGap && holdingGap.test(gap) && !listGoesOn.test(text.slice(outer.mention.end, outer.mention.end + 8))) {
				pairs.add(placePair(inner.key, outer.key));
			}
		}
	}
	return pairs;
}
