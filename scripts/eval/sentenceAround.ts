/**
 * The sentence around a stretch of an article, on one line, for reading a discrepancy's passage
 * while labelling it: from the last line break or sentence end before it to the next after it.
 *
 * @param text The article's text.
 * @param start Where the stretch starts.
 * @param end Where it ends.
 * @returns The sentence, its white space folded.
 */
export function sentenceAround(text: string, start: number, end: number): string {
	const from = Math.max(text.lastIndexOf('\n', start), ...['. ', '? ', '! '].map((stop) => text.lastIndexOf(stop, start - 1) + 1));
	const stops = ['\n', '. ', '? ', '! '].map((stop) => text.indexOf(stop, end)).filter((at) => at >= 0);
	return text.slice(from, stops.length > 0 ? Math.min(...stops) + 1 : text.length).replace(/\s+/g, ' ').trim();
}
