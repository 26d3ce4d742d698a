import { promises as fs } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { kindOf } from './readRegularFile';
import type { InputWarning } from './types';

/** A file to read as an article. */
export interface ArticleFile {
	/** The path shown to a person: the argument joined with the names below it (U+FFFD for bytes that are not UTF-8). */
	path: string;
	/** The path to open: the same bytes as on disk, even when a name is not valid UTF-8. */
	fsPath: Buffer;
	/** Whether a name on the way is not valid UTF-8 (so `path` is not quite the file's name). */
	badName: boolean;
}

/** What `listArticleFiles` found. */
export interface ArticleFileList {
	/** The files, sorted by `path`, each once. */
	files: ArticleFile[];
	/** Entries skipped, each with its true reason. */
	warnings: InputWarning[];
	/** Arguments that do not exist. */
	missing: string[];
}

/** Files in a folder that are about the project, not articles: "README.md", "CHANGELOG.md", "LICENSE.txt". */
const notArticlePattern = /^(?:readme|changelog|changes|license|licence|contributing|notice|authors)\b/i;

/** A symbolic link met in a folder, followed after every real entry so that a real file wins over a link to it. */
interface PendingLink {
	path: string;
	fsPath: Buffer;
	badName: boolean;
	/** The real path of the folder that holds the link. */
	parent: string;
	name: string;
}

/**
 * Lists the article files of files and folders. A file given is read whatever its name; a folder
 * is searched recursively for names with an article extension (hidden entries, `node_modules`
 * and README-like files left out). Only regular files are listed: a FIFO, socket or device with
 * an article's name is warned about with its kind. Symbolic links in folders are followed once,
 * after the real entries: a link to a file already listed, a link back to a folder above it (a
 * loop), a link to a folder already searched and a link to nothing are each skipped with a
 * warning saying so. Names that are not valid UTF-8 are kept as bytes to open, and shown with
 * U+FFFD.
 *
 * @param paths Files and folders, as given.
 * @param extensions Extensions of article files in folders (`.txt`), lower case.
 * @returns The files, the warnings and the missing arguments.
 */
export async function listArticleFiles(paths: readonly string[], extensions: readonly string[]): Promise<ArticleFileList> {
	const warnings: InputWarning[] = [];
	const missing: string[] = [];
	/** Real path of each file listed → the path it is listed under. */
	const files = new Map<string, ArticleFile>();
	/** Real path of each folder searched → the path it was searched under. */
	const folders = new Map<string, string>();
	const links: PendingLink[] = [];
	const isArticleName = (name: string) => extensions.includes(extname(name).toLowerCase()) && !notArticlePattern.test(name);

	const addFile = (file: ArticleFile, real: string) => {
		const first = files.get(real);
		if (!first) {
			files.set(real, file);
		} else if (first.path !== file.path) {
			warnings.push({ path: file.path, message: `the same file as ${first.path} (through a link), skipped` });
		}
	};

	const searchFolder = async (path: string, fsPath: Buffer, real: string, badName: boolean): Promise<void> => {
		folders.set(real, path);
		const entries = await fs.readdir(fsPath, { withFileTypes: true, encoding: 'buffer' }).catch((error: NodeJS.ErrnoException) => {
			warnings.push({ path, message: `folder not readable (${error.code ?? error.message}), skipped` });
			return [];
		});
		entries.sort((a, b) => Buffer.compare(a.name, b.name));
		for (const entry of entries) {
			const name = decodeName(entry.name);
			if (name.startsWith('.') || name === 'node_modules') {
				continue;
			}
			const child = { path: join(path, name), fsPath: joinBytes(fsPath, entry.name), badName: badName || !isUtf8(entry.name, name) };
			// Below a real folder, an entry that is not a link is at its folder's real path and name.
			const childReal = async () => (child.badName ? await realPath(child.fsPath) : join(real, name));
			if (entry.isDirectory()) {
				const real = await childReal();
				// Reached again through a link to a folder above it: its files are listed already.
				if (!folders.has(real)) {
					await searchFolder(child.path, child.fsPath, real, child.badName);
				}
			} else if (entry.isSymbolicLink()) {
				links.push({ ...child, parent: real, name });
			} else if (isArticleName(name)) {
				if (entry.isFile()) {
					addFile(child, await childReal());
				} else {
					const stat = await fs.lstat(child.fsPath).catch(() => undefined);
					warnings.push({ path: child.path, message: `not a regular file (${stat ? kindOf(stat) : 'an unknown kind of file'}), skipped` });
				}
			}
		}
	};

	const followLink = async (link: PendingLink): Promise<void> => {
		// A link with another extension is not an article, and would not have been read anyway; one with none may be a folder.
		const mayMatter = isArticleName(link.name) || extname(link.name) === '';
		const stat = await fs.stat(link.fsPath).catch((error: NodeJS.ErrnoException) => error);
		if (stat instanceof Error) {
			const reason = stat.code === 'ELOOP' ? 'a symbolic link loop' : stat.code === 'ENOENT' ? 'a symbolic link to nothing (its target does not exist)' : `a symbolic link that cannot be followed (${stat.code ?? stat.message})`;
			if (mayMatter) {
				warnings.push({ path: link.path, message: `${reason}, skipped` });
			}
			return;
		}
		const real = await realPath(link.fsPath);
		if (stat.isDirectory()) {
			const searched = folders.get(real);
			// A link to the folder that holds it, or to one above: following it would never end.
			if (link.parent === real || link.parent.startsWith(real.endsWith(sep) ? real : real + sep)) {
				warnings.push({ path: link.path, message: `a symbolic link loop (it leads back to ${searched ?? 'a folder above it'}), skipped` });
			} else if (searched !== undefined) {
				warnings.push({ path: link.path, message: `a link to ${searched}, already searched, skipped` });
			} else {
				await searchFolder(link.path, link.fsPath, real, link.badName);
			}
		} else if (isArticleName(link.name)) {
			if (stat.isFile()) {
				addFile(link, real);
			} else {
				warnings.push({ path: link.path, message: `not a regular file (a link to ${kindOf(stat)}), skipped` });
			}
		}
	};

	for (const path of paths) {
		const fsPath = Buffer.from(path);
		const stat = await fs.stat(fsPath).catch((error: NodeJS.ErrnoException) => error);
		if (stat instanceof Error) {
			if (stat.code === 'ENOENT' || stat.code === 'ENOTDIR') {
				missing.push(path);
			} else {
				warnings.push({ path, message: `${stat.code === 'ELOOP' ? 'a symbolic link loop' : `could not be read (${stat.code ?? stat.message})`}, skipped` });
			}
		} else if (stat.isDirectory()) {
			const real = await realPath(fsPath);
			if (!folders.has(real)) {
				await searchFolder(path, fsPath, real, false);
			}
		} else if (stat.isFile()) {
			addFile({ path, fsPath, badName: false }, await realPath(fsPath));
		} else {
			warnings.push({ path, message: `not a regular file (${kindOf(stat)}), skipped` });
		}
	}
	// Links last, so a real file or folder is listed under its own path; links found in linked folders join the queue.
	// NOTE: an array's iterator sees what is pushed while it runs, so links met in linked folders are followed too.
	for (const link of links) {
		await followLink(link);
	}
	const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { files: sorted, warnings, missing };
}

const nameDecoder = new TextDecoder('utf-8');

/** A file name as text; bytes that are not UTF-8 become U+FFFD (as `ls` shows `?`). */
function decodeName(name: Buffer): string {
	return nameDecoder.decode(name);
}

function isUtf8(bytes: Buffer, decoded: string): boolean {
	return !decoded.includes('\uFFFD') || Buffer.from(decoded).equals(bytes);
}

function joinBytes(folder: Buffer, name: Buffer): Buffer {
	return folder.length > 0 && folder[folder.length - 1] === sep.charCodeAt(0) ? Buffer.concat([folder, name]) : Buffer.concat([folder, Buffer.from(sep), name]);
}

/** The real path as text, with the raw bytes' hex kept when a name is not UTF-8, so two such names never meet. */
async function realPath(path: Buffer): Promise<string> {
	const real = await fs.realpath(path, { encoding: 'buffer' }).catch(() => path);
	const text = decodeName(real);
	return isUtf8(real, text) ? text : `${text}\0${real.toString('hex')}`;
}
