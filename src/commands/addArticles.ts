import * as vscode from 'vscode';
import type { ComparisonSource } from '../features/comparisonSource';
import type { ArticleFiles } from '../features/articleFiles';
import { MissingBundleError, requireBundle } from '../features/bundles';
import { articleFolder } from '../import/articleFolder';
import type * as importModule from '../import/importArticle';
import { importErrorMessage } from '../import/importError';
import { urlsInText } from '../import/urls';
import { commandIds } from '../presentation/commandIds';
import { countOf } from '../presentation/plural';

/**
 * Add Article from URL… / Add Articles from Clipboard URLs: imports web pages as Markdown articles
 * into the workspace's article folder (see `articleFolder`), adds them to the comparison at once
 * and opens the first. Pages are fetched one at a time under a cancellable progress notification;
 * a page that fails is reported with its reason and the others are still added.
 */
export class AddArticlesCommand {
	readonly id: string;

	constructor(
		private readonly from: 'url' | 'clipboard',
		private readonly source: ComparisonSource,
		private readonly files: ArticleFiles,
		private readonly log: vscode.LogOutputChannel,
	) {
		this.id = from === 'url' ? commandIds.addArticleFromUrl : commandIds.addArticlesFromClipboard;
	}

	async execute(): Promise<void> {
		const urls = this.from === 'url' ? await askForUrls() : urlsInText(await readClipboard(5000));
		if (urls === undefined) {
			return;
		}
		if (urls.length === 0) {
			void vscode.window.showInformationMessage('Crossread: the clipboard holds no http or https URL (or could not be read).');
			return;
		}
		const folder = this.folder();
		if (!folder) {
			void vscode.window.showWarningMessage('Crossread: open a folder first: imported articles are written into it.');
			return;
		}
		// Loaded on first use: the HTML parser and Readability (0.3–0.7 s to load here) stay out of activation.
		const importer = loadImport();
		if (typeof importer === 'string') {
			void vscode.window.showErrorMessage(importer);
			return;
		}
		const { added, failed } = await vscode.window.withProgress(
			{ location: vscode.ProgressLocation.Notification, title: 'Crossread: adding articles', cancellable: true },
			(progress, token) => this.importAll(importer.importArticle, urls, folder, progress, token),
		);
		if (added.length > 0) {
			await this.files.add(added);
			await this.source.overridesChanged();
			await vscode.window.showTextDocument(added[0], { preview: false });
			void vscode.window.showInformationMessage(`Crossread: added ${countOf(added.length, 'article')} to the comparison, in ${vscode.workspace.asRelativePath(folder)}.`);
		}
		if (failed.length > 0) {
			const shown = failed.length === 1 ? `could not add ${failed[0]}` : `could not add ${failed.length} pages: ${failed.join('; ')}`;
			void vscode.window.showWarningMessage(`Crossread: ${shown}`);
		}
	}

	private async importAll(importArticle: ImportArticle, urls: string[], folder: vscode.Uri, progress: vscode.Progress<{ message?: string; increment?: number }>, token: vscode.CancellationToken) {
		const added: vscode.Uri[] = [];
		const failed: string[] = [];
		const controller = new AbortController();
		const listener = token.onCancellationRequested(() => controller.abort());
		try {
			for (const [index, url] of urls.entries()) {
				if (token.isCancellationRequested) {
					break;
				}
				progress.report({ message: urls.length > 1 ? `${index + 1} of ${urls.length}: ${url}` : url });
				try {
					const { path } = await importArticle(url, { into: folder.fsPath, signal: controller.signal });
					this.log.info(`Imported ${url} as ${path}`);
					added.push(vscode.Uri.file(path));
				} catch (error) {
					const message = importErrorMessage(error);
					this.log.warn(`Could not import ${url}: ${message}`);
					failed.push(`${url} (${message})`);
				}
				progress.report({ increment: 100 / urls.length });
			}
		} finally {
			listener.dispose();
		}
		return { added, failed };
	}

	/** The folder of the compared articles, else the first workspace folder; only on disk. */
	private folder(): vscode.Uri | undefined {
		const onDisk = (uri: vscode.Uri) => uri.scheme === 'file';
		const articles = (this.source.folder?.articles ?? []).map((article) => vscode.Uri.parse(article.uri)).filter(onDisk);
		const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri).filter(onDisk);
		const path = articleFolder(
			articles.map((uri) => uri.fsPath),
			folders.map((uri) => uri.fsPath),
		);
		return path === undefined ? undefined : vscode.Uri.file(path);
	}
}

/** Asks for one URL or several (separated by spaces), offering the clipboard's first URL. */
async function askForUrls(): Promise<string[] | undefined> {
	const [offered] = urlsInText(await readClipboard(500));
	const input = await vscode.window.showInputBox({
		title: 'Crossread: Add Article from URL',
		prompt: 'The address of a news article (several, separated by spaces, are added one after the other)',
		placeHolder: 'https://news.example/2026/02/11/story',
		value: offered ?? '',
		ignoreFocusOut: true,
		validateInput: (value) => (value.trim() === '' || urlsInText(value).length > 0 ? undefined : 'Give an http or https address.'),
	});
	return input === undefined ? undefined : urlsInText(input);
}

/**
 * The clipboard's text, or `''` when it cannot be read in time. NOTE: in a browser (code-server,
 * vscode.dev) reading it may wait for a permission the reader never gives.
 */
function readClipboard(timeoutMs: number): Promise<string> {
	return Promise.race([Promise.resolve(vscode.env.clipboard.readText()).catch(() => ''), new Promise<string>((resolve) => setTimeout(() => resolve(''), timeoutMs))]);
}

type ImportModule = typeof importModule;
type ImportArticle = ImportModule['importArticle'];

/**
 * The article import: in the extension a bundle of its own beside it (`dist/importArticle.js`;
 * esbuild.mjs leaves this require to run time), 400 KB that no activation parses.
 *
 * @returns The module, or the one line to show when its bundle is missing.
 */
function loadImport(): ImportModule | string {
	try {
		// eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle required on first use
		return requireBundle(() => require('../import/importArticle') as ImportModule, 'dist/importArticle.js', 'the article import');
	} catch (error) {
		if (error instanceof MissingBundleError) {
			return error.message;
		}
		throw error;
	}
}
