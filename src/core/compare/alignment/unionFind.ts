/** Unit ids gathered by the set each belongs to: the sets in the order of their first id, each set's ids in the order given. */
export function groupsByRoot(ids: Iterable<number>, groups: UnionFind): number[][] {
	const groupOfRoot = new Map<number, number[]>();
	const members: number[][] = [];
	for (const id of ids) {
		const root = groups.find(id);
		let group = groupOfRoot.get(root);
		if (!group) {
			group = [];
			groupOfRoot.set(root, group);
			members.push(group);
		}
		group.push(id);
	}
	return members;
}

/** Disjoint sets of unit ids, with path compression: `join(4, 2)` puts 4's set under 2's root. */
export class UnionFind {
	private parent: Int32Array;

	constructor(size: number) {
		this.parent = new Int32Array(size).fill(-1);
	}

	/** Makes room for units up to `size`, each alone. */
	grow(size: number): void {
		if (size > this.parent.length) {
			const parent = new Int32Array(Math.max(size, this.parent.length * 2)).fill(-1);
			parent.set(this.parent);
			this.parent = parent;
		}
	}

	/** Makes a unit a group of its own again (its old group's other units must be reset too). */
	reset(id: number): void {
		this.parent[id] = -1;
	}

	find(id: number): number {
		const parent = this.parent;
		let root = id;
		while (parent[root] >= 0) {
			root = parent[root];
		}
		for (let node = id; parent[node] >= 0; ) {
			const next = parent[node];
			parent[node] = root;
			node = next;
		}
		return root;
	}

	join(root: number, under: number): void {
		this.parent[root] = under;
	}
}
