/**
 * Callbacks waiting until something is idle (nothing scheduled or under way): each runs once,
 * in order, the first time `release` finds it idle. The in-process schedule, the language
 * server's schedule and its engine threads each keep one.
 */
export class IdleWaiters {
	private waiting: (() => void)[] = [];

	/** @param idle Whether it is idle now. */
	constructor(private readonly idle: () => boolean) {}

	/** Resolves with `value()` once idle: at once when idle now, else at the `release` that finds it so (with the value then). */
	when<T>(value: () => T): Promise<T> {
		return this.idle() ? Promise.resolve(value()) : new Promise((resolve) => this.waiting.push(() => resolve(value())));
	}

	/** Runs `callback` at the next `release` that finds it idle, even when idle now (after what is scheduled or under way now). */
	add(callback: () => void): void {
		this.waiting.push(callback);
	}

	/** Something ended or was decided: runs the waiting callbacks when it is idle now. */
	release(): void {
		if (!this.idle()) {
			return;
		}
		const waiting = this.waiting;
		this.waiting = [];
		waiting.forEach((callback) => callback());
	}
}
