import { kthSmallest } from './selection';

/** Per place of a group of copies: its search's cut-off and how many candidates at the cut-off it may still score. */
export interface CopyCutoffs {
	cutoffs: Float64Array;
	ties: Int32Array;
}

/**
 * The cut-offs of the searches of a group of verbatim copies of a passage (`CandidateSearch.searchAll`),
 * worked out from one ranking of what they met: each copy leaves out its own article's passages, so
 * its cut-off is the n-th largest partial score of the others. Ten copies that met 800 passages
 * rank the best 32 + k once instead of selecting among 800 ten times (k: the most any copy leaves out).
 * Example: scores [9, 8, 8, 5] met, the 9 in the copy's own article, n = 2: its cut-off is 8, with
 * both 8s scored (ties 2); another copy's is 8 with one of them (the first met).
 *
 * @param met The passages met, `count` of them, in the order met; `scores` their partial scores.
 * @param articles Each passage's article number.
 * @param owns Each copy's article number.
 * @param n How many candidates a search scores exactly.
 * @param tally Room for a count per article number, every entry -1 (left so).
 * @returns Undefined when a partial score is 0 (a feature of no weight): the copies are then searched one by one.
 */
export function copyCutoffs(met: Int32Array, scores: Float64Array, count: number, articles: readonly number[], owns: readonly number[], n: number, tally: Int32Array): CopyCutoffs | undefined {
	for (let i = 0; i < count; i++) {
		if (scores[i] === 0) {
			return undefined;
		}
	}
	for (const own of owns) {
		tally[own] = 0;
	}
	for (let i = 0; i < count; i++) {
		const article = articles[met[i]];
		if (tally[article] >= 0) {
			tally[article]++;
		}
	}
	const left = owns.map((own) => tally[own]);
	for (const own of owns) {
		tally[own] = -1;
	}
	const cutoffs = new Float64Array(owns.length);
	const ties = new Int32Array(owns.length).fill(n);
	if (count <= n) {
		// Every copy scores every passage it met (as `nthLargest` gives 0, and no partial score is below it).
		owns.forEach((_, p) => (ties[p] = n - (count - left[p])));
		return { cutoffs, ties };
	}
	// The best n + k of what was met (ties at the last included), best first.
	const wanted = Math.min(count, n + Math.max(...left));
	const values = scores.slice(0, count);
	const least = kthSmallest(values, count - wanted);
	const ranked: number[] = [];
	for (let i = 0; i < count; i++) {
		if (scores[i] >= least) {
			ranked.push(i);
		}
	}
	ranked.sort((x, y) => scores[y] - scores[x]);
	owns.forEach((own, p) => {
		const candidates = count - left[p];
		if (candidates <= n) {
			ties[p] = n - candidates;
			return;
		}
		let taken = 0;
		let cutoff = 0;
		for (const i of ranked) {
			if (articles[met[i]] !== own && ++taken === n) {
				cutoff = scores[i];
				break;
			}
		}
		let above = 0;
		for (const i of ranked) {
			if (scores[i] <= cutoff) {
				break;
			}
			if (articles[met[i]] !== own) {
				above++;
			}
		}
		cutoffs[p] = cutoff;
		ties[p] = n - above;
	});
	return { cutoffs, ties };
}
