/**
 * The http(s) URLs in a piece of text (the clipboard: one URL, a list, or a paragraph with links),
 * in order, each once. Punctuation that ends a sentence or closes a bracket around the URL is not
 * part of it: "(see https://a.example/x)." gives `https://a.example/x`.
 *
 * @param text Any text.
 * @returns The URLs.
 */
export function urlsInText(text: string): string[] {
	const found = new Set<string>();
	for (const match of text.matchAll(/https?:\/\/[^\s<>"'`]+/gi)) {
		let url = match[0].replace(/[.,;:!?]+$/, '');
		// A closing bracket belongs to the URL only when it opened one inside it (`/wiki/Ferry_(boat)`).
		while (/[)\]]$/.test(url) && count(url, url.endsWith(')') ? '(' : '[') < count(url, url.slice(-1))) {
			url = url.slice(0, -1).replace(/[.,;:!?]+$/, '');
		}
		try {
			found.add(new URL(url).href);
		} catch {
			// Not a URL after all ("http://" alone).
		}
	}
	return [...found];
}

function count(text: string, char: string): number {
	return text.split(char).length - 1;
}
