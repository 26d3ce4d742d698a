import type { Unit } from './units';

/**
 * The first `count` items whose passages have words of their own, in order: a sample that tells
 * how alike two sides of a discrepancy are. Five outlets that print one wire sentence tell what
 * one does, and would leave a sixth, the odd passage's near copy ("In 2031, a strong quake off
 * Tarn set off a wave that killed 1,200" / "In 2029, a strong quake off Tarn …"), out of the sample.
 *
 * @param items Passages, or what holds them.
 * @param unitOf Each item's passage.
 * @param textOf The text of an article.
 */
export function distinctPassages<T>(items: readonly T[], unitOf: (item: T) => Unit, textOf: (article: string) => string, count: number): T[] {
	const seen = new Set<string>();
	const sample: T[] = [];
	for (const item of items) {
		const unit = unitOf(item);
		const words = textOf(unit.article).slice(unit.start, unit.end);
		if (!seen.has(words)) {
			seen.add(words);
			sample.push(item);
			if (sample.length === count) {
				break;
			}
		}
	}
	return sample;
}
