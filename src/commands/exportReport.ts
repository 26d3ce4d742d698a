import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import { uriOf } from '../features/activeArticle';
import type { ComparisonSource } from '../features/comparisonSource';
import { writeReportFile } from '../features/workspaceFiles';

const formats = {
	markdown: { id: commandIds.exportMarkdown, extension: 'md', filter: { Markdown: ['md'] } },
	json: { id: commandIds.exportJson, extension: 'json', filter: { JSON: ['json'] } },
};

/**
 * Export Report as Markdown / as JSON: the same report the command line writes
 * (`crossread report --format markdown|json`), filtered as the panel is (severity, kinds and
 * ignore list; the ignored ones listed apart while Show Ignored is on, as `--show-ignored` does),
 * to a file the user picks, or to the URI given as the command's argument (a keybinding, a task, a test).
 * It is written as the command line writes it (`writeReportFile`): never over an article, through
 * a link, or over a file that is not a previous report, and atomically.
 */
export class ExportReportCommand {
	readonly id: string;

	constructor(
		private readonly source: ComparisonSource,
		private readonly format: keyof typeof formats,
	) {
		this.id = formats[format].id;
	}

	async execute(destination?: unknown): Promise<void> {
		const compared = await this.source.whenIdle();
		if (!compared || compared.articles.length === 0) {
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
		const exported = await this.source.exportReport(this.format);
		if (!exported) {
			return;
		}
		const refused = await writeReportFile(uri, exported.text, compared.articles.map(uriOf));
		if (refused) {
			void vscode.window.showWarningMessage(`Crossread: ${refused.error}.`);
			return;
		}
		// The command is done once the file is written; the offer to open it stays up on its own.
		void vscode.window.showInformationMessage(`Crossread: report saved to ${vscode.workspace.asRelativePath(uri)}.`, 'Open').then((open) => open && vscode.window.showTextDocument(uri));
	}
}
