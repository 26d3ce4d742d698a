/**
 * The units noted as changed since they were last taken, each once, in the order first noted.
 * Example: `touch(9)`, `touch(3)`, `touch(9)`, then `take()` gives [9, 3], and a second `take()`
 * gives [].
 */
export class ChangedUnits {
	/** Whether to note anything: `touch` does nothing while off. */
	enabled = false;
	private marks = new Uint8Array(0);
	private changed: number[] = [];

	/** Notes that a unit's list, or what it chose, changed. */
	touch(id: number): void {
		if (!this.enabled) {
			return;
		}
		if (id >= this.marks.length) {
			const marks = new Uint8Array(Math.max(id + 1, this.marks.length * 2));
			marks.set(this.marks);
			this.marks = marks;
		}
		if (!this.marks[id]) {
			this.marks[id] = 1;
			this.changed.push(id);
		}
	}

	/** The units noted since the last call. */
	take(): number[] {
		const changed = this.changed;
		for (const id of changed) {
			this.marks[id] = 0;
		}
		this.changed = [];
		return changed;
	}
}
