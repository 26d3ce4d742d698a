import { addIgnoredDiscrepancy, type IgnoreFileContent, type IgnoreList, parseIgnoreFile } from '../core/ignore';
import type { Discrepancy } from '../core/types';

/** A list of `.crossread.json` (`ignore.<key>`). */
export type IgnoreKey = keyof IgnoreList;

/** Entries of one list of the ignore file. */
export interface IgnoreEntries {
	/** Which list. */
	key: IgnoreKey;
	/** The entries, as written in the file. */
	values: string[];
}

/**
 * Reads the ignore list from the text of `.crossread.json` as the editor does: like the command
 * line (`parseIgnoreFile`), except that an empty file is an empty list, not an error: a reader who
 * has just created the file has nothing wrong in it yet.
 *
 * @param text The file's text, or `undefined` when there is no file.
 * @returns The list, or the error message to show.
 */
export function readIgnoreText(text: string | undefined): IgnoreFileContent | { error: string } {
	const json = stripBom(text ?? '');
	return json.trim() === '' ? {} : parseIgnoreFile(json);
}

/**
 * Why an ignore file cannot be edited safely, if it cannot: rewriting a file that does not parse,
 * or whose `ignore` is not an object, would lose what the reader wrote.
 *
 * @param text The file's text, or `undefined` when there is none.
 * @returns The error message, or `undefined` when it can be edited.
 */
export function ignoreFileProblem(text: string | undefined): string | undefined {
	const list = readIgnoreText(text);
	if ('error' in list) {
		return list.error;
	}
	const json = stripBom(text ?? '');
	if (json.trim() !== '') {
		const data: unknown = JSON.parse(json);
		// `[]` or `null` parse as "no list", but a key cannot be added to them.
		if (typeof data !== 'object' || data === null || Array.isArray(data)) {
			return 'it must hold a JSON object, e.g. { "ignore": { "discrepancies": [] } }';
		}
	}
	return undefined;
}

/**
 * Adds entries to one list of an ignore file's text, keeping everything else in it; an entry
 * already there (in any case) is not added twice. Discrepancy ids go through the core's
 * `addIgnoredDiscrepancy`, so that the command line and the editor write the file alike.
 *
 * @param text The file's text, or `undefined` when there is none (it is created).
 * @param key Which list.
 * @param value The entry ("Varennikoff", "Dravonia Today", "figure-3f2a9c01").
 * @returns The new text. Check `ignoreFileProblem` first.
 */
export function addIgnoreEntry(text: string | undefined, key: IgnoreKey, value: string): string {
	const json = stripBom(text ?? '').trim() === '' ? undefined : stripBom(text!);
	if (key === 'discrepancies') {
		return addIgnoredDiscrepancy(json, value);
	}
	return editList(json, key, (values) => (values.some((other) => fold(other) === fold(value)) ? values : [...values, value]));
}

/**
 * Removes entries from one list of an ignore file's text (compared as the ignore list compares
 * them: case and outer spaces aside), keeping everything else; a list left empty is removed.
 *
 * @param text The file's text.
 * @param key Which list.
 * @param values The entries to remove.
 * @returns The new text. Check `ignoreFileProblem` first.
 */
export function removeIgnoreEntries(text: string | undefined, key: IgnoreKey, values: readonly string[]): string {
	const json = stripBom(text ?? '').trim() === '' ? undefined : stripBom(text!);
	const gone = new Set(values.map(key === 'discrepancies' ? (value) => value : fold));
	return editList(json, key, (current) => current.filter((value) => !gone.has(key === 'discrepancies' ? value : fold(value))));
}

/**
 * The entries of an ignore list that set a discrepancy aside, in the order the ignore list tries
 * its rules (`applyIgnoreList`): its id; else, for a spelling, the accepted names of its odd
 * spellings; for a figure, the accepted figures; else the ignored outlets of its odd passages.
 *
 * @param discrepancy An ignored discrepancy.
 * @param list The ignore list that set it aside.
 * @param outletOf The outlet name of an article id.
 * @returns The entries, or `undefined` when the list does not cover it.
 */
export function ignoringEntries(discrepancy: Discrepancy, list: IgnoreList, outletOf: (article: string) => string): IgnoreEntries | undefined {
	if (list.discrepancies?.includes(discrepancy.id)) {
		return { key: 'discrepancies', values: [discrepancy.id] };
	}
	const odd = discrepancy.mentions.filter((mention) => mention.odd);
	const matching = (key: IgnoreKey, forms: (mention: (typeof odd)[number]) => string[]): IgnoreEntries | undefined => {
		const wanted = new Set(odd.flatMap(forms).map(fold));
		const values = (list[key] ?? []).filter((value) => wanted.has(fold(value)));
		const covers = odd.length > 0 && odd.every((mention) => forms(mention).some((form) => values.some((value) => fold(value) === fold(form))));
		return covers ? { key, values } : undefined;
	};
	return (
		(discrepancy.kind === 'entity' ? matching('names', (mention) => [mention.variant, mention.text]) : undefined) ??
		(discrepancy.kind === 'figure' ? matching('figures', (mention) => [mention.text]) : undefined) ??
		matching('outlets', (mention) => [outletOf(mention.article), mention.article])
	);
}

/**
 * Says which rule set a discrepancy aside, for a row's description.
 *
 * @param ignoredBy `IgnoreResult`'s rule: `discrepancy <id>`, `name`, `figure` or `outlet`.
 * @returns e.g. `name accepted`.
 */
export function describeIgnoreRule(ignoredBy: string): string {
	return ignoredBy === 'name' ? 'name accepted' : ignoredBy === 'figure' ? 'figure accepted' : ignoredBy === 'outlet' ? 'outlet ignored' : 'ignored';
}

/**
 * Says in a sentence why a discrepancy is ignored, for a tooltip.
 *
 * @param ignoredBy `IgnoreResult`'s rule.
 * @returns e.g. `Ignored: .crossread.json accepts the spelling.`
 */
export function explainIgnoreRule(ignoredBy: string): string {
	const why =
		ignoredBy === 'name' ? 'accepts the odd spelling' : ignoredBy === 'figure' ? 'accepts the odd figure' : ignoredBy === 'outlet' ? "ignores the odd outlet's differences" : 'lists this discrepancy';
	return `Ignored: .crossread.json ${why}.`;
}

/** Folds an entry as `applyIgnoreList` compares them: "Varennikoff " and "varennikoff" are one. */
export function fold(text: string): string {
	return text.trim().toLowerCase();
}

function editList(json: string | undefined, key: IgnoreKey, change: (values: string[]) => string[]): string {
	const data = json === undefined ? {} : (JSON.parse(json) as Record<string, unknown>);
	const ignore = typeof data.ignore === 'object' && data.ignore !== null ? (data.ignore as Record<string, unknown>) : {};
	const values = change(Array.isArray(ignore[key]) ? (ignore[key] as string[]) : []);
	// Rebuilt in order: the list keeps its place in the file, a new one comes last, an empty one goes.
	const entries: [string, unknown][] = Object.entries(ignore).filter(([name]) => name !== key);
	const at = Object.keys(ignore).indexOf(key);
	if (values.length > 0) {
		entries.splice(at < 0 ? entries.length : at, 0, [key, values]);
	}
	data.ignore = Object.fromEntries(entries);
	return JSON.stringify(data, null, 2) + '\n';
}

/** NOTE: Notepad saves UTF-8 with a byte order mark, which `JSON.parse` rejects. */
function stripBom(text: string): string {
	return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
