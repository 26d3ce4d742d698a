/** The reader's own choices, kept per workspace: URIs (files or folders) added to or removed from the comparison. */
export interface ComparisonOverrides {
	/** Added (Add to Comparison). */
	included: string[];
	/** Removed (Remove from Comparison). */
	excluded: string[];
}

/**
 * Whether the reader's additions and removals decide about a file: the most specific choice
 * wins, so that removing `file:///news` and adding `file:///news/ferry.md` back leaves that one
 * file compared, and the other files of the folder out.
 *
 * @param uri The file's URI.
 * @param overrides The choices.
 * @returns `true` (compared) or `false` (left out) when a choice covers the file, `undefined` when the globs decide.
 */
export function overrideDecision(uri: string, overrides: ComparisonOverrides): boolean | undefined {
	const closest = (entries: readonly string[]) => Math.max(-1, ...entries.filter((entry) => isSameOrInside(uri, entry)).map((entry) => entry.length));
	const included = closest(overrides.included);
	const excluded = closest(overrides.excluded);
	return included < 0 && excluded < 0 ? undefined : included > excluded;
}

/** Whether a URI is another one, or inside it as a folder (`file:///a/b/c.txt` inside `file:///a/b`, not inside `file:///a/bc`). */
export function isSameOrInside(uri: string, folder: string): boolean {
	return uri === folder || uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}
