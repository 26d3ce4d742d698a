import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../../src/core/parse';
import type { ParsedArticle } from '../../../src/core/types';

/** The bundled fictional cluster the tests check against. */
export const sampleFolder = join(__dirname, '..', '..', '..', 'samples', 'harbour-summit');

/** The five real articles, when this checkout sits next to `../shared` (tests skip otherwise). */
export const seedsFolder = join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');

/** The planted truth of the sample cluster (`samples/harbour-summit/truth.json`). */
export interface Truth {
	event: string;
	articles: Record<string, { outlet: string; date: string; title: string | null; byline: string | null; bodyStartsWith: string; boilerplate: string[] }>;
	quotes: { article: string; text: string; speaker: string | null; direct: boolean; kind: string; closed: boolean }[];
	scareQuotes: { article: string; text: string }[];
	figures: { article: string; text: string; kind: string; value?: number; unit?: string; iso?: string; high?: number }[];
	entities: { name: string; type: string; forms: string[] }[];
	discrepancies: { id: string; kind: string; description: string; mentions: { article: string; text: string }[] }[];
	agreements: { id: string; description: string; mentions: { article: string; text: string }[] }[];
}

export function loadTruth(): Truth {
	return JSON.parse(readFileSync(join(sampleFolder, 'truth.json'), 'utf8')) as Truth;
}

/** Article file names of a folder (`.txt`, `.md`), sorted. */
export function articleFiles(folder: string): string[] {
	return readdirSync(folder)
		.filter((name) => /\.(txt|md)$/.test(name) && !/^readme/i.test(name))
		.sort();
}

/** Parses one article of a folder; its id is the file name. */
export function parseFile(folder: string, name: string): ParsedArticle {
	const path = join(folder, name);
	return parseArticle({ id: name, path, text: readFileSync(path, 'utf8') });
}

/** Parses every article of the sample cluster. */
export function parseSample(): ParsedArticle[] {
	return articleFiles(sampleFolder).map((name) => parseFile(sampleFolder, name));
}

export function seedsPresent(): boolean {
	return existsSync(seedsFolder);
}

/** Precision and recall of a set of findings against expected items, printed for the log. */
export function score(label: string, truePositives: number, found: number, expected: number): { precision: number; recall: number } {
	const precision = found === 0 ? 1 : truePositives / found;
	const recall = expected === 0 ? 1 : truePositives / expected;
	console.log(`      ${label}: precision ${precision.toFixed(2)} (${truePositives}/${found}), recall ${recall.toFixed(2)} (${truePositives}/${expected})`);
	return { precision, recall };
}

/** Collapses white space, so that a quote across a paragraph break compares with its one-line truth. */
export function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
