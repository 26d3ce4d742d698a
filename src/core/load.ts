import { promises as fs } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { decodeBytes } from './decode';
import type { ArticleSource } from './parse';
import type { InputWarning } from './types';

/** Options for `loadArticles`. */
export interface LoadOptions {
	/** File extensions read as articles (default: `.txt`, `.md`, `.markdown`, `.news`, `.article`). */
	extensions?: string[];
	/** Larger files are skipped with a warning (default: 64 MB). */
	maxBytes?: number;
}

/** What `loadArticles` read, and what it could not. */
export interface LoadResult {
	/** Articles, sorted by path. */
	sources: ArticleSource[];
	/** Files skipped or read with a caveat (binary, empty, deleted while read, too large). */
	warnings: InputWarning[];
	/** Paths that do not exist: the caller should stop. */
	missing: string[];
}

const defaultExtensions = ['.txt', '.md', '.markdown', '.news', '.article'];
const defaultMaxBytes = 64 * 1024 * 1024;

/** Files in a folder that are about the project, not articles: "README.md", "CHANGELOG.md", "LICENSE.txt". */
const notArticlePattern = /^(?:readme|changelog|changes|license|licence|contributing|notice|authors)\b/i;

/** How many files are read at once: enough to hide disk latency, few enough for thousands of files. */
const readConcurrency = 16;

/**
 * Reads article files: each path is a file, or a folder searched recursively (hidden folders
 * and `node_modules` left out). Bad files never stop the others: each becomes a warning.
 *
 * @param paths Files and folders.
 * @param options See `LoadOptions`.
 * @returns The decoded articles, warnings, and paths that do not exist.
 */
export async function loadArticles(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
	const extensions = options.extensions ?? defaultExtensions;
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const warnings: InputWarning[] = [];
	const missing: string[] = [];
	const files: string[] = [];

	for (const path of paths) {
		const stat = await fs.stat(path).catch(() => undefined);
		if (!stat) {
			missing.push(path);
		} else if (stat.isDirectory()) {
			files.push(...(await listArticleFiles(path, extensions)));
		} else {
			files.push(path);
		}
	}

	const unique = [...new Set(files)].sort();
	const read: (ArticleSource | undefined)[] = new Array(unique.length);
	let next = 0;
	const worker = async () => {
		while (next < unique.length) {
			const index = next++;
			read[index] = await readArticle(unique[index], maxBytes, warnings);
		}
	};
	await Promise.all(Array.from({ length: Math.min(readConcurrency, unique.length) }, worker));

	const sources = read.filter((source): source is ArticleSource => source !== undefined);
	assignUniqueIds(sources);
	return { sources, warnings, missing };
}

async function listArticleFiles(folder: string, extensions: string[]): Promise<string[]> {
	const found: string[] = [];
	const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
	for (const entry of entries) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') {
			continue;
		}
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			found.push(...(await listArticleFiles(path, extensions)));
		} else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase()) && !notArticlePattern.test(entry.name)) {
			found.push(path);
		}
	}
	return found;
}

async function readArticle(path: string, maxBytes: number, warnings: InputWarning[]): Promise<ArticleSource | undefined> {
	let bytes: Uint8Array;
	try {
		const stat = await fs.stat(path);
		if (stat.size > maxBytes) {
			warnings.push({ path, message: `too large (${megabytes(stat.size)} MB, the limit is ${megabytes(maxBytes)} MB), skipped` });
			return undefined;
		}
		bytes = await fs.readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason = code === 'ENOENT' ? 'deleted while being read' : code === 'EACCES' ? 'not readable (permission denied)' : `could not be read (${code ?? String(error)})`;
		warnings.push({ path, message: `${reason}, skipped` });
		return undefined;
	}
	const decoded = decodeBytes(bytes);
	if ('error' in decoded) {
		warnings.push({ path, message: decoded.error.includes('skipped') ? decoded.error : `${decoded.error}, skipped` });
		return undefined;
	}
	if (decoded.encoding === 'windows-1252') {
		warnings.push({ path, message: 'not valid UTF-8: read as Windows-1252' });
	}
	return { id: '', path, text: decoded.text, encoding: decoded.encoding };
}

/** Ids are file names without extension; a clash gets the parent folder, then a counter. */
function assignUniqueIds(sources: ArticleSource[]): void {
	const taken = new Set<string>();
	for (const source of sources) {
		const base = basename(source.path, extname(source.path));
		let id = base;
		for (let n = 2; taken.has(id); n++) {
			id = `${base}-${n}`;
		}
		taken.add(id);
		source.id = id;
	}
}

function megabytes(bytes: number): string {
	return (bytes / 1024 / 1024).toFixed(1);
}
