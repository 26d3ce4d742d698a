import type { InputWarning } from '../core/types';
import type { CompareInput } from './protocol';

/** Whether two comparison inputs hold the same articles, texts, warnings, outlet names and time limit: the second need not be compared. */
export function sameInput(a: CompareInput, b: CompareInput): boolean {
	return (
		a.limitedTo === b.limitedTo &&
		a.timeLimitMs === b.timeLimitMs &&
		JSON.stringify(a.outletNames) === JSON.stringify(b.outletNames) &&
		a.articles.length === b.articles.length &&
		a.articles.every((article, index) => article.uri === b.articles[index].uri && article.path === b.articles[index].path && article.text === b.articles[index].text) &&
		JSON.stringify(a.warnings) === JSON.stringify(b.warnings)
	);
}

/** Logs each file skipped (binary, empty, too large) once, as the extension's own analysis does: never a notification. */
export class SkippedFiles {
	private readonly logged = new Set<string>();

	constructor(private readonly write: (line: string) => void) {}

	/** Logs the warnings not logged yet: `Crossread: scans/page.txt: binary file, skipped`. */
	log(warnings: readonly InputWarning[]): void {
		for (const { path, message } of warnings) {
			const line = `Crossread: ${path}: ${message}`;
			if (!this.logged.has(line)) {
				this.logged.add(line);
				this.write(line);
			}
		}
	}
}
