import * as vscode from 'vscode';
import type { Span } from '../core/types';

/**
 * Marks the words of another outlet's passage that differ from the one compared with, in bold on
 * the diff editor's inserted-text background (the hover card shows the same words in bold), when
 * Compare Passage opens it beside. The marks last until the article is edited or another passage
 * is compared: they belong to one comparison.
 */
class PassageWordMarks implements vscode.Disposable {
	private readonly type = vscode.window.createTextEditorDecorationType({
		fontWeight: 'bold',
		backgroundColor: new vscode.ThemeColor('diffEditor.insertedTextBackground'),
		// High-contrast themes leave that background out: an outline keeps the words apart.
		outlineColor: new vscode.ThemeColor('contrastActiveBorder'),
		outlineStyle: 'dotted',
		outlineWidth: '1px',
	});
	private marked: vscode.TextEditor | undefined;
	private readonly onEdit = vscode.workspace.onDidChangeTextDocument((event) => {
		if (event.contentChanges.length > 0 && event.document === this.marked?.document) {
			this.clear();
		}
	});

	mark(editor: vscode.TextEditor, ranges: vscode.Range[]): void {
		this.clear();
		editor.setDecorations(this.type, ranges);
		this.marked = ranges.length > 0 ? editor : undefined;
	}

	private clear(): void {
		this.marked?.setDecorations(this.type, []);
		this.marked = undefined;
	}

	dispose(): void {
		this.onEdit.dispose();
		this.type.dispose();
	}
}

let marks: PassageWordMarks | undefined;

/**
 * Registers the marks of differing words (`markPassageWords`).
 *
 * @returns Their registration.
 */
export function registerPassageWordMarks(): vscode.Disposable {
	marks = new PassageWordMarks();
	const registered = marks;
	return new vscode.Disposable(() => {
		registered.dispose();
		if (marks === registered) {
			marks = undefined;
		}
	});
}

/**
 * Marks the words that differ in an editor just opened on another outlet's passage; earlier marks go.
 *
 * @param editor The other outlet's editor.
 * @param ranges Its differing words.
 */
export function markPassageWords(editor: vscode.TextEditor, ranges: vscode.Range[]): void {
	marks?.mark(editor, ranges);
}

/** Spans of words as a list a command argument may carry: kept only when well formed. */
export function wordSpans(value: unknown): Span[] {
	return Array.isArray(value) ? value.filter((span): span is Span => Number.isInteger(span?.start) && Number.isInteger(span?.end) && span.start <= span.end) : [];
}
