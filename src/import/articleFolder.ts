import { dirname } from 'node:path';

/**
 * Where the editor writes imported articles: the folder that holds the most of the articles being
 * compared (the reader's folder of articles about the event, even in a workspace that holds other
 * things), the first such folder by path on a tie; with no article compared yet, the first
 * workspace folder.
 *
 * @param articlePaths The paths of the compared articles.
 * @param workspaceFolders The paths of the workspace folders, in order.
 * @returns The folder, or `undefined` when there is none (no folder open).
 */
export function articleFolder(articlePaths: readonly string[], workspaceFolders: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const path of articlePaths) {
		counts.set(dirname(path), (counts.get(dirname(path)) ?? 0) + 1);
	}
	const [best] = [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
	return best?.[0] ?? workspaceFolders[0];
}
