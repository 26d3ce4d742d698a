import type { Discrepancy } from './types';

/**
 * What a reader chose to stop seeing, kept in the workspace (`.crossread.json`, key `ignore`)
 * and applied by the command line and the editor alike.
 */
export interface IgnoreList {
	/** Discrepancy ids (`figure-3f2a9c01`): stable while the passages' text is unchanged. */
	discrepancies?: string[];
	/** Name spellings accepted as they are ("Borodine"): spelling discrepancies that only concern them go. */
	names?: string[];
	/** Figures accepted as they are, as written ("26 percent"). */
	figures?: string[];
	/** Outlets (names or article ids) whose differences are not reported. */
	outlets?: string[];
}

/** What `.crossread.json` holds: the ignore list, and the outlet names a reader chose. */
export interface IgnoreFileContent extends IgnoreList {
	/**
	 * Outlet names a reader gave articles (top-level `outletNames` of the file), by path relative
	 * to the folder: `{"001_9f3a77c2.txt": "Marsh Valley Gazette"}`. Not an ignore rule, but kept
	 * in the same file so that the command line and the editor read one place.
	 */
	outletNames?: Record<string, string>;
}

/** The discrepancies a reader sees, and those set aside (still counted, never lost). */
export interface IgnoreResult {
	/** Shown. */
	kept: Discrepancy[];
	/** Set aside by the ignore list, each with the rule that matched. */
	ignored: (Discrepancy & { ignoredBy: string })[];
}

/** The file name the ignore list lives in, at the root of a folder of articles. */
export const ignoreFileName = '.crossread.json';

/**
 * Reads an ignore list, and the outlet names, from the text of a `.crossread.json` file.
 *
 * @param json The file's text.
 * @returns The list, or an error message a person can act on.
 */
export function parseIgnoreFile(json: string): IgnoreFileContent | { error: string } {
	// An empty file (just created) is an empty list; a byte order mark is not part of the JSON.
	const content = json.replace(/^\uFEFF/, '');
	if (content.trim() === '') {
		return {};
	}
	let data: unknown;
	try {
		data = JSON.parse(content);
	} catch (error) {
		return { error: `not valid JSON (${(error as Error).message})` };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return { error: 'the file must hold a JSON object, like {"ignore": {"discrepancies": []}}' };
	}
	const ignore = (data as { ignore?: unknown }).ignore ?? {};
	if (typeof ignore !== 'object' || ignore === null || Array.isArray(ignore)) {
		return { error: '"ignore" must be an object with lists: discrepancies, names, figures, outlets' };
	}
	const list: IgnoreFileContent = {};
	for (const key of ['discrepancies', 'names', 'figures', 'outlets'] as const) {
		const value = (ignore as Record<string, unknown>)[key];
		if (value === undefined) {
			continue;
		}
		if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
			return { error: `"ignore.${key}" must be a list of strings` };
		}
		list[key] = value;
	}
	const names = (data as { outletNames?: unknown }).outletNames;
	if (names !== undefined) {
		if (typeof names !== 'object' || names === null || Array.isArray(names) || !Object.values(names).every((name) => typeof name === 'string')) {
			return { error: '"outletNames" must be an object of file paths to outlet names, like {"001.txt": "Marsh Valley Gazette"}' };
		}
		list.outletNames = names as Record<string, string>;
	}
	return list;
}

/**
 * Sets aside the discrepancies an ignore list covers: by id; spelling discrepancies whose odd
 * spellings are all accepted names; figure discrepancies whose odd figures are all accepted;
 * and any discrepancy whose odd passages all come from ignored outlets.
 *
 * @param discrepancies Ranked discrepancies.
 * @param list The ignore list.
 * @param outletOf The outlet name of an article id.
 * @returns What stays and what is set aside, both in rank order.
 */
export function applyIgnoreList(discrepancies: Discrepancy[], list: IgnoreList, outletOf: (article: string) => string): IgnoreResult {
	const ids = new Set(list.discrepancies ?? []);
	const names = new Set((list.names ?? []).map(fold));
	const figures = new Set((list.figures ?? []).map(fold));
	const outlets = new Set((list.outlets ?? []).map(fold));
	const result: IgnoreResult = { kept: [], ignored: [] };
	for (const discrepancy of discrepancies) {
		const odd = discrepancy.mentions.filter((mention) => mention.odd);
		const allOdd = (test: (mention: (typeof odd)[number]) => boolean) => odd.length > 0 && odd.every(test);
		const rule = ids.has(discrepancy.id)
			? `discrepancy ${discrepancy.id}`
			: discrepancy.kind === 'entity' && allOdd((mention) => names.has(fold(mention.variant)) || names.has(fold(mention.text)))
				? 'name'
				: discrepancy.kind === 'figure' && allOdd((mention) => figures.has(fold(mention.text)))
					? 'figure'
					: allOdd((mention) => outlets.has(fold(outletOf(mention.article))) || outlets.has(fold(mention.article)))
						? 'outlet'
						: undefined;
		if (rule) {
			result.ignored.push({ ...discrepancy, ignoredBy: rule });
		} else {
			result.kept.push(discrepancy);
		}
	}
	return result;
}

/**
 * Adds a discrepancy to an ignore file's text, keeping everything else in it.
 *
 * @param json The current text of `.crossread.json`, or `undefined` when there is none.
 * @param id The discrepancy id to ignore.
 * @returns The new text.
 * @throws When the current text is not a JSON object (it is left to the reader to mend).
 */
export function addIgnoredDiscrepancy(json: string | undefined, id: string): string {
	const content = json?.replace(/^\uFEFF/, '').trim();
	const parsed: unknown = content ? JSON.parse(content) : {};
	// NOTE: never drop what a reader wrote: a file that is not an object is refused, not replaced.
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new Error('the ignore file does not hold a JSON object');
	}
	const data = parsed as Record<string, unknown>;
	const ignore = (data.ignore as IgnoreList | undefined) ?? {};
	ignore.discrepancies = [...new Set([...(ignore.discrepancies ?? []), id])];
	data.ignore = ignore;
	return JSON.stringify(data, null, 2) + '\n';
}

/**
 * Names (or unnames) the outlet of an article in an ignore file's text, keeping everything else.
 *
 * @param json The current text of `.crossread.json`, or `undefined` when there is none.
 * @param path The article's path relative to the file's folder (`reports/001.txt`).
 * @param name The outlet's name; empty or `undefined` removes the name.
 * @returns The new text.
 * @throws When the current text is not a JSON object (it is left to the reader to mend).
 */
export function setOutletName(json: string | undefined, path: string, name: string | undefined): string {
	const content = json?.replace(/^\uFEFF/, '').trim();
	const parsed: unknown = content ? JSON.parse(content) : {};
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
		throw new Error('the ignore file does not hold a JSON object');
	}
	const data = parsed as Record<string, unknown>;
	const current = data.outletNames;
	const kept = typeof current === 'object' && current !== null && !Array.isArray(current) ? Object.entries(current).filter(([key]) => key !== path) : [];
	const trimmed = name?.trim() ?? '';
	const names = Object.fromEntries(trimmed === '' ? kept : [...kept, [path, trimmed]]);
	if (Object.keys(names).length > 0) {
		data.outletNames = names;
	} else {
		delete data.outletNames;
	}
	return JSON.stringify(data, null, 2) + '\n';
}

function fold(text: string): string {
	return text.trim().toLowerCase();
}
