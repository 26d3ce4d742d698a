import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { commandIds } from '../presentation/commandIds';
import { renderReportHtml } from '../presentation/reportHtml';
import type { ComparisonSource } from '../features/comparisonSource';
import { showPassage } from '../features/showPassage';
import { isReportMessage, type RevealMessage } from './protocol';

/**
 * The report webview: one panel, re-rendered when the analysis, the filter or the ignore list
 * changes (only while visible; a hidden panel catches up when shown). It lists what the panel
 * lists, counts what it does not, and lists the ignored ones apart while Show Ignored is on.
 * Clicking a passage in it reveals the passage in an editor group other than the report's; its
 * Ignore and Stop Ignoring buttons run those commands.
 */
export class ReportPanel implements vscode.Disposable {
	private panel: vscode.WebviewPanel | undefined;
	private stale = false;
	/** What the page shows now: a new analysis that changes nothing in the report does not reload it. */
	private shown = '';
	private readonly subscriptions: vscode.Disposable[];

	/** Renders in flight: only the latest one's page is kept. */
	private renders = 0;

	constructor(
		private readonly source: ComparisonSource,
		private readonly mediaUri: vscode.Uri,
	) {
		this.subscriptions = [source.onDidChange(() => this.refresh())];
	}

	/** The open panel, if any (for tests). */
	get webviewPanel(): vscode.WebviewPanel | undefined {
		return this.panel;
	}

	/** Opens the report beside the editor, or brings it to the front. */
	async show(): Promise<void> {
		if (this.panel) {
			this.panel.reveal();
			return;
		}
		const panel = vscode.window.createWebviewPanel('crossread.report', 'Crossread Report', vscode.ViewColumn.Beside, {
			enableScripts: true,
			enableFindWidget: true,
			localResourceRoots: [this.mediaUri],
		});
		panel.iconPath = vscode.Uri.joinPath(this.mediaUri, 'icons', 'crossread.svg');
		panel.onDidDispose(() => {
			this.panel = undefined;
			this.shown = '';
		});
		panel.onDidChangeViewState(() => {
			if (panel.visible && this.stale) {
				void this.render();
			}
		});
		panel.webview.onDidReceiveMessage((message: unknown) => {
			if (!isReportMessage(message)) {
				return;
			}
			if (message.type === 'reveal') {
				void this.reveal(message);
			} else {
				void this.runIgnore(message.type === 'ignore' ? commandIds.ignoreDiscrepancy : commandIds.stopIgnoring, message.discrepancy);
			}
		});
		this.panel = panel;
		panel.webview.html = '<!DOCTYPE html><html lang="en"><body><p>Reading the articles…</p></body></html>';
		await this.source.whenIdle();
		await this.render();
	}

	dispose(): void {
		this.panel?.dispose();
		this.subscriptions.forEach((subscription) => subscription.dispose());
	}

	private refresh(): void {
		if (this.panel?.visible) {
			void this.render();
		} else {
			this.stale = true;
		}
	}

	private async render(): Promise<void> {
		const mine = ++this.renders;
		const result = await this.source.report();
		if (!this.panel || !result || mine !== this.renders) {
			return;
		}
		this.stale = false;
		const { webview } = this.panel;
		const { report } = result;
		const spellings = new Map(result.spellings);
		const shown = JSON.stringify([report, result.spellings]);
		if (shown === this.shown) {
			return;
		}
		this.shown = shown;
		webview.html = renderReportHtml(report, spellings, {
			nonce: randomBytes(16).toString('hex'),
			cspSource: webview.cspSource,
			scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaUri, 'report.js')).toString(),
			styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaUri, 'report.css')).toString(),
			texts: new Map(result.texts),
		});
	}

	/** Runs Ignore / Stop Ignoring; when nothing changed (the file could not be written), draws the page again to re-enable its button. */
	private async runIgnore(command: string, discrepancy: string): Promise<void> {
		const changed = await vscode.commands.executeCommand<boolean>(command, { discrepancy });
		if (!changed) {
			this.shown = '';
			this.refresh();
		}
	}

	private async reveal({ article, range }: RevealMessage): Promise<void> {
		const known = this.source.folder?.articles.find((candidate) => candidate.id === article);
		if (!known) {
			return;
		}
		// The report counts lines and characters in the text compared, which the document holds.
		const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(known.uri));
		const target = { article, start: document.offsetAt(new vscode.Position(range[0], range[1])), end: document.offsetAt(new vscode.Position(range[2], range[3])) };
		// Open the article next to the report, never over it.
		const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
		await showPassage(this.source, target, column);
	}
}
