import { maxPostings } from './partialScores';

/**
 * How rare a feature is, read at the precision a weight needs. A feature's weight is its idf,
 * log(1 + passages / passages with it): "port" in 41 of 4,000 sentences weighs log(1 + 4000/41)
 * ≈ 4.59, in 42 of them 4.57. Counted exactly, one edit that turns a "14%" into a "15%" moves the
 * weight of "14%" and "15%", and so every similarity of every sentence that holds either, and the
 * editor aligns and judges those sentences again to learn that nothing changed (a folder of 1,000
 * generated articles: 7,900 passages grouped again after one such edit). Counts are therefore read
 * exactly up to `exactUpTo` (rare features, whose weight one passage moves a lot: 3 against 4
 * passages) and above it in steps of about 4.4% (2^(1/16)): 40 and 41 both read as 39.7, and a
 * weight moves by at most 0.044 from the exact one. Steps of 9% (2^(1/8)) were tried: they moved
 * enough borderline alignments of the dev clusters to list two more figures, both noise; steps of
 * 4.4% list exactly what exact counts list there and on the seeds, tuning, held-out and story
 * clusters. The folder compared from scratch reads the same counts, so an edit and a fresh
 * comparison agree.
 */
const exactUpTo = 16;

/** Steps per doubling above `exactUpTo`: 16 steps of 2^(1/16) ≈ 1.044. */
const stepsPerDoubling = 16;

/**
 * A count as weights read it: itself up to 16, then the start of its step (40 → 39.7, 41 → 39.7,
 * 42 → 41.5).
 */
export function coarseCount(count: number): number {
	if (count <= exactUpTo) {
		return count;
	}
	const step = Math.floor(stepsPerDoubling * Math.log2(count / exactUpTo));
	return exactUpTo * 2 ** (step / stepsPerDoubling);
}

/**
 * A feature's weight: its idf among the live passages of its kind, both counts read coarsely
 * (`coarseCount`), times its boost.
 *
 * @param total The live passages of the feature's kind.
 * @param frequency The passages that hold the feature.
 * @param boost How much the feature's kind counts (a name 1.5 times a word).
 */
export function rarityWeight(total: number, frequency: number, boost: number): number {
	return Math.log(1 + coarseCount(total) / coarseCount(Math.max(1, frequency))) * boost;
}

/**
 * What a posting list's length says to everything that reads it: its coarse count (the weight),
 * whether it holds one passage at most (a figure value no other passage has is left out of the
 * vectors) and whether it is over `maxPostings` (left out of the candidate search). Two lengths
 * of one class give the same weights, vectors and searches, save for the searches that read
 * lists by their length alone (`SearchResult.rarest`).
 */
export function lengthClass(length: number): number {
	const coarse = coarseCount(Math.max(1, length));
	return length > maxPostings ? -coarse : coarse;
}
