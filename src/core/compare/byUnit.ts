import type { Unit } from './units';

/**
 * Values by unit (article, kind, index), without a string key built per look-up: the finders look
 * up the units of every claim member, millions of times in a folder of thousands of articles.
 */
export class ByUnit<T> {
	private readonly table = new Map<string, Record<Unit['kind'], T[]>>();

	set(unit: Pick<Unit, 'article' | 'kind' | 'index'>, value: T): void {
		let kinds = this.table.get(unit.article);
		if (!kinds) {
			kinds = { sentence: [], headline: [], quote: [] };
			this.table.set(unit.article, kinds);
		}
		kinds[unit.kind][unit.index] = value;
	}

	get(unit: Pick<Unit, 'article' | 'kind' | 'index'>): T | undefined {
		return this.table.get(unit.article)?.[unit.kind][unit.index];
	}
}
