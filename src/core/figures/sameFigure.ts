import type { Figure } from '../types';
import { durationScales } from './units';

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
	let factorA = 1;
	let factorB = 1;
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
