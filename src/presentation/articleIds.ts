/**
 * Gives each article file a short id, unique in the folder, as the command line does: the file
 * name without its extension; a second file of that name gets `-2`, then `-3`. The same paths in
 * the same order always get the same ids, so ids stay stable while files are edited.
 *
 * @param paths File paths, in the order that decides who keeps the plain name.
 * @returns One id per path, in the same order.
 */
export function uniqueArticleIds(paths: readonly string[]): string[] {
	const taken = new Set<string>();
	return paths.map((path) => {
		const name = path.split(/[\\/]/).pop() ?? path;
		const base = name.replace(/\.[^.]+$/, '') || name;
		let id = base;
		for (let n = 2; taken.has(id); n++) {
			id = `${base}-${n}`;
		}
		taken.add(id);
		return id;
	});
}
