import type { Figure } from '../types';
import * as unitsModule from './units';
import { isoWeekMonday } from './dates';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { durationScales, measureScales } = unitsModule;

/**
 * Whether two figures say the same: same kind, same unit (durations convert: "two weeks" is
 * "14 days", "12 months" is "a year"), same value after normalisation ("2.4 million" is
 * "2,400,000"), and for dates the same day, month or year (`2021-12` is not `2021-12-15`).
 *
 * @param a A figure.
 * @param b Another figure.
 * @returns `true` when they state the same quantity.
 */
export function sameFigure(a: Figure, b: Figure): boolean {
	if (a.kind !== b.kind) {
		return false;
	}
	if (a.kind === 'date' || (a.kind === 'range' && a.unit === 'date')) {
		return a.unit === b.unit && a.iso === b.iso && a.iso !== undefined;
	}
	return sameQuantity(a, b);
}

/**
 * Whether two outlets' figures for one quantity agree, as a reader would judge them side by
 * side: equal values after normalisation and unit conversion, a coarser date agreeing with a finer
 * one inside it ("December 2021" and "December 15, 2021"), and a value without its unit agreeing
 * with the same value with one ("123 billion" and "$123 billion": the dropped unit is a finding
 * of its own, not a different figure). The kinds need not match (a sum and a bare number).
 *
 * @param a A figure.
 * @param b Another figure.
 * @returns `true` when they do not contradict each other.
 */
export function figuresAgree(a: Figure, b: Figure): boolean {
	if (a.iso && b.iso) {
		// "03/04/2026" is March 4 to an American outlet and 3 April to a European one, or to copy translated from one.
		return readingsOf(a).some((x) => readingsOf(b).some((y) => isosAgree(x, y)));
	}
	if (!a.unit || !b.unit) {
		return sameQuantity({ ...a, unit: '' }, { ...b, unit: '' });
	}
	return sameQuantity(a, b);
}

/** Two dates' ISO forms agree: one holds the other (`2021-12` holds `2021-12-15`), or a date without its year or a week holds the other. */
function isosAgree(a: string, b: string): boolean {
	return a.startsWith(b) || b.startsWith(a) || yearlessAgrees(a, b) || yearlessAgrees(b, a) || weekHolds(a, b) || weekHolds(b, a);
}

/** A date in digits whose day and month could be either: "03/04/2026", "3.4.26" (but "13/04/2026" is one date). */
const eitherWayPattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{2}|\d{4})$/;

/**
 * The readings of a date: its own, and for a date in digits whose day and month could be either
 * ("03/04/2026"), the other order too.
 */
function readingsOf(figure: Figure): string[] {
	const parts = figure.kind === 'date' && figure.iso && /^\d{4}-\d{2}-\d{2}$/.test(figure.iso) ? eitherWayPattern.exec(figure.text.trim()) : null;
	if (!parts || Number(parts[1]) > 12 || Number(parts[2]) > 12 || Number(parts[1]) === Number(parts[2])) {
		return [figure.iso!];
	}
	const iso = figure.iso!;
	return [iso, `${iso.slice(0, 4)}-${iso.slice(8, 10)}-${iso.slice(5, 7)}`];
}

/**
 * A date without its year (`--03-02`, "March 2" in an undated article) against a dated one: they
 * contradict each other only in what both state. "March 2" agrees with "2007" (no month to
 * compare) and with "March 2, 2007"; not with "March 5, 2007" nor "April 2007".
 */
function yearlessAgrees(yearless: string, other: string): boolean {
	const parts = /^--(\d{2})(?:-(\d{2}))?$/.exec(yearless);
	if (!parts) {
		return false;
	}
	const [, month, day] = parts;
	const stated = /^(?:\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(other) ?? (/^\d{4}$/.test(other) ? [other] : undefined);
	if (!stated) {
		return false;
	}
	const [, otherMonth, otherDay] = stated;
	return (otherMonth === undefined || otherMonth === month) && (day === undefined || otherDay === undefined || otherDay === day);
}

/**
 * A week (`2009-W05`, "last weekend", "this week") against a day inside it (`2009-02-01`, "early
 * Sunday"): a coarser date that holds the finer one, as "February 2009" holds February 1.
 */
function weekHolds(week: string, other: string): boolean {
	const parts = /^(\d{4})-W(\d{2})$/.exec(week);
	const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(other);
	if (!parts || !date) {
		return false;
	}
	const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
	const monday = isoWeekMonday(Number(parts[1]), Number(parts[2]));
	return ms >= monday && ms < isoWeekMonday(Number(parts[1]), Number(parts[2]) + 1);
}

/** Whether two units measure one dimension in other units: "km" and "mile", not "km" and "kg". */
export function sameDimension(a: string, b: string): boolean {
	return a !== b && measureScales[a] !== undefined && measureScales[a][0] === measureScales[b]?.[0];
}

/**
 * Two measures of one dimension in other units agree within this share: a conversion is rounded
 * for the reader ("80 km" / "50 miles" is 0.6% apart, "10 km" / "six miles" 3.4%).
 */
const convertedShare = 0.05;

/** Same value and upper bound, in the same unit or in two units of time ("two weeks", "14 days"). */
function sameQuantity(a: Figure, b: Figure): boolean {
	let factorA = 1;
	let factorB = 1;
	const measureA = a.unit !== b.unit ? measureScales[a.unit] : undefined;
	const measureB = measureA ? measureScales[b.unit] : undefined;
	if (measureA && measureB && measureA[0] === measureB[0] && a.high === undefined && b.high === undefined) {
		const [x, y] = [a.value * measureA[1], b.value * measureB[1]];
		return Math.abs(x - y) <= convertedShare * Math.max(Math.abs(x), Math.abs(y));
	}
	if (a.unit !== b.unit) {
		const scaleA = durationScales[a.unit];
		const scaleB = durationScales[b.unit];
		if ((a.kind !== 'duration' && a.kind !== 'range') || !scaleA || !scaleB || scaleA[0] !== scaleB[0]) {
			return false;
		}
		[factorA, factorB] = [scaleA[1], scaleB[1]];
	}
	return (
		close(a.value * factorA, b.value * factorB) &&
		(a.high === undefined) === (b.high === undefined) &&
		(a.high === undefined || close(a.high * factorA, b.high! * factorB))
	);
}

/** Equal up to floating-point noise. */
function close(x: number, y: number): boolean {
	return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}
