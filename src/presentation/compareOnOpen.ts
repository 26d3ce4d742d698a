/** `crossread.files.compareOnOpen`: when the workspace is compared without being asked. */
export type CompareOnOpen = 'auto' | 'always' | 'never';

/** What a look at the workspace's folders found. */
export interface WorkspaceSigns {
	/** A software project's file at a folder's root: `package.json`, `Cargo.toml`, `go.mod`, `pyproject.toml`… */
	softwareProject: boolean;
	/** Something only a reader of articles puts there: a `.crossread.json`, a `.news` or `.article` file. */
	articleFolder: boolean;
}

/**
 * Whether to compare the workspace as soon as Crossread starts. It starts with any plain-text or
 * Markdown file, so in a software project (a README, a CHANGELOG, docs) it waits to be asked,
 * unless the project also holds articles of its own kind or an ignore list.
 *
 * @param setting The reader's choice.
 * @param signs What the workspace holds.
 * @returns `true` to compare now; `false` to wait for a command.
 */
export function shouldCompareOnOpen(setting: unknown, signs: WorkspaceSigns): boolean {
	if (setting === 'always') {
		return true;
	}
	if (setting === 'never') {
		return false;
	}
	return signs.articleFolder || !signs.softwareProject;
}
