/** Union-find over form indices. */
export class DisjointSets {
	private readonly parent: number[];

	constructor(size: number) {
		this.parent = Array.from({ length: size }, (_, i) => i);
	}

	find(i: number): number {
		while (this.parent[i] !== i) {
			this.parent[i] = this.parent[this.parent[i]];
			i = this.parent[i];
		}
		return this.parent[i];
	}

	union(a: number, b: number): void {
		const rootA = this.find(a);
		const rootB = this.find(b);
		// The older group keeps its root, so roots stay in folder order.
		if (rootA < rootB) {
			this.parent[rootB] = rootA;
		} else if (rootB < rootA) {
			this.parent[rootA] = rootB;
		}
	}
}
