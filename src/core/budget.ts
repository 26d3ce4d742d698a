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

/** Thrown by `checkBudget` when the article's time is up. */
export class BudgetExceeded extends Error {
	/** The limit, for a person: "5 s", "250 ms". */
	readonly limit: string;

	constructor(readonly budgetMs: number) {
		const limit = formatSeconds(budgetMs);
		super(`the analysis took longer than ${limit}`);
		this.name = 'BudgetExceeded';
		this.limit = limit;
	}
}

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

/** Throws `BudgetExceeded` when the current article's time is up; costs a clock read otherwise. */
export function checkBudget(): void {
	if (deadline !== Number.POSITIVE_INFINITY && performance.now() > deadline) {
		throw new BudgetExceeded(currentBudgetMs);
	}
}

function formatSeconds(ms: number): string {
	return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s` : ms >= 1 ? `${Math.round(ms)} ms` : `${ms.toPrecision(1)} ms`;
}
