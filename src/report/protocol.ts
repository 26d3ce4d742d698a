/**
 * The messages between the report webview (`media/report.js`) and the extension. The script
 * imports these types through JSDoc, so both sides agree on them.
 */

/** Show a passage in the editor: the article and its range as line/character pairs. */
export interface RevealMessage {
	/** The message kind. */
	type: 'reveal';
	/** `Article.id`. */
	article: string;
	/** Start line, start character, end line, end character (0-based, as the report gives them). */
	range: [number, number, number, number];
}

/** Ignore a discrepancy (its Ignore button), or list it again (Stop Ignoring, in the Ignored section). */
export interface IgnoreMessage {
	/** The message kind. */
	type: 'ignore' | 'stopIgnoring';
	/** The discrepancy's id. */
	discrepancy: string;
}

/** Every message the report webview posts. */
export type ReportMessage = RevealMessage | IgnoreMessage;

/** What the report webview keeps across re-renders and while hidden (`vscode.setState`). */
export interface ReportState {
	/** Filter chips switched off, as `severity:low` or `kind:omission`. */
	hidden: string[];
	/** Vertical scroll position. */
	scrollY: number;
}

/** Whether a value posted by the webview is a message this extension understands. */
export function isReportMessage(value: unknown): value is ReportMessage {
	const message = value as Partial<RevealMessage> & Partial<IgnoreMessage> | undefined;
	if (message?.type === 'ignore' || message?.type === 'stopIgnoring') {
		return typeof message.discrepancy === 'string';
	}
	return message?.type === 'reveal' && typeof message.article === 'string' && Array.isArray(message.range) && message.range.length === 4 && message.range.every((n) => Number.isInteger(n) && n >= 0);
}
