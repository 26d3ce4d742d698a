/**
 * Numbers joined by hyphens into one chain: a score ("won 104-98") or a win-loss-draw record
 * ("Brisk (31-4-1)"). Each place of the chain is its own quantity: the 4 of "31-4-1" counts
 * losses and is no other outlet's "24 knockouts", nor the first place of "Brisk is 4-1 since the
 * injury".
 */

/**
 * Where a number stands in its chain.
 *
 * @param text The text the offsets point into.
 * @param start Where the number starts.
 * @param end Where it ends.
 * @returns `place/length` ("1/3" for the 4 of "31-4-1"), or undefined for a number standing alone.
 */
export function chainPlace(text: string, start: number, end: number): string | undefined {
	const parts = chainAround(text, start, end);
	return parts ? `${parts.before}/${parts.numbers.length}` : undefined;
}

/**
 * Whether a number is of a chain the aligner does not read: a record of three places or more
 * ("38-6-1") or a score with a side of three digits ("171-128"). Every bout or game of a sports
 * folder has one, so as features they would join passages about other bouts ("Rook, 38-6-1,
 * fell in the seventh" / "Dorn, 21-9-3, went the distance"); the figure finder compares them
 * once the passages are aligned by their words. A two-place score of small numbers ("9-3",
 * "41-2") stays a feature, as it always was.
 */
export function unalignedChain(text: string, start: number, end: number): boolean {
	const parts = chainAround(text, start, end);
	return parts !== undefined && (parts.numbers.length >= 3 || parts.numbers.some((number) => number.length >= 3));
}

/** The numbers of a number's chain and how many stand before it; undefined for a number alone. */
export function chainAround(text: string, start: number, end: number): { numbers: string[]; before: number } | undefined {
	const before = chainBefore.exec(text.slice(Math.max(0, start - reach), start))?.[0] ?? '';
	const after = chainAfter.exec(text.slice(end, end + reach))?.[0] ?? '';
	if (before === '' && after === '') {
		return undefined;
	}
	const split = (run: string) => run.split(/[-\u2013]/).filter((number) => number !== '');
	return { numbers: [...split(before), text.slice(start, end), ...split(after)], before: split(before).length };
}

/** Numbers and hyphens glued before the number ("31-" of "31-4"), not a year span's "2008-" nor a decimal's tail. */
const chainBefore = /(?<!\d|\d[.,])(?:\d{1,3}[-\u2013])+$/;

/** Hyphens and numbers glued after it ("-4-1" of "31-4-1", "-3" of "fell to 29-4."), not a decimal ("-3.5"). */
const chainAfter = /^(?:[-\u2013]\d{1,3}(?!\d|[.,]\d))+/;

/** Characters read either side: a chain of a few short numbers. */
const reach = 16;
