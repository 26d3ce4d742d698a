/**
 * Whether the workspace is compared yet: `deciding` until it has been looked at (the extension
 * reads its signs, the server its settings); `waiting` in a software project until a command
 * asks (`crossread.files.compareOnOpen`); `comparing` from then on, never waiting again. Kept
 * once for the in-process schedule and the language server's (`ComparisonSchedule`) and for the
 * extension's side of the server (`features/serverSource.ts`), which only tells the server when
 * to stop waiting. What to do on each change is the caller's: each method says whether it
 * changed anything.
 */
export class ComparisonStart {
	private state: 'deciding' | 'waiting' | 'comparing' = 'deciding';

	/** @param pausedChanged Called when the workspace starts or stops waiting for a command (`paused`). */
	constructor(private readonly pausedChanged: () => void) {}

	/** Whether the workspace has been looked at (or a command asked before it was). */
	get decided(): boolean {
		return this.state !== 'deciding';
	}

	/** Whether the workspace waits for a command before it is compared. */
	get paused(): boolean {
		return this.state === 'waiting';
	}

	/** Whether the workspace is compared as it changes. */
	get comparing(): boolean {
		return this.state === 'comparing';
	}

	/**
	 * The workspace has been looked at: compare it from now on, or (a software project) wait for
	 * a command. A command that asked while it was looked at has decided already.
	 *
	 * @returns Whether this decided (false when decided already).
	 */
	decide(compareNow: boolean): boolean {
		if (this.state !== 'deciding') {
			return false;
		}
		if (compareNow) {
			this.state = 'comparing';
		} else {
			this.state = 'waiting';
			this.pausedChanged();
		}
		return true;
	}

	/**
	 * A command asks for a comparison: the workspace is compared from now on, waiting or not yet
	 * looked at.
	 *
	 * @returns Whether it was not compared before.
	 */
	compare(): boolean {
		const before = this.state;
		this.state = 'comparing';
		if (before === 'waiting') {
			this.pausedChanged();
		}
		return before !== 'comparing';
	}
}
