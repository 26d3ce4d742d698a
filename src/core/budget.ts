/**
 * A time budget for the analysis of one article: the last line of defence against an input that
 * still makes some rule slow (the rules themselves are kept linear; `npm run fuzz` checks them).
 *
 * The analysis is synchronous, so the budget is cooperative: loops over sentences, quotes or
 * tokens call `checkBudget()`, which throws `BudgetExceeded` once the time is up. `withBudget`
 * sets the deadline for one article; the caller catches the error and turns it into a warning
 * that names the file, so one pathological article never costs the others.
 *
 * NOTE: the deadline is module state, not a parameter, so that a check can sit in any loop
 * without threading an argument through every extractor. `withBudget` restores the previous
 * deadline, so nesting is safe; the analysis never interleaves two articles (it is synchronous).
 */

import { getHeapStatistics } from 'node:v8';

/** Thrown by `checkBudget` when the article's time is up, or the heap is half full. */
export class BudgetExceeded extends Error {
	/** Which limit, for a person: "after 5 s", "when it held 2.3 GB of memory (the limit is half of the 4.3 GB Node allows)". */
	readonly limit: string;

	constructor(readonly budgetMs: number, heapBytes?: number) {
		const limit = heapBytes === undefined ? `after ${formatSeconds(budgetMs)}` : `when it held ${(heapBytes / 1e9).toFixed(1)} GB of memory (the limit is half of the ${(heapLimit / 1e9).toFixed(1)} GB Node allows)`;
		super(`the analysis was stopped ${limit}`);
		this.name = 'BudgetExceeded';
		this.limit = limit;
	}
}

/**
 * The share of Node's heap limit past which an article's analysis is stopped. 16 MB of two-letter
 * paragraphs holds about 3 GB once analysed; past the limit Node ends the process and every
 * article is lost, so one article stops at half of it and the others go on.
 */
const maxHeapShare = 0.5;

/** How often the heap is read, in milliseconds (a read costs microseconds; the clock, nanoseconds). */
const heapCheckInterval = 50;

const heapLimit = getHeapStatistics().heap_size_limit;
let nextHeapCheck = 0;

/** The default budget per article: far above what any real article needs (a few milliseconds). */
export const defaultArticleBudgetMs = 5000;

let deadline = Number.POSITIVE_INFINITY;
let currentBudgetMs = 0;

/**
 * Runs `work` with a deadline `budgetMs` from now; `checkBudget()` inside it throws once it passes.
 *
 * @param budgetMs Milliseconds allowed; `Infinity` or `0` or less means no limit.
 * @param work The analysis to run.
 * @returns What `work` returns.
 */
export function withBudget<T>(budgetMs: number, work: () => T): T {
	const savedDeadline = deadline;
	const savedBudget = currentBudgetMs;
	deadline = budgetMs > 0 && Number.isFinite(budgetMs) ? performance.now() + budgetMs : Number.POSITIVE_INFINITY;
	currentBudgetMs = budgetMs;
	try {
		return work();
	} finally {
		deadline = savedDeadline;
		currentBudgetMs = savedBudget;
	}
}

/** Throws `BudgetExceeded` when the current article's time is up or the heap half full; costs a clock read otherwise. */
export function checkBudget(): void {
	if (deadline === Number.POSITIVE_INFINITY) {
		return;
	}
	const now = performance.now();
	if (now > deadline) {
		throw new BudgetExceeded(currentBudgetMs);
	}
	if (now >= nextHeapCheck) {
		nextHeapCheck = now + heapCheckInterval;
		const heapUsed = process.memoryUsage().heapUsed;
		if (heapUsed > heapLimit * maxHeapShare) {
			throw new BudgetExceeded(currentBudgetMs, heapUsed);
		}
	}
}

function formatSeconds(ms: number): string {
	return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : ms >= 1 ? `${Math.round(ms)} ms` : `${ms.toPrecision(1)} ms`;
}
