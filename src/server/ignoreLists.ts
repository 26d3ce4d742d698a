import { join } from 'node:path';
import { ignoreFileName, type IgnoreFileContent, type IgnoreList } from '../core/ignore';
import { readIgnoreFileText } from '../core/ignoreFileText';
import { writeFileAtomically } from '../core/safeWrite';
import { addIgnoreEntry, ignoreFileProblem, type IgnoreKey, readIgnoreText } from '../presentation/ignoreFile';

/**
 * The reader's ignore lists: `.crossread.json` at the root of each workspace folder, in the
 * command line's format, read by the server and edited in place (everything else in the file
 * kept) by the Ignore and Accept code actions. The lists of all folders apply together. A file
 * that does not parse is reported once, and its last valid list stays in effect until it is
 * fixed, so that one typo does not bring back everything the reader set aside.
 */
export class IgnoreLists {
	private readonly lists = new Map<string, IgnoreFileContent>();
	private readonly problems = new Map<string, string>();
	/** Edits run one at a time: two quick clicks never write over each other. */
	private queue: Promise<unknown> = Promise.resolve();

	/** The lists of every folder, together. */
	get merged(): IgnoreList {
		const merged: Required<IgnoreList> = { discrepancies: [], names: [], figures: [], outlets: [] };
		for (const list of this.lists.values()) {
			for (const key of Object.keys(merged) as IgnoreKey[]) {
				merged[key].push(...(list[key] ?? []));
			}
		}
		return merged;
	}

	/** The outlet names the reader gave articles (`outletNames`), of every folder together; `undefined` when none. */
	get outletNames(): Record<string, string> | undefined {
		const names: Record<string, string> = Object.assign({}, ...[...this.lists.values()].map((list) => list.outletNames ?? {}));
		return Object.keys(names).length > 0 ? names : undefined;
	}

	/** The path of a folder's ignore file. */
	fileOf(folder: string): string {
		return join(folder, ignoreFileName);
	}

	/**
	 * Reads the ignore files of these folders again.
	 *
	 * @returns Messages for files that newly do not parse (`.crossread.json: not valid JSON (…)`).
	 */
	async reload(folders: readonly string[]): Promise<string[]> {
		const messages: string[] = [];
		for (const folder of [...this.lists.keys()].filter((known) => !folders.includes(known))) {
			this.lists.delete(folder);
			this.problems.delete(folder);
		}
		for (const folder of folders) {
			const read = await readIgnoreFileText(this.fileOf(folder));
			const list = 'error' in read ? read : readIgnoreText(read.text);
			if ('error' in list) {
				if (this.problems.get(folder) !== list.error) {
					messages.push(`Crossread: ${this.fileOf(folder)}: ${list.error}. ${this.lists.has(folder) ? 'Its last valid list stays in effect.' : 'Nothing in it is applied.'}`);
				}
				this.problems.set(folder, list.error);
			} else {
				this.problems.delete(folder);
				this.lists.set(folder, list);
			}
		}
		return messages;
	}

	/**
	 * Adds an entry to a folder's ignore file, creating the file when there is none.
	 *
	 * @returns `undefined` once written and applied, else why the file was left alone.
	 */
	add(folder: string, key: IgnoreKey, value: string): Promise<string | undefined> {
		const edit = this.queue.then(async () => {
			const file = this.fileOf(folder);
			const read = await readIgnoreFileText(file);
			const problem = 'error' in read ? read.error : ignoreFileProblem(read.text);
			if (problem || 'error' in read) {
				return `Crossread: ${file} was left as it is: ${problem}.`;
			}
			const next = addIgnoreEntry(read.text, key, value);
			await writeFileAtomically(file, next);
			const list = readIgnoreText(next);
			if (!('error' in list)) {
				this.lists.set(folder, list);
				this.problems.delete(folder);
			}
			return undefined;
		});
		this.queue = edit.catch(() => undefined);
		return edit;
	}
}
