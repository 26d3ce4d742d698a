/**
 * Escapes text for HTML content and attribute values alike: `<script>` in an article becomes
 * `&lt;script&gt;`, a `"` cannot end an attribute.
 *
 * @param text Any text.
 * @returns HTML that shows exactly that text.
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
