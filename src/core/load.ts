import { basename, extname } from 'node:path';
import { decodeBytes } from './decode';
import { type ArticleFile, listArticleFiles } from './listArticleFiles';
import type { ArticleSource } from './parse';
import { readRegularFile } from './readRegularFile';
import { isCrossreadReport } from './safeWrite';
import type { InputWarning } from './types';

/** Options for `loadArticles`. */
export interface LoadOptions {
	/** File extensions read as articles (default: `.txt`, `.md`, `.markdown`, `.news`, `.article`). */
	extensions?: string[];
	/** Larger files are skipped with a warning (default: `defaultMaxBytes`, 16 MB). */
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

/** The same extensions as a glob, the default of `crossread.files.include` (in `package.json` too). */
export const defaultArticleGlob = `**/*.{${defaultExtensions.map((extension) => extension.slice(1)).join(',')}}`;
/**
 * The largest file read as an article. A long news article is 50 KB; 16 MB still takes a book or
 * a whole site's dump (analysed in linear time, `npm run fuzz`), while a 50 MB file, whose analysis
 * and comparison would hold gigabytes, is refused with a warning before it is read.
 */
export const defaultMaxBytes = 16 * 1024 * 1024;

/** How many files are read at once: enough to hide disk latency, few enough for thousands of files. */
const readConcurrency = 16;

/**
 * Reads article files: each path is a file, or a folder searched recursively (see
 * `listArticleFiles`: regular files only, links followed once). Bad files never stop the
 * others: each becomes a warning with its true reason, and so does a file read with a caveat
 * (bytes that are not UTF-8, a name that is not UTF-8).
 *
 * @param paths Files and folders.
 * @param options See `LoadOptions`.
 * @returns The decoded articles, warnings, and paths that do not exist.
 */
export async function loadArticles(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
	const extensions = options.extensions ?? defaultExtensions;
	const maxBytes = options.maxBytes ?? defaultMaxBytes;
	const { files, warnings, missing } = await listArticleFiles(paths, extensions);

	const read: (ArticleSource | undefined)[] = new Array(files.length);
	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const index = next++;
			read[index] = await readArticle(files[index], maxBytes, warnings);
		}
	};
	await Promise.all(Array.from({ length: Math.min(readConcurrency, files.length) }, worker));

	const sources = read.filter((source): source is ArticleSource => source !== undefined);
	assignUniqueIds(sources);
	// Files are read in parallel: their warnings are put back in path order.
	warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { sources, warnings, missing };
}

async function readArticle(file: ArticleFile, maxBytes: number, warnings: InputWarning[]): Promise<ArticleSource | undefined> {
	const { path } = file;
	const read = await readRegularFile(file.fsPath, maxBytes);
	if ('error' in read) {
		warnings.push({ path, message: `${read.error}, skipped` });
		return undefined;
	}
	const decoded = decodeBytes(read.bytes);
	if ('error' in decoded) {
		warnings.push({ path, message: decoded.error.includes('skipped') ? decoded.error : `${decoded.error}, skipped` });
		return undefined;
	}
	// A report written into the folder (`--out report.md`) is not an outlet: comparing it would
	// set every quote it lists against the articles it was made from.
	if (isCrossreadReport(decoded.text)) {
		warnings.push({ path, message: 'a Crossread report, not an article, skipped' });
		return undefined;
	}
	if (file.badName) {
		warnings.push({ path, message: 'its name is not valid UTF-8: shown with \uFFFD, read all the same' });
	}
	if (decoded.caveat) {
		warnings.push({ path, message: decoded.caveat });
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
