import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import { discrepancyMarks } from '../presentation/discrepancyMarks';
import { inertLabel } from '../presentation/markdownText';
import { discrepancyStops, nextSpan, stopPosition } from '../presentation/navigation';
import type { AnalysisService } from '../features/analysisService';
import { toRange } from '../features/ranges';
import type { ShownDiscrepancies } from '../features/shownDiscrepancies';

/** Next Discrepancy / Previous Discrepancy in the active editor, going round at the ends; only the discrepancies listed are stops. */
export class GoToDiscrepancyCommand {
	readonly id: string;

	constructor(
		private readonly analysis: AnalysisService,
		private readonly selection: ShownDiscrepancies,
		private readonly direction: 'next' | 'previous',
	) {
		this.id = direction === 'next' ? commandIds.nextDiscrepancy : commandIds.previousDiscrepancy;
	}

	async execute(): Promise<void> {
		const found = await this.analysis.articleInActiveEditor();
		if (!found) {
			return;
		}
		const { editor, snapshot, record } = found;
		const marks = discrepancyMarks(this.selection.of(snapshot).listed, record.id);
		const stops = discrepancyStops(marks);
		const landing = nextSpan(stops, editor.document.offsetAt(editor.selection.start), this.direction);
		if (!landing) {
			const { counts } = this.selection.of(snapshot);
			const more = counts.found > counts.listed ? ' listed (the filter or the ignore list leaves some out)' : '';
			void vscode.window.showInformationMessage(`Crossread: no discrepancies in this article${more}.`);
			return;
		}
		const range = toRange(snapshot.lines(record.id), landing.span);
		editor.selection = new vscode.Selection(range.start, range.end);
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
		const position = stopPosition(stops, landing.span);
		vscode.window.setStatusBarMessage(`$(book) ${landing.wrapped ? 'Wrapped around: ' : ''}discrepancy ${position} in this article: ${inertLabel(landing.span.discrepancy.summary)}`, 5000);
	}
}
