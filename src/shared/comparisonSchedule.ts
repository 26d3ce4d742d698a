import { ComparisonStart } from './comparisonStart';
import { IdleWaiters } from './idleWaiters';

/**
 * When the workspace is compared, for the in-process analysis (`features/analysisService.ts`)
 * and the language server (`server/workspaceState.ts`) alike, without VS Code or LSP: the timers,
 * the cancellation and the comparison itself are handed in, so that the unit tests drive them by
 * hand.
 */

/** Quiet time after an edit before the folder is compared again: typing never waits for analysis. */
export const editDelay = 300;

/** A countdown under way. */
export interface Countdown {
	/** Stops it; its callback does not run. */
	clear(): void;
}

/** A countdown on the clock (`setTimeout`): what both editors' schedules run on. */
export function startTimer(callback: () => void, ms: number): Countdown {
	const timer = setTimeout(callback, ms);
	return { clear: () => clearTimeout(timer) };
}

/** A source of cancellation for one comparison (`vscode.CancellationTokenSource` and the language server's are ones). */
export interface CancellationSource<Token> {
	readonly token: Token;
	cancel(): void;
	dispose(): void;
}

/** What the schedule drives. */
export interface ScheduleHost<Token> {
	/** Runs `callback` once after `ms` milliseconds. */
	startCountdown(callback: () => void, ms: number): Countdown;
	/** A new cancellation for a comparison about to start. */
	newCancellation(): CancellationSource<Token>;
	/** Compares the folder (lists the files first when they are to be listed again); stops early when cancelled. Resolves once the comparison is done. */
	compare(token: Token): Promise<void>;
	/** The files are to be listed again (the extension also watches the folders as they are now). */
	relist(): void;
	/** The workspace started or stopped waiting for a command (`paused`). */
	pausedChanged(): void;
	readonly log: { error(message: string): void };
}

/**
 * The schedule of the comparisons: `deciding` until the workspace has been looked at (the
 * extension reads its signs, the server its settings); `waiting` in a software project until a
 * command asks; `comparing` from then on (`ComparisonStart`). Only `comparing` schedules
 * comparisons: the folder is compared again 300 ms after the last change, and a newer change
 * cancels a comparison under way.
 */
export class ComparisonSchedule<Token> {
	private readonly start = new ComparisonStart(() => this.host.pausedChanged());
	private countdown: Countdown | undefined;
	private running: CancellationSource<Token> | undefined;
	/** Released once the workspace has been looked at and nothing is scheduled or under way. */
	private readonly idle = new IdleWaiters(() => this.start.decided && !this.busy);

	constructor(private readonly host: ScheduleHost<Token>) {}

	/** Whether a comparison is scheduled or under way. */
	get busy(): boolean {
		return this.countdown !== undefined || this.running !== undefined;
	}

	/** Whether the workspace waits for a command before it is compared. */
	get paused(): boolean {
		return this.start.paused;
	}

	/**
	 * The workspace has been looked at: compare it now, or (a software project) wait for a command.
	 * A command that asked for a comparison while the workspace was looked at has decided already.
	 */
	decide(compareNow: boolean): void {
		if (!this.start.decide(compareNow)) {
			return;
		}
		if (compareNow) {
			this.schedule(0);
		} else {
			// A waiting workspace has nothing to wait for.
			this.idle.release();
		}
	}

	/** Compares the workspace now, and from now on as it changes. */
	resume(): void {
		this.start.compare();
		this.schedule(0);
	}

	/** A request to compare (a file added to the comparison by hand, Reanalyse): the files are listed again and compared at once. */
	compareAsked(): void {
		this.start.compare();
		this.relist(0);
	}

	/**
	 * The `crossread.files` settings changed: the files are listed again; a waiting workspace is
	 * compared when `compareOnOpen` is now `always`.
	 */
	filesSettingChanged(compareAlways: boolean): void {
		if (this.start.paused && compareAlways) {
			this.start.compare();
		}
		this.relist();
	}

	/** The files are to be listed again (folders changed, files created or deleted), then compared. */
	relist(delay = editDelay): void {
		this.host.relist();
		this.schedule(delay);
	}

	/** (Re)starts the countdown to the next comparison; any comparison under way is now stale. */
	schedule(delay = editDelay): void {
		if (!this.start.comparing) {
			return;
		}
		this.running?.cancel();
		this.countdown?.clear();
		this.countdown = this.host.startCountdown(() => {
			this.countdown = undefined;
			void this.run();
		}, delay);
	}

	/**
	 * Resolves with `value()` once the workspace has been looked at and nothing is scheduled or
	 * under way; a workspace that waits for a command has nothing to wait for.
	 */
	whenIdle<T>(value: () => T): Promise<T> {
		return this.idle.when(value);
	}

	/** A command that needs a comparison: compares a waiting (or not yet looked at) workspace, then resolves as `whenIdle`. */
	whenCompared<T>(value: () => T): Promise<T> {
		if (!this.start.comparing) {
			this.resume();
		}
		return this.whenIdle(value);
	}

	/** Calls `callback` once nothing is scheduled or under way (after the comparisons now scheduled or under way). */
	onIdle(callback: () => void): void {
		this.idle.add(callback);
	}

	/** Stops the countdown and cancels the comparison under way. */
	dispose(): void {
		this.countdown?.clear();
		this.running?.cancel();
	}

	private async run(): Promise<void> {
		const source = this.host.newCancellation();
		this.running = source;
		try {
			await this.host.compare(source.token);
		} catch (error) {
			this.host.log.error(`Comparison failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
		} finally {
			source.dispose();
			if (this.running === source) {
				this.running = undefined;
			}
			this.idle.release();
		}
	}
}
