import { escapeMarkdown } from '../core/report/formatMarkdown';

/**
 * Turns article text into inert Markdown for a hover or a tooltip: one line, every character
 * Markdown or HTML could read as syntax escaped (`*`, `[x](command:evil)`, `<script>`), and
 * also `:` and `@`, so that a bare address ("https://example.com", "desk@example.com") is not
 * turned into a link by GitHub-flavoured autolinking.
 *
 * @param text Any text from an article.
 * @returns Markdown that renders as exactly that text.
 */
export function inertMarkdown(text: string): string {
	return escapeMarkdown(text.replace(/\s+/g, ' ')).replace(/[:@$]/g, (char) => `\\${char}`);
}

/**
 * A `command:` link target with its arguments, for a trusted MarkdownString. The arguments are
 * JSON, percent-encoded; `(`, `)` and `'` are encoded too, as `encodeURIComponent` leaves them and
 * a `)` would end the Markdown link early.
 *
 * @param command A command id of this extension.
 * @param args The command's arguments.
 * @returns `command:<id>?<encoded JSON array>`.
 */
export function commandUri(command: string, args: unknown[]): string {
	const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
	return `command:${command}?${encoded}`;
}
