import type { Figure } from '../types';

/**
 * Whether one figure is the other given to fewer decimals, rounded (or, for a price, its cents
 * cut): "$349" for "$349.99", "6 miles" for "6.2 miles" (a converted distance rounded), "$4
 * billion" for "$4.2 billion". Outlets round for the reader; a reader does not call that a
 * disagreement. Both must be written in one scale ("billion" on both sides, or neither) and one
 * unit; "6.2" and "6.5" (the same decimals) differ as written, and times and dates are
 * never rounded ("6.30 pm" is not "6 pm").
 *
 * @param a A figure.
 * @param b Another figure of the same quantity.
 * @returns `true` when the coarser one is the finer one rounded or cut to its decimals.
 */
export function roundedAgree(a: Figure, b: Figure): boolean {
	if (a.unit !== b.unit || a.kind !== b.kind || !roundable.has(a.kind)) {
		return false;
	}
	const [x, y] = [written(a), written(b)];
	if (!x || !y || x.decimals === y.decimals || !sameScale(a.value / x.numeral, b.value / y.numeral)) {
		return false;
	}
	const [coarse, fine] = x.decimals < y.decimals ? [x, y] : [y, x];
	const factor = 10 ** coarse.decimals;
	const target = Math.round(coarse.numeral * factor);
	// Cents are cut as often as rounded ("$99" for "$99.99"); anything else is rounded: "$4 billion" is no
	// rounding of "$4.7 billion".
	const cents = a.kind === 'money' && coarse.decimals === 0 && a.value === x.numeral;
	return Math.round(fine.numeral * factor) === target || (cents && Math.trunc(fine.numeral * factor) === target);
}

/** Amounts only: "6.30 pm" is no rounding of "6 pm", nor a date of another. */
const roundable = new Set<Figure['kind']>(['number', 'count', 'money', 'percent', 'duration']);

/**
 * The first numeral a figure is written with and its decimals ("$1,099.99" → 1099.99, 2; "6. 2
 * miles", a decimal the spacing broke, → 6.2, 1); a number word is its whole value, without
 * decimals ("six miles" → 6, 0), unless a scale word goes with it. A decimal the reader did not
 * take as one leaves the figure's value apart from the other's scale (`sameScale`).
 */
function written(figure: Figure): { numeral: number; decimals: number } | undefined {
	const match = /\d[\d,]*(?:\.\s?(\d+))?/.exec(figure.text);
	if (!match) {
		return figure.scale === undefined && Number.isInteger(figure.value) && figure.value > 0 ? { numeral: figure.value, decimals: 0 } : undefined;
	}
	const numeral = Number(match[0].replace(/[,\s]/g, ''));
	return numeral > 0 ? { numeral, decimals: match[1]?.length ?? 0 } : undefined;
}

/** The same scale word or none on both sides: 4.2 billion / 4 billion, not 15 (m²) / 170,000 (ft²). */
function sameScale(a: number, b: number): boolean {
	return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}
