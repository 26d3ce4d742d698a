import * as vscode from 'vscode';
import { inertNotificationText } from '../presentation/markdownText';
import type { PassageTarget } from '../presentation/passageTarget';
import type { AnalysisService } from './analysisService';
import { markPassageWords, wordSpans } from './passageWordMarks';
import { toRange } from './ranges';

/**
 * Opens an article with a passage selected and in view, its differing words marked when the
 * target names them (Compare Passage); any other opening clears such marks.
 *
 * @param analysis The analysis the target's offsets point into.
 * @param target Article and span.
 * @param viewColumn Where to open it.
 * @returns The editor, or `undefined` when the article is no longer compared.
 */
export async function showPassage(analysis: AnalysisService, target: PassageTarget, viewColumn: vscode.ViewColumn): Promise<vscode.TextEditor | undefined> {
	const snapshot = analysis.current;
	const record = snapshot?.record(target.article);
	if (!snapshot || !record) {
		void vscode.window.showWarningMessage(inertNotificationText(`Crossread: "${target.article}" is no longer among the compared articles.`));
		return undefined;
	}
	const range = toRange(snapshot.lines(record.id), target);
	const editor = await vscode.window.showTextDocument(record.uri, { viewColumn, selection: range, preserveFocus: target.preserveFocus === true });
	editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	const lines = snapshot.lines(record.id);
	markPassageWords(
		editor,
		wordSpans(target.words).map((word) => toRange(lines, word)),
	);
	return editor;
}

/** Whether a command argument is a passage target (links can be followed with any arguments). */
export function isPassageTarget(value: unknown): value is PassageTarget {
	const candidate = value as Partial<PassageTarget> | undefined;
	return typeof candidate?.article === 'string' && Number.isInteger(candidate.start) && Number.isInteger(candidate.end) && candidate.start! <= candidate.end!;
}
