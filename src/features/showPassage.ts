import * as vscode from 'vscode';
import { inertNotificationText } from '../presentation/markdownText';
import type { PassageTarget } from '../presentation/passageTarget';
import type { ComparisonSource } from './comparisonSource';
import { markPassageWords, wordSpans } from './passageWordMarks';
import { spanRange } from './ranges';

/**
 * Opens an article with a passage selected and in view, its differing words marked when the
 * target names them (Compare Passage); any other opening clears such marks.
 *
 * @param source The comparison the target's offsets point into (the article's text as compared).
 * @param target Article and span.
 * @param viewColumn Where to open it.
 * @returns The editor, or `undefined` when the article is no longer compared.
 */
export async function showPassage(source: ComparisonSource, target: PassageTarget, viewColumn: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> {
	const folder = source.folder ?? (await source.whenIdle());
	const article = folder?.articles.find((candidate) => candidate.id === target.article);
	if (!article) {
		void vscode.window.showWarningMessage(inertNotificationText(`Crossread: "${target.article}" is no longer among the compared articles.`));
		return undefined;
	}
	const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(article.uri));
	const range = spanRange(document, target);
	const editor = await vscode.window.showTextDocument(document, { viewColumn, selection: range, preserveFocus: target.preserveFocus === true });
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	markPassageWords(
		editor,
		wordSpans(target.words).map((word) => spanRange(document, word)),
	);
	return editor;
}

/** Whether a command argument is a passage target (links can be followed with any arguments). */
export function isPassageTarget(value: unknown): value is PassageTarget {
	const candidate = value as Partial<PassageTarget> | undefined;
	return typeof candidate?.article === 'string' && Number.isInteger(candidate.start) && Number.isInteger(candidate.end) && candidate.start! <= candidate.end!;
}
