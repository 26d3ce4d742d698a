import * as vscode from 'vscode';
import type { LineIndex } from '../core/lineIndex';
import type { Span } from '../core/types';

/** A core span as a `vscode.Range`, through the line index of the text it points into. */
export function toRange(lines: LineIndex, span: Span): vscode.Range {
	const start = lines.positionAt(span.start);
	const end = lines.positionAt(span.end);
	return new vscode.Range(start.line, start.character, end.line, end.character);
}

/** A span of a document's text as a `vscode.Range` (the document holds the text the span points into). */
export function spanRange(document: vscode.TextDocument, span: Span): vscode.Range {
	return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The documents Crossread reads as articles: files in its own language, plain text and Markdown. */
export const articleSelector: vscode.DocumentSelector = [
	{ scheme: 'file', language: 'news-article' },
	{ scheme: 'file', language: 'plaintext' },
	{ scheme: 'file', language: 'markdown' },
];
