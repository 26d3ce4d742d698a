import type { Discrepancy, Span } from '../core/types';
import { type ArticleDirectory, outletOf } from './articleDirectory';
import { isDiffering, markedSpans } from './discrepancyMarks';

/** A diagnostic as plain data: the VS Code layer maps it to a `vscode.Diagnostic`. */
export interface DiagnosticModel extends Span {
	/** High severity is a warning; the rest is information. */
	severity: 'warning' | 'information';
	/** The discrepancy's summary. */
	message: string;
	/** The discrepancy's kind (`figure`, `quote`, …), for `Diagnostic.code`. */
	code: Discrepancy['kind'];
	/** The other outlets' passages, each with its outlet and version. */
	related: (Span & { article: string; message: string })[];
}

/**
 * The Problems-view entries of an article: one per discrepancy where this article is the odd
 * one out (or every side, when the discrepancy names no odd outlet), over its differing words
 * when the core names them, linking to the other outlets' passages.
 *
 * @param discrepancies Discrepancies to show (filtered).
 * @param article `Article.id`.
 * @param directory Outlet names.
 * @returns Diagnostics in document order.
 */
export function discrepancyDiagnostics(discrepancies: readonly Discrepancy[], article: string, directory: ArticleDirectory): DiagnosticModel[] {
	const diagnostics: DiagnosticModel[] = [];
	for (const discrepancy of discrepancies) {
		for (const mention of discrepancy.mentions.filter((candidate) => candidate.article === article && isDiffering(discrepancy, candidate))) {
			const words = markedSpans(mention);
			diagnostics.push({
				start: Math.min(...words.map((word) => word.start)),
				end: Math.max(...words.map((word) => word.end)),
				severity: discrepancy.severity === 'high' ? 'warning' : 'information',
				message: discrepancy.summary,
				code: discrepancy.kind,
				related: discrepancy.mentions
					.filter((other) => other.article !== article)
					.map((other) => ({ article: other.article, start: other.start, end: other.end, message: `${outletOf(directory, other.article)}: ${other.variant}` })),
			});
		}
	}
	return diagnostics.sort((a, b) => a.start - b.start);
}
