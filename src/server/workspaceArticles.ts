import { promises as fs } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import { loadArticles } from '../core/load';
import type { InputWarning } from '../core/types';
import { type ComparisonOverrides, overrideDecision } from '../presentation/comparisonOverrides';
import type { ServerSettings } from './settings';

/** A file read from disk, or why it is not an article. */
type DiskText = { text: string; encoding: string } | { warning: InputWarning };

/** An article file of the workspace. */
export interface ArticleFile {
	/** Its URI, in the form `canonicalUri` gives. */
	uri: string;
	/** Its path relative to its workspace folder (prefixed with the folder's name when there are several). */
	path: string;
	/** Its path on disk. */
	file: string;
}

/**
 * One spelling of a file URI for the whole server: clients differ in what they percent-encode
 * (`file:///a%20b.md` and `file:///a b.md`), and the analysis looks articles up by URI.
 *
 * @param uri A URI from the client.
 * @returns The URI as `pathToFileURL` writes it; anything not `file:` as it came.
 */
export function canonicalUri(uri: string): string {
	return uri.startsWith('file:') ? pathToFileURL(fileURLToPath(uri)).href : uri;
}

/**
 * The article files of the workspace folders and their texts, read by the server itself: the
 * files that match `files.include` and no `files.exclude` glob (the extension's settings, with
 * VS Code's glob syntax), hidden folders and `node_modules` never entered, sorted by path and
 * cut at `files.maxFiles`. Files are read and decoded by the core's `loadArticles`, as the
 * command line reads them, once each until `forget` says one changed.
 */
export class WorkspaceArticles {
	private readonly disk = new Map<string, DiskText>();
	private listed: { files: ArticleFile[]; limitedTo: number | undefined } | undefined;

	constructor(private folders: string[]) {}

	/** Changes the workspace folders (paths); the list is made again. */
	setFolders(folders: string[]): void {
		this.folders = folders;
		this.listed = undefined;
	}

	/** A file changed on disk: it is read again next time. */
	forget(uri: string): void {
		this.disk.delete(canonicalUri(uri));
	}

	/** Every file is read again next time (Re-analyse). */
	forgetAll(): void {
		this.disk.clear();
		this.listed = undefined;
	}

	/** Files were created or deleted, or the settings changed: the list is made again. */
	relist(): void {
		this.listed = undefined;
	}

	/** The workspace folder (path) that holds a file URI, if any: the deepest one. */
	folderOf(uri: string): string | undefined {
		const file = uri.startsWith('file:') ? fileURLToPath(uri) : uri;
		return this.folders.filter((folder) => file === folder || file.startsWith(folder.endsWith(sep) ? folder : folder + sep)).sort((a, b) => b.length - a.length)[0];
	}

	/** The workspace folders. */
	get roots(): readonly string[] {
		return this.folders;
	}

	/**
	 * The article files, listed once per `relist`.
	 *
	 * @param settings `files.include`, `files.exclude`, `files.maxFiles`.
	 */
	async list(settings: ServerSettings['files'], overrides: ComparisonOverrides = { included: [], excluded: [] }): Promise<{ files: ArticleFile[]; limitedTo: number | undefined }> {
		if (!this.listed) {
			const include = picomatch(settings.include);
			const exclude = settings.exclude.length > 0 ? picomatch(settings.exclude) : () => false;
			const files: ArticleFile[] = [];
			for (const folder of this.folders) {
				for (const file of await walk(folder)) {
					const path = relative(folder, file).split(sep).join('/');
					const uri = pathToFileURL(file).href;
					// Add to / Remove from Comparison: the closest choice decides; a folder added brings its files that match the glob.
					const decided = overrideDecision(uri, overrides);
					if (decided === undefined ? include(path) && !exclude(path) : decided && (include(path) || overrides.included.includes(uri))) {
						files.push({ uri, file, path: this.folders.length > 1 ? `${folder.split(sep).pop()}/${path}` : path });
					}
				}
			}
			files.sort((a, b) => a.path.localeCompare(b.path));
			this.listed = files.length > settings.maxFiles ? { files: files.slice(0, settings.maxFiles), limitedTo: settings.maxFiles } : { files, limitedTo: undefined };
		}
		return this.listed;
	}

	/**
	 * Reads the files not read yet (sixteen at a time, by `loadArticles`).
	 *
	 * @returns Each file's text or the warning that skips it, by URI.
	 */
	async read(files: readonly ArticleFile[]): Promise<ReadonlyMap<string, DiskText>> {
		const missing = files.filter((file) => !this.disk.has(file.uri));
		if (missing.length > 0) {
			const loaded = await loadArticles(missing.map((file) => file.file));
			const byFile = new Map(missing.map((file) => [file.file, file]));
			for (const source of loaded.sources) {
				this.disk.set(byFile.get(source.path)!.uri, { text: source.text, encoding: source.encoding ?? 'utf-8' });
			}
			for (const warning of loaded.warnings) {
				const file = byFile.get(warning.path);
				// A caveat ("read as Windows-1252") comes with a text: the text stays.
				if (file && !this.disk.has(file.uri)) {
					this.disk.set(file.uri, { warning: { path: file.path, message: warning.message } });
				}
			}
			for (const path of loaded.missing) {
				const file = byFile.get(path);
				if (file) {
					this.disk.set(file.uri, { warning: { path: file.path, message: 'deleted while being read, skipped' } });
				}
			}
		}
		return this.disk;
	}
}

/** Every file under a folder, hidden folders and `node_modules` left out (a `node_modules` holds thousands of README.md files). */
async function walk(folder: string): Promise<string[]> {
	const found: string[] = [];
	const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
	for (const entry of entries) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			if (!entry.name.startsWith('.') && entry.name !== 'node_modules') {
				found.push(...(await walk(path)));
			}
		} else if (entry.isFile()) {
			found.push(path);
		}
	}
	return found;
}
