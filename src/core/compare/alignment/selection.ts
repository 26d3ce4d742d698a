/**
 * The n-th largest partial score of some candidates (0 when there are n or fewer): a cut-off
 * without sorting every candidate. Candidates [4, 9] with scores {4: 0.5, 9: 2.25} and n = 1
 * give 2.25.
 *
 * @param candidates Unit ids.
 * @param count How many of `candidates` to read (all of them when left out).
 * @param scores Scores by unit id.
 * @param n How many to keep.
 * @param buffer Room for the candidates' scores, reused between calls (grown when short).
 * @returns The cut-off and the buffer (the same one or a larger).
 */
export function nthLargest(
	candidates: ArrayLike<number>,
	scores: Float64Array,
	n: number,
	buffer: Float64Array,
	count = candidates.length,
): { cutoff: number; buffer: Float64Array } {
	if (count <= n) {
		return { cutoff: 0, buffer };
	}
	if (buffer.length < count) {
		buffer = new Float64Array(Math.max(count, buffer.length * 2));
	}
	for (let i = 0; i < count; i++) {
		buffer[i] = scores[candidates[i]];
	}
	return { cutoff: kthSmallest(buffer.subarray(0, count), count - n), buffer };
}

/**
 * The k-th smallest value (0-based) of an array, which it reorders:
 * Hoare's selection, linear on average, where sorting the hundreds of candidates of every passage
 * cost a twentieth of the report. [5, 1, 3] with k = 1 gives 3.
 */
export function kthSmallest(values: Float64Array, k: number): number {
	let low = 0;
	let high = values.length - 1;
	while (low < high) {
		const pivot = values[(low + high) >>> 1];
		let i = low;
		let j = high;
		while (i <= j) {
			while (values[i] < pivot) {
				i++;
			}
			while (values[j] > pivot) {
				j--;
			}
			if (i <= j) {
				const swap = values[i];
				values[i] = values[j];
				values[j] = swap;
				i++;
				j--;
			}
		}
		if (k <= j) {
			high = j;
		} else if (k >= i) {
			low = i;
		} else {
			return values[k];
		}
	}
	return values[k];
}
