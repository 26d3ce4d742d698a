/**
 * Which of some thresholds (ascending) a value reaches: 0 below the first, 1 from the first to
 * the second, …, `thresholds.length` at or above the last. A finder that only compares how alike
 * two passages are with a few thresholds reads this band, not the value: with thresholds
 * [0.3, 0.5], a similarity of 0.41 is band 1, and so is 0.4100000000000001 after an edit elsewhere
 * moved a word's weight in its last digits.
 */
export function bandOf(value: number, thresholds: readonly number[]): number {
	let band = 0;
	while (band < thresholds.length && value >= thresholds[band]) {
		band++;
	}
	return band;
}
