/**
 * A count with its noun: `1 outlet`, `6 outlets`, `2 discrepancies`.
 *
 * @param value The count.
 * @param singular The noun for one.
 * @param plural The noun for any other count (default: singular + `s`).
 */
export function countOf(value: number, singular: string, plural = `${singular}s`): string {
	return `${value} ${value === 1 ? singular : plural}`;
}
