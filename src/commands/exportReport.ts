import * as vscode from 'vscode';
import { formatMarkdown } from '../core/report/formatMarkdown';
import { buildReport } from '../core/report/model';
import { commandIds } from '../presentation/commandIds';
import type { AnalysisService } from '../features/analysisService';
import type { ShownDiscrepancies } from '../features/shownDiscrepancies';

const formats = {
	markdown: { id: commandIds.exportMarkdown, extension: 'md', filter: { Markdown: ['md'] } },
	json: { id: commandIds.exportJson, extension: 'json', filter: { JSON: ['json'] } },
};

/**
 * Export Report as Markdown / as JSON: the same report the command line writes
 * (`crossread report --format markdown|json`), filtered as the panel is (severity, kinds and
 * ignore list; the ignored ones listed apart while Show Ignored is on, as `--show-ignored` does),
 * to a file the user picks, or to the URI given as the command's argument (a keybinding, a task, a test).
 */
export class ExportReportCommand {
	readonly id: string;

	constructor(
		private readonly analysis: AnalysisService,
		private readonly selection: ShownDiscrepancies,
		private readonly format: keyof typeof formats,
	) {
		this.id = formats[format].id;
	}

	async execute(destination?: unknown): Promise<void> {
		const snapshot = await this.analysis.whenIdle();
		if (!snapshot || snapshot.records.length === 0) {
			void vscode.window.showInformationMessage('Crossread: there are no articles to report on in this workspace.');
			return;
		}
		const { extension, filter } = formats[this.format];
		const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
		const uri =
			destination instanceof vscode.Uri
				? destination
				: await vscode.window.showSaveDialog({
						title: 'Export Crossread report',
						filters: filter,
						...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `crossread-report.${extension}`) } : {}),
					});
		if (!uri) {
			return;
		}
		const report = buildReport(snapshot.corpus, snapshot.comparison, this.selection.filter);
		const text = this.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatMarkdown(report);
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
		// The command is done once the file is written; the offer to open it stays up on its own.
		void vscode.window.showInformationMessage(`Crossread: report saved to ${vscode.workspace.asRelativePath(uri)}.`, 'Open').then((open) => open && vscode.window.showTextDocument(uri));
	}
}
