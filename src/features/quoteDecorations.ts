import * as vscode from 'vscode';
import type { ComparisonSource } from './comparisonSource';
import { spanRange } from './ranges';
import { onDidChangeSetting, readHighlights } from './settings';

/**
 * A faint background under direct speech (`crossread.quotationBackground`), beside the token
 * colour: in the default light themes a string's colour is a dark blue or red close to the body
 * text's dark grey (a contrast of 1.3 to 1.4 in "Light 2026" and "Light Modern"), so quotes
 * were barely distinct from prose. The colour is set per theme kind; high-contrast themes get
 * none, as their string colour stands out already. Scare quotes and titles keep the colour only.
 *
 * @returns The decorations' registration.
 */
export function registerQuoteDecorations(source: ComparisonSource): vscode.Disposable {
	const quotation = vscode.window.createTextEditorDecorationType({
		backgroundColor: new vscode.ThemeColor('crossread.quotationBackground'),
		rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
	});
	const decorate = async (editor: vscode.TextEditor) => {
		const found = await source.marks(editor.document);
		if (!found) {
			return;
		}
		if (!readHighlights(editor.document.uri).quotes) {
			editor.setDecorations(quotation, []);
			return;
		}
		editor.setDecorations(
			quotation,
			found.speech.map((quote) => spanRange(editor.document, quote)),
		);
	};
	const decorateAll = () => vscode.window.visibleTextEditors.forEach((editor) => void decorate(editor));
	decorateAll();
	return vscode.Disposable.from(quotation, source.onDidChange(decorateAll), vscode.window.onDidChangeVisibleTextEditors(decorateAll), onDidChangeSetting('crossread.highlights', decorateAll));
}
