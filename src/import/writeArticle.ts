import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ExtractedArticle } from './extractArticle';

/** An article ready to be written: what the page gave, where it came from and when. */
export interface ImportedArticle extends ExtractedArticle {
	/** The page's URL, or `file://…` of a saved page that does not say where it came from. */
	url: string;
	/** When it was fetched or read, as an ISO time stamp in UTC (`2026-12-03T16:40:00Z`). */
	retrieved: string;
}

/** Longest file name made from an outlet and a headline, before `.md`: readable in the explorer, safe on every disk. */
const maxNameLength = 80;

/**
 * The file name of an article: the outlet's and the headline's words, lower-case, joined by
 * hyphens, accents dropped ("Rundschau Oberwölm", "Brücke über die Wölm" →
 * `rundschau-oberwolm-brucke-uber-die-wolm.md`), cut at a word before 80 characters. Only letters,
 * digits and hyphens remain, so no name can climb out of the folder (`../`), hide (`.x`) or be
 * refused by Windows (`a:b`, `CON`).
 *
 * @param outlet The outlet, when known.
 * @param title The headline.
 */
export function articleFileName(outlet: string | undefined, title: string): string {
	const words = (text: string | undefined) =>
		(text ?? '')
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/ß/g, 'ss')
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean);
	const all = [...words(outlet), ...words(title)];
	let name = '';
	for (const word of all) {
		const next = name ? `${name}-${word}` : word;
		if (next.length > maxNameLength) {
			name ||= word.slice(0, maxNameLength);
			break;
		}
		name = next;
	}
	// Windows reserves these names whatever the extension ("con.md" cannot be created).
	return `${!name ? 'article' : /^(con|prn|aux|nul|com\d|lpt\d)$/.test(name) ? `${name}-article` : name}.md`;
}

/**
 * The Markdown file of an article: YAML front matter (outlet, date, title, byline, url, retrieved,
 * in that order, the missing ones left out), a blank line, then the body. The core reads these
 * keys back (`outlet`, `date`, `title`, `byline`, `url`; `retrieved` is for the reader).
 */
export function formatArticle(article: ImportedArticle): string {
	const front: Record<string, string> = {};
	for (const key of ['outlet', 'date', 'title', 'byline', 'url', 'retrieved'] as const) {
		const value = article[key];
		if (value) {
			front[key] = value;
		}
	}
	return `---\n${stringify(front, { lineWidth: 0 })}---\n\n${article.body}`;
}

/**
 * Writes an article into a folder (created when missing) under its own name, never over an
 * existing file: `name.md` taken, it tries `name-2.md`, `name-3.md`…
 *
 * @param folder Where to write.
 * @param article The article.
 * @returns The path of the file written.
 */
export async function writeArticle(folder: string, article: ImportedArticle): Promise<string> {
	await mkdir(folder, { recursive: true });
	const text = formatArticle(article);
	const base = articleFileName(article.outlet, article.title).replace(/\.md$/, '');
	for (let counter = 1; ; counter++) {
		const path = join(folder, counter === 1 ? `${base}.md` : `${base}-${counter}.md`);
		try {
			// `wx` fails when the file exists, atomically: two imports at once never share a name.
			await writeFile(path, text, { flag: 'wx' });
			return path;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || counter >= 1000) {
				throw error;
			}
		}
	}
}
