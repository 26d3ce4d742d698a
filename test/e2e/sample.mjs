// The bundled sample cluster (samples/harbour-summit) as the suite sees it: where each planted
// discrepancy (truth.json) shows in the panel and in which file and passage a click must land.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { session } from './session.mjs';

/**
 * @typedef {object} Planted
 * @property {string} id The discrepancy's id in truth.json.
 * @property {string} group The Discrepancies view's group for its kind.
 * @property {RegExp} row Words of the planted text that its row shows.
 * @property {boolean} listedByDefault Whether its severity is medium or high: the panel and the report list those by default.
 * @property {{ file: string, text: string, within?: string }} [reveal] Where a click on the row
 *   lands: the file, and the passage selected (the planted text, or a passage `within` that holds it).
 */

/** @type {Planted[]} Every discrepancy planted in the sample (truth.json lists the same ids). */
export const planted = [
	{ id: 'grain-export-percent', group: 'Figures', row: /26 percent/, listedByDefault: true, reveal: { file: 'harbourline-daily.md', text: '26 percent' } },
	// The quote differs in one word; the row may select that word or the whole quotation.
	{ id: 'ports-quote-modal', group: 'Quotes', row: /must/, listedByDefault: true, reveal: { file: 'harbourline-daily.md', text: 'must', within: 'Our ports must serve the farmer, not the speculator,' } },
	{ id: 'middlemen-quote-intensifier', group: 'Quotes', row: /deliberately/, listedByDefault: true },
	{ id: 'varennikov-spelling', group: 'Names and places', row: /Varennikoff/, listedByDefault: true },
	{ id: 'agency-name-garbled', group: 'Names and places', row: /Kestrian Neue Agency/, listedByDefault: true },
	{ id: 'signing-venue', group: 'Names and places', row: /Vessingrad/, listedByDefault: false, reveal: { file: 'coastal-gazette.txt', text: 'Vessingrad' } },
	{ id: 'aide-attribution', group: 'Attributions', row: /told Reuters/, listedByDefault: true, reveal: { file: 'tidewater-press.txt', text: 'told Reuters' } },
	{ id: 'berthing-fee-cut', group: 'Reported by some only', row: /Only Harbourline Daily reports/, listedByDefault: false },
	{ id: 'adelaar-quote', group: 'Reported by some only', row: /Adelaar/, listedByDefault: false },
	{ id: 'dockworker-protest', group: 'Reported by some only', row: /300 dockworkers/, listedByDefault: false },
	{ id: 'talks-timing', group: 'Reported by some only', row: /Only Tidewater Press reports/, listedByDefault: false },
];

/**
 * The ids of the discrepancies truth.json plants.
 *
 * @returns {string[]}
 */
export function plantedIds() {
	const truth = JSON.parse(readFileSync(join(session().workspace, 'truth.json'), 'utf8'));
	return truth.discrepancies.map((/** @type {{ id: string }} */ discrepancy) => discrepancy.id);
}

/**
 * Where a text is in a sample file, as VS Code's status bar counts: 1-based line and columns.
 * The text must occur once in the file.
 *
 * @param {string} file
 * @param {string} text
 * @returns {{ line: number, start: number, end: number }} Its line, and its first and past-the-end columns.
 */
export function locate(file, text) {
	const content = readFileSync(join(session().workspace, file), 'utf8');
	const offset = content.indexOf(text);
	if (offset < 0 || content.indexOf(text, offset + 1) >= 0) {
		throw new Error(`"${text}" must occur exactly once in ${file}.`);
	}
	const before = content.slice(0, offset).split('\n');
	const line = before.length;
	const start = before[before.length - 1].length + 1;
	if (text.includes('\n')) {
		throw new Error(`"${text}" spans lines: the status bar cannot show it on one line.`);
	}
	return { line, start, end: start + text.length };
}
