import * as vscode from 'vscode';
import { markStyle } from '../presentation/discrepancyMarks';
import type { ComparisonSource } from './comparisonSource';
import { spanRange } from './ranges';
import { diagnosticsEnabled, onDidChangeSetting, readHighlights } from './settings';

/**
 * Marks discrepancies in place: a wavy underline where this outlet differs from the others, a
 * dotted one where it sides with the majority of a discrepancy, and a mark in the overview
 * ruler. A claim no other outlet reports gets a gutter icon instead: underlining whole
 * sentences would bury the real disagreements. Decorations move with edits by themselves, so an
 * article being edited keeps its marks until its new analysis replaces them. Only the
 * discrepancies listed are marked: not those the filter hides or the reader ignored. With
 * diagnostics on, their squiggle is the mark of a differing passage (`markStyle`).
 *
 * @param mediaUri The extension's `media` folder (gutter icons).
 * @returns The decorations' registration.
 */
export function registerDiscrepancyDecorations(source: ComparisonSource, mediaUri: vscode.Uri): vscode.Disposable {
	const differs = vscode.window.createTextEditorDecorationType({
		textDecoration: 'underline wavy var(--vscode-crossread-discrepancyUnderline)',
		overviewRulerColor: new vscode.ThemeColor('crossread.discrepancyOverviewRuler'),
		overviewRulerLane: vscode.OverviewRulerLane.Right,
	});
	const agrees = vscode.window.createTextEditorDecorationType({
		textDecoration: 'underline dotted var(--vscode-crossread-agreeingUnderline)',
	});
	const onlyHere = vscode.window.createTextEditorDecorationType({
		light: { gutterIconPath: vscode.Uri.joinPath(mediaUri, 'icons', 'only-here-light.svg') },
		dark: { gutterIconPath: vscode.Uri.joinPath(mediaUri, 'icons', 'only-here-dark.svg') },
		gutterIconSize: '80%',
	});
	const types = [differs, agrees, onlyHere];

	const decorate = async (editor: vscode.TextEditor) => {
		if (!readHighlights(editor.document.uri).discrepancies) {
			types.forEach((type) => editor.setDecorations(type, []));
			return;
		}
		const found = await source.marks(editor.document);
		if (!found) {
			return;
		}
		const byType = new Map(types.map((type) => [type, [] as vscode.DecorationOptions[]]));
		const byStyle = { differs, agrees, onlyHere };
		const diagnosticsOn = diagnosticsEnabled();
		for (const mark of found.marks) {
			const style = markStyle(mark, diagnosticsOn);
			// No hover message of its own: the hover card already says how the other outlets differ.
			if (style !== 'none') {
				byType.get(byStyle[style])!.push({ range: spanRange(editor.document, mark) });
			}
		}
		byType.forEach((options, type) => editor.setDecorations(type, options));
	};
	const decorateAll = () => vscode.window.visibleTextEditors.forEach((editor) => void decorate(editor));

	decorateAll();
	return vscode.Disposable.from(
		...types,
		source.onDidChange(decorateAll),
		vscode.window.onDidChangeVisibleTextEditors(decorateAll),
		onDidChangeSetting('crossread.highlights', decorateAll),
		onDidChangeSetting('crossread.diagnostics', decorateAll),
	);
}
