/** The most UTF-16 units written at once: a JSON report of 1,870 articles was 150 MB in version 1 (61 MB in version 2). */
const defaultSliceLength = 1 << 20;

/**
 * Writes a long report a slice at a time, so that it never exists twice more in memory (as one
 * UTF-8 buffer of its whole length). A slice never ends between the two halves of a surrogate
 * pair: "🚢" cut in two would be written as two replacement characters.
 *
 * @param output The report.
 * @param write Writes one slice (standard output's `write`).
 * @param sliceLength The most UTF-16 units a slice holds (at least 2).
 */
export function writeInSlices(output: string, write: (slice: string) => void, sliceLength = defaultSliceLength): void {
	for (let start = 0; start < output.length; ) {
		let end = Math.min(output.length, start + sliceLength);
		if (end < output.length && /[\uD800-\uDBFF]/.test(output[end - 1])) {
			end--;
		}
		write(output.slice(start, end));
		start = end;
	}
}
