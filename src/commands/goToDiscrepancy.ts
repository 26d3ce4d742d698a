import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import { inertLabel } from '../presentation/markdownText';
import { discrepancyStops, nextSpan, stopPosition } from '../presentation/navigation';
import { articleInActiveEditor } from '../features/activeArticle';
import type { ComparisonSource } from '../features/comparisonSource';
import { spanRange } from '../features/ranges';

/** Next Discrepancy / Previous Discrepancy in the active editor, going round at the ends; only the discrepancies listed are stops. */
export class GoToDiscrepancyCommand {
	readonly id: string;

	constructor(
		private readonly source: ComparisonSource,
		private readonly direction: 'next' | 'previous',
	) {
		this.id = direction === 'next' ? commandIds.nextDiscrepancy : commandIds.previousDiscrepancy;
	}

	async execute(): Promise<void> {
		const found = await articleInActiveEditor(this.source);
		if (!found) {
			return;
		}
		const { editor } = found;
		const marks = await this.source.marks(editor.document);
		if (!marks) {
			void vscode.window.showInformationMessage('Crossread: this article changed since it was compared; try again in a moment.');
			return;
		}
		const stops = discrepancyStops(marks.marks);
		const landing = nextSpan(stops, editor.document.offsetAt(editor.selection.start), this.direction);
		if (!landing) {
			const counts = this.source.folder?.counts ?? { found: 0, listed: 0 };
			const more = counts.found > counts.listed ? ' listed (the filter or the ignore list leaves some out)' : '';
			void vscode.window.showInformationMessage(`Crossread: no discrepancies in this article${more}.`);
			return;
		}
		const range = spanRange(editor.document, landing.span);
		editor.selection = new vscode.Selection(range.start, range.end);
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
		const position = stopPosition(stops, landing.span);
		vscode.window.setStatusBarMessage(`$(book) ${landing.wrapped ? 'Wrapped around: ' : ''}discrepancy ${position} in this article: ${inertLabel(landing.span.discrepancy.summary)}`, 5000);
	}
}
