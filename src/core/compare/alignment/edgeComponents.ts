import type { Unit } from '../units';
import { unitIds } from './unitIds';

/** The connected sets of edges of the editor's grouping (`Regrouping`), numbered and kept between edits. */
export class EdgeComponents {
	/** Per unit, its connected set of edges (a number), and the units of each set. */
	private componentOf: number[] = [];
	private components = new Map<number, number[]>();
	private nextComponent = 0;

	/**
	 * The units to group again: those of the sets of edges the touched units were in, and all
	 * units reachable from them through the edges now. Their old sets are forgotten, their new
	 * ones numbered. Sets {A1, B1, C1} and {D1, E1}, D1 touched and now sharing an edge with F1 too:
	 * D1, E1 and F1 are grouped again, as one new set, and {A1, B1, C1} is kept.
	 *
	 * @param edgesOf Per unit, the units it shares an edge with now (`PairReading.edgesOf`).
	 */
	affectedBy(touched: readonly number[], units: readonly (Unit | undefined)[], edgesOf: readonly (readonly number[] | undefined)[]): number[] {
		const { ids: affected, add } = unitIds(units);
		for (const id of touched) {
			const component = this.componentOf[id];
			if (component !== undefined && component >= 0) {
				for (const member of this.components.get(component) ?? []) {
					add(member);
				}
				this.components.delete(component);
			}
			this.componentOf[id] = -1;
			add(id);
		}
		// (An array's iterator reads its length at each step: the units added on the way are visited too.)
		for (const id of affected) {
			const component = this.componentOf[id];
			if (component !== undefined && component >= 0) {
				this.components.delete(component);
			}
			for (const other of edgesOf[id]!) {
				add(other);
			}
		}
		// The new sets: each unit reached from another through the edges now.
		const numbered = new Uint8Array(units.length);
		for (const start of affected) {
			if (numbered[start]) {
				continue;
			}
			const component = this.nextComponent++;
			const members = [start];
			numbered[start] = 1;
			for (const member of members) {
				this.componentOf[member] = component;
				for (const other of edgesOf[member]!) {
					if (!numbered[other]) {
						numbered[other] = 1;
						members.push(other);
					}
				}
			}
			this.components.set(component, members);
		}
		return affected;
	}
}
