import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';

/**
 * Shows each comparison as work-done progress (`$/progress`: "Comparing 412 articles… 37%"),
 * when the client supports it (`window.workDoneProgress`); otherwise says nothing. One
 * progress per generation: a stale comparison's progress ends when the newer one begins.
 */
export class ComparisonProgress {
	private current: { generation: number; reporter: Promise<WorkDoneProgressServerReporter> } | undefined;

	constructor(
		private readonly connection: Connection,
		private readonly supported: boolean,
	) {}

	/** Reports how far a comparison is (`share` from 0 to 1). */
	report(generation: number, share: number, message: string): void {
		if (!this.supported) {
			return;
		}
		if (this.current?.generation !== generation) {
			this.done();
			const reporter = this.connection.window.createWorkDoneProgress().then((created) => {
				created.begin('Crossread', 0, message, false);
				return created;
			});
			this.current = { generation, reporter };
		}
		const percentage = Math.round(share * 100);
		void this.current.reporter.then((reporter) => reporter.report(percentage, `${message} ${percentage}%`));
	}

	/** Ends the progress shown, if any. */
	done(): void {
		const ending = this.current;
		this.current = undefined;
		void ending?.reporter.then((reporter) => reporter.done());
	}
}
