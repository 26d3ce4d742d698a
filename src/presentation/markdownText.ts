import { stripControls } from '../core/report/controlCharacters';
import { escapeMarkdown } from '../core/report/formatMarkdown';

/**
 * Turns article text into inert Markdown for a hover or a tooltip: one line, control and
 * bidirectional characters dropped, every character Markdown or HTML could read as syntax
 * escaped (`*`, `[x](command:evil)`, `![x](https://…)`, `<script>`, a bare address that
 * autolinking would make a link, `$(icon)`: see `escapeMarkdown`).
 *
 * @param text Any text from an article or a file name.
 * @returns Markdown that renders as exactly that text.
 */
export function inertMarkdown(text: string): string {
	return escapeMarkdown(stripControls(text).replace(/\s+/g, ' '));
}

/**
 * Text from an article, a file name or an ignore file made inert for a notification's message,
 * which VS Code does not read as Markdown but where `[label](https://…)` and `[label](command:…)`
 * still become links: a `](` is split with a space ("[Ignore] (command:…)"), and control and
 * bidirectional characters are dropped.
 *
 * @param text A message that holds such text.
 * @returns The message, with no link a reader could click.
 */
export function inertNotificationText(text: string): string {
	return stripControls(text).replace(/\]\s*\(/g, '] (');
}

/**
 * Text from an article made inert for a quick pick row, which draws `$(name)` as an icon: every
 * `$(` is escaped (`\\$(`, which VS Code shows as `$(`), and control and bidirectional
 * characters are dropped. An outlet called "$(alert) Official" keeps its words and gets no icon.
 *
 * @param text A label, description or detail.
 * @returns The same words, with no icon.
 */
export function inertLabel(text: string): string {
	return stripControls(text).replace(/\$\(/g, '\\$(');
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
