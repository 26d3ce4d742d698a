import { overlap, passagesOf, type Passage } from '../plain/text';
import type { ComparedCluster } from '../pipeline';

/**
 * How a passage's counterparts in other outlets are chosen, judged on content words alone (see
 * `plain/text.ts`), never by the aligner the evaluation measures. Each scheme is reported apart.
 */
export interface Scheme {
	/** Its name in the tables. */
	name: string;
	/** Least number of content words in common: "He said no." matches anything. */
	minShared: number;
	/** Least Dice overlap of the two passages' content words. */
	minDice: number;
	/** Dice overlap at which a counterpart is a near copy and belongs to another scheme (exclusive). */
	belowDice?: number;
	/** Headlines only, each with other outlets' headlines. */
	headlines?: boolean;
}

/**
 * Near copies: half the content words shared, four or more ("The mayor closed the harbour on
 * Monday" / "On Monday the mayor closed the harbour").
 */
export const nearCopy: Scheme = { name: 'near copy', minShared: 4, minDice: 0.5 };

/**
 * Any other sentence that carries the same claim in other words: five content words shared and
 * a Dice overlap from 0.3, below the near copies ("The mayor ordered the harbour shut on Monday
 * after the storm wrecked two piers" / "Two piers were wrecked, and on Monday the harbour was shut
 * by the mayor's order"). Five words, not four, since a looser match needs more evidence.
 */
export const anyCounterpart: Scheme = { name: 'any counterpart', minShared: 5, minDice: 0.3, belowDice: 0.5 };

/**
 * Headlines against headlines: three content words shared and a Dice overlap from 0.3, since a
 * headline is short ("Ferry strike ends after nine days" / "Nine-day ferry strike ends in Tarn").
 * The schemes above take headlines too, but a headline seldom shares five words with anything.
 */
export const headline: Scheme = { name: 'headline', minShared: 3, minDice: 0.3, headlines: true };

/** Every scheme, in the order the tables list them. */
export const schemes: readonly Scheme[] = [nearCopy, anyCounterpart, headline];

/**
 * Groups of a passage and its counterparts under a scheme (the best one per other article whose
 * best passage fits the scheme), the passage first.
 *
 * @param cluster The original, analysed (for its texts only).
 * @param scheme How close a counterpart must be.
 * @returns The groups, in article and text order.
 */
export function counterpartGroups(cluster: ComparedCluster, scheme: Scheme): Passage[][] {
	const key = scheme.name;
	const cached = computed.get(cluster)?.get(key);
	if (cached) {
		return cached;
	}
	const groups = findCounterparts(cluster, scheme);
	computed.set(cluster, (computed.get(cluster) ?? new Map()).set(key, groups));
	return groups;
}

const computed = new WeakMap<ComparedCluster, Map<string, Passage[][]>>();

function findCounterparts(cluster: ComparedCluster, scheme: Scheme): Passage[][] {
	const read = [...cluster.texts].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([article, text]) => passagesOf(article, text));
	const passages = scheme.headlines ? read.filter((passage) => passage.headline) : read;
	// Only passages sharing a word are ever compared: an index from word to passages.
	const byWord = new Map<string, Passage[]>();
	for (const passage of passages) {
		for (const word of passage.words) {
			byWord.set(word, [...(byWord.get(word) ?? []), passage]);
		}
	}
	const groups: Passage[][] = [];
	for (const passage of passages) {
		const candidates = new Set([...passage.words].flatMap((word) => byWord.get(word)!).filter((other) => other.article !== passage.article));
		const best = new Map<string, { other: Passage; dice: number; shared: number }>();
		for (const other of candidates) {
			const { shared, dice } = overlap(passage, other);
			if (dice > (best.get(other.article)?.dice ?? -1)) {
				best.set(other.article, { other, dice, shared });
			}
		}
		const fitting = [...best.values()].filter(({ shared, dice }) => shared >= scheme.minShared && dice >= scheme.minDice && dice < (scheme.belowDice ?? Infinity));
		if (fitting.length > 0) {
			groups.push([passage, ...fitting.map(({ other }) => other)]);
		}
	}
	return groups;
}
