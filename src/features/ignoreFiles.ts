import * as vscode from 'vscode';
import { ignoreFileName, type IgnoreFileContent } from '../core/ignore';
import { maxIgnoreFileBytes } from '../core/ignoreFileText';
import { fold, ignoreFileProblem, type IgnoreKey, readIgnoreText, removeIgnoreEntries } from '../presentation/ignoreFile';
import { inertNotificationText } from '../presentation/markdownText';
import { readWorkspaceFile } from './workspaceFiles';

/** One workspace folder's `.crossread.json`. */
interface FolderList {
	/** The file. */
	uri: vscode.Uri;
	/** The list in effect: the file's, or its last valid one while the file does not parse. */
	list: IgnoreFileContent;
	/** What is wrong with the file, while something is. */
	error?: string;
}

/** An ignore file that cannot be read as one, and why. */
export interface IgnoreFileProblem {
	/** The file. */
	uri: vscode.Uri;
	/** The message of `parseIgnoreFile`, or why the file could not be read. */
	message: string;
	/** Whether the file's last valid list is still in effect (else nothing of it is). */
	keptLastValid: boolean;
}

/**
 * The reader's ignore lists: `.crossread.json` at the root of each workspace folder, in the
 * command line's format. Read at start, watched, and edited in place (everything else in the
 * file is kept). The lists of all folders apply together: a discrepancy spans outlets, and in a
 * multi-root workspace they can sit in different folders. A file that does not parse is
 * reported once with a warning (never a modal), and its last valid list stays in effect until
 * it is fixed, so that one typo does not bring back everything the reader set aside.
 */
export class IgnoreFiles implements vscode.Disposable {
	private readonly _onDidChange = new vscode.EventEmitter<void>();
	/** Fires when the lists in effect, or their problems, change. */
	readonly onDidChange = this._onDidChange.event;

	private folders = new Map<string, FolderList>();
	private merged: IgnoreFileContent = {};
	private fingerprint = '';
	private watchers: vscode.Disposable[] = [];
	private readonly disposables: vscode.Disposable[] = [];
	/** Reads and edits run one at a time, in order: a save and an Ignore click never interleave. */
	private queue: Promise<unknown> = Promise.resolve();
	private readonly loaded: Promise<void>;

	constructor(private readonly log: vscode.LogOutputChannel) {
		this.disposables.push(
			this._onDidChange,
			vscode.workspace.onDidChangeWorkspaceFolders(() => void this.watch()),
		);
		this.loaded = this.watch();
	}

	/** The lists of every workspace folder, together. */
	get list(): IgnoreFileContent {
		return this.merged;
	}

	/** The files that do not parse, and why. */
	get problems(): IgnoreFileProblem[] {
		return [...this.folders.values()].flatMap((folder) => (folder.error ? [{ uri: folder.uri, message: folder.error, keptLastValid: Object.keys(folder.list).length > 0 }] : []));
	}

	/** Resolves once every folder's file has been read the first time. */
	whenLoaded(): Promise<void> {
		return this.loaded;
	}

	/** The ignore file of a workspace folder (it may not exist). */
	uriOf(folder: vscode.WorkspaceFolder): vscode.Uri {
		return vscode.Uri.joinPath(folder.uri, ignoreFileName);
	}

	/** The lists in effect, per workspace folder. */
	folderLists(): { folder: vscode.WorkspaceFolder; list: IgnoreFileContent }[] {
		return (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => {
			const entry = this.folders.get(folder.uri.toString());
			return entry ? [{ folder, list: entry.list }] : [];
		});
	}

	/** The workspace folder whose ignore file an entry about a file goes into: the file's folder, else the first. */
	folderFor(uri: vscode.Uri | undefined): vscode.WorkspaceFolder | undefined {
		return (uri && vscode.workspace.getWorkspaceFolder(uri)) || vscode.workspace.workspaceFolders?.[0];
	}

	/**
	 * Removes entries from every folder's ignore file that holds one (compared as the ignore
	 * list compares them), keeping the rest of each file.
	 *
	 * @param key Which list.
	 * @param values The entries.
	 * @returns Whether any file was written.
	 */
	async removeEverywhere(key: IgnoreKey, values: readonly string[]): Promise<boolean> {
		const wanted = new Set(values.map(fold));
		let changed = false;
		for (const { folder, list } of this.folderLists()) {
			if (list[key]?.some((value) => wanted.has(fold(value)))) {
				changed = (await this.edit(folder, (text) => removeIgnoreEntries(text, key, values))) || changed;
			}
		}
		return changed;
	}

	/**
	 * Changes a folder's ignore file: reads it, lets `change` return the new text, writes it with
	 * `workspace.fs`, and applies the new list at once (the watcher's event that follows changes
	 * nothing more). Refuses, with a warning that says what to do, when the file does not parse
	 * or is open with unsaved changes: writing over it would lose what the reader wrote.
	 *
	 * @param folder The workspace folder whose `.crossread.json` to change (created when absent).
	 * @param change The file's new text from its current text (`undefined` when there is none).
	 * @returns Whether the file was written.
	 */
	edit(folder: vscode.WorkspaceFolder, change: (text: string | undefined) => string): Promise<boolean> {
		return this.enqueue(async () => {
			const uri = this.uriOf(folder);
			const name = vscode.workspace.asRelativePath(uri);
			if (vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString() && document.isDirty)) {
				this.warn(`Crossread: ${name} has unsaved changes. Save it, then try again.`, uri);
				return false;
			}
			const read = await this.readText(uri);
			if ('error' in read) {
				this.warn(`Crossread: ${name} could not be read (${read.error}).`, uri);
				return false;
			}
			const problem = ignoreFileProblem(read.text);
			if (problem) {
				this.warn(`Crossread: ${name} was not changed: ${problem}. Fix it, then try again.`, uri);
				return false;
			}
			try {
				await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(change(read.text)));
			} catch (error) {
				this.warn(`Crossread: ${name} could not be written (${error instanceof Error ? error.message : String(error)}).`, uri);
				return false;
			}
			await this.readFolder(folder);
			this.publish();
			return true;
		});
	}

	dispose(): void {
		this.watchers.forEach((watcher) => watcher.dispose());
		this.disposables.forEach((disposable) => disposable.dispose());
	}

	/** Watches each workspace folder's file and reads them all. */
	private watch(): Promise<void> {
		this.watchers.forEach((watcher) => watcher.dispose());
		const folders = vscode.workspace.workspaceFolders ?? [];
		this.watchers = folders.map((folder) => {
			const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, ignoreFileName));
			const reread = () =>
				void this.enqueue(async () => {
					await this.readFolder(folder);
					this.publish();
				});
			return vscode.Disposable.from(watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete(reread));
		});
		return this.enqueue(async () => {
			const keep = new Set(folders.map((folder) => folder.uri.toString()));
			for (const key of this.folders.keys()) {
				if (!keep.has(key)) {
					this.folders.delete(key);
				}
			}
			await Promise.all(folders.map((folder) => this.readFolder(folder)));
			this.publish();
		});
	}

	private async readFolder(folder: vscode.WorkspaceFolder): Promise<void> {
		const uri = this.uriOf(folder);
		const key = folder.uri.toString();
		const previous = this.folders.get(key);
		const read = await this.readText(uri);
		const list = 'error' in read ? read : readIgnoreText(read.text);
		if ('error' in list) {
			this.folders.set(key, { uri, list: previous?.list ?? {}, error: list.error });
			if (list.error !== previous?.error) {
				this.warn(`Crossread: ${describeProblem(this.problems.find((problem) => problem.uri.toString() === uri.toString())!)}`, uri);
			}
			return;
		}
		if (previous?.error) {
			this.log.info(`${vscode.workspace.asRelativePath(uri)} is valid again.`);
		}
		this.folders.set(key, { uri, list });
	}

	/** A file's text; no file is `undefined` text, not an error. A link to `/dev/zero` is an error, at once. */
	private async readText(uri: vscode.Uri): Promise<{ text: string | undefined } | { error: string }> {
		const read = await readWorkspaceFile(uri, maxIgnoreFileBytes);
		if ('error' in read) {
			return read.reason === 'missing' ? { text: undefined } : { error: read.error };
		}
		return { text: new TextDecoder().decode(read.bytes) };
	}

	/** Merges the folders' lists and announces a change when the lists or their problems changed. */
	private publish(): void {
		const lists = [...this.folders.values()];
		const union = (key: IgnoreKey) => [...new Set(lists.flatMap((folder) => folder.list[key] ?? []))];
		const merged: IgnoreFileContent = {};
		for (const key of ['discrepancies', 'names', 'figures', 'outlets'] as const) {
			const values = union(key);
			if (values.length > 0) {
				merged[key] = values;
			}
		}
		// A name keyed by a path relative to its folder: in a multi-root workspace the article's path ends with it all the same.
		const outletNames = Object.assign({}, ...lists.map((folder) => folder.list.outletNames ?? {})) as Record<string, string>;
		if (Object.keys(outletNames).length > 0) {
			merged.outletNames = outletNames;
		}
		const fingerprint = JSON.stringify([merged, this.problems.map((problem) => [problem.uri.toString(), problem.message])]);
		if (fingerprint === this.fingerprint) {
			return;
		}
		this.merged = merged;
		this.fingerprint = fingerprint;
		this._onDidChange.fire();
	}

	/** The message may quote the file (a JSON error does), which anyone who sent the folder wrote. */
	private warn(message: string, uri: vscode.Uri): void {
		this.log.warn(message);
		void vscode.window.showWarningMessage(inertNotificationText(message), 'Open File').then((open) => open && vscode.window.showTextDocument(uri));
	}

	private enqueue<T>(job: () => Promise<T>): Promise<T> {
		const next = this.queue.then(job, job);
		this.queue = next.catch(() => undefined);
		return next;
	}
}

/**
 * An ignore file's problem in a sentence: which file, what is wrong (the command line's words),
 * and what applies meanwhile.
 */
export function describeProblem(problem: IgnoreFileProblem): string {
	const meanwhile = problem.keptLastValid ? 'Its last valid list stays in effect until it is fixed.' : 'Nothing in it is applied until it is fixed.';
	return `${vscode.workspace.asRelativePath(problem.uri)}: ${problem.message}. ${meanwhile}`;
}
