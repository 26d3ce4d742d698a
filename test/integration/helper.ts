import * as vscode from 'vscode';
import type { CrossreadApi } from '../../src/extension';
import type { DiscrepancyItem } from '../../src/presentation/folderModels';

/** The extension's id: `publisher.name` from package.json. */
export const extensionId = 'crossread.crossread';

/** A file of the fixture workspace (`test/fixtures/workspace`, opened by `.vscode-test.mjs`). */
export function fixture(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder) {
		throw new Error('The integration tests need the fixture workspace open.');
	}
	return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens an article in an editor, which activates the extension, and waits for its analysis. */
export async function openArticle(name: string): Promise<{ editor: vscode.TextEditor; api: CrossreadApi }> {
	const editor = await vscode.window.showTextDocument(fixture(name));
	const extension = vscode.extensions.getExtension<CrossreadApi>(extensionId);
	if (!extension) {
		throw new Error(`${extensionId} is not installed in the test instance.`);
	}
	const api = await extension.activate();
	await waitFor(async () => (await api.source.whenIdle()) !== undefined && api.source.isArticle(editor.document.uri), 'the article is analysed');
	return { editor, api };
}

/** The position of the first occurrence of a text in a document, plus an offset into it. */
export function positionOf(document: vscode.TextDocument, text: string, into = 1): vscode.Position {
	const offset = document.getText().indexOf(text);
	if (offset < 0) {
		throw new Error(`"${text}" is not in ${document.uri.path}`);
	}
	return document.positionAt(offset + into);
}

/** Polls until a condition holds, failing with what was awaited. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
	const until = Date.now() + timeout;
	while (!(await condition())) {
		if (Date.now() > until) {
			throw new Error(`Timed out waiting until ${what}.`);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

/** The plain text of a hover's contents. */
export function hoverText(hovers: vscode.Hover[]): string {
	return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}


/** The discrepancies listed (or ignored) once the comparison under way has landed. */
export async function discrepanciesOf(api: CrossreadApi, which: 'listed' | 'ignored' = 'listed'): Promise<DiscrepancyItem[]> {
	await api.source.whenIdle();
	return api.source.discrepancyList(which);
}

/** The ids of the articles compared, once the comparison under way has landed. */
export async function articleIds(api: CrossreadApi): Promise<string[] | undefined> {
	return (await api.source.whenIdle())?.articles.map((article) => article.id);
}
