import type { IdList } from './idList';

/**
 * The choices of a whole folder's searches (`CandidateSearch.searchAll`) in typed arrays: a
 * folder's 35,000 passages choose 860,000 matches, and an array pair per passage would be copied
 * by every young-generation collection until all are noted.
 */

/** What the searches of a list of units chose: the unit at place `at` chose `chosen[starts[at]]` up to `chosen[starts[at + 1]]`, at `scores` of the same places. */
export interface PackedChoices {
	starts: Int32Array;
	chosen: Int32Array;
	scores: Float64Array;
}

/** Choices appended as searched, grown by doubling. */
export class ChoiceBuffer {
	chosen = new Int32Array(1024);
	scores = new Float64Array(1024);
	length = 0;

	/** Appends the articles found, in order, and clears their best scores. */
	take(found: IdList, bestIds: Int32Array, bestScores: Float64Array): void {
		if (this.length + found.length > this.chosen.length) {
			const chosen = new Int32Array(Math.max(this.length + found.length, this.chosen.length * 2));
			chosen.set(this.chosen.subarray(0, this.length));
			const scores = new Float64Array(chosen.length);
			scores.set(this.scores.subarray(0, this.length));
			this.chosen = chosen;
			this.scores = scores;
		}
		for (let i = 0; i < found.length; i++) {
			const article = found.items[i];
			this.chosen[this.length] = bestIds[article];
			this.scores[this.length++] = bestScores[article];
			bestScores[article] = 0;
		}
	}

	/** The choices laid out by place, from each place's range (start, end) in the buffer. */
	inOrder(ranges: Int32Array): PackedChoices {
		const places = ranges.length / 2;
		const starts = new Int32Array(places + 1);
		const chosen = new Int32Array(this.length);
		const scores = new Float64Array(this.length);
		for (let at = 0; at < places; at++) {
			const from = ranges[2 * at];
			const to = ranges[2 * at + 1];
			chosen.set(this.chosen.subarray(from, to), starts[at]);
			scores.set(this.scores.subarray(from, to), starts[at]);
			starts[at + 1] = starts[at] + to - from;
		}
		return { starts, chosen, scores };
	}
}
