import { stripControls } from '../core/report/controlCharacters';

/**
 * Escapes text for HTML content and attribute values alike: `<script>` in an article becomes
 * `&lt;script&gt;`, a `"` cannot end an attribute; control and bidirectional characters are
 * dropped (a right-to-left override would show a passage's words in another order).
 *
 * @param text Any text.
 * @returns HTML that shows exactly that text.
 */
export function escapeHtml(text: string): string {
	return stripControls(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
