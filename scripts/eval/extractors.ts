import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusAnalysis, Figure } from '../../src/core/types';

/**
 * The planted truth of a fictional cluster (`samples/harbour-summit/truth.json`): the parts the
 * extractor scores read. Articles are named by file name (`meridian-ledger.md`).
 */
export interface Truth {
	/** Every quote: its words, speaker and kind. */
	quotes: { article: string; text: string; speaker: string | null; direct: boolean; kind: string; closed: boolean }[];
	/** Words set off in marks that nobody said. */
	scareQuotes: { article: string; text: string }[];
	/** Every figure, with what it should read as; absent fields are not checked. */
	figures: { article: string; text: string; kind: string; value?: number; unit?: string; iso?: string; high?: number }[];
	/** Every identity, with each way the cluster writes it. */
	entities: { name: string; type: string; forms: string[] }[];
}

/** Reads a cluster's `truth.json`. */
export function readTruth(folder: string): Truth {
	return JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8')) as Truth;
}

/** How many findings were right, of those made and of those expected. */
export interface PrecisionRecall {
	/** Findings that match an expected item. */
	truePositives: number;
	/** Findings made. */
	found: number;
	/** Items expected. */
	expected: number;
	/** `truePositives / found` (1 when nothing was found). */
	precision: number;
	/** `truePositives / expected` (1 when nothing was expected). */
	recall: number;
}

/** Builds a `PrecisionRecall` from its counts. */
export function precisionRecall(truePositives: number, found: number, expected: number): PrecisionRecall {
	return { truePositives, found, expected, precision: found === 0 ? 1 : truePositives / found, recall: expected === 0 ? 1 : truePositives / expected };
}

/** An analysed cluster with each article named by its file name, as the truth names them. */
export interface NamedCorpus {
	/** The analysis. */
	corpus: CorpusAnalysis;
	/** The file name of an article id. */
	fileOf(article: string): string;
}

/**
 * Scores the quotes: speech quotes found (the same words, allowing a quote cut short by a tenth),
 * those with the right speaker (same last word of the name), and scare quotes (same words).
 *
 * @param named The analysed cluster.
 * @param truth Its truth.
 * @returns Precision and recall of each.
 */
export function scoreQuotes(named: NamedCorpus, truth: Truth): { speech: PrecisionRecall; speakers: PrecisionRecall; scare: PrecisionRecall } {
	const found = named.corpus.articles.flatMap(({ parsed, quotes }) => quotes.map((quote) => ({ article: named.fileOf(parsed.article.id), quote })));
	const speech = found.filter(({ quote }) => quote.kind === 'speech');
	const expected = truth.quotes.filter((quote) => quote.kind === 'speech');
	const matchOf = (quote: Truth['quotes'][number]) => speech.find((item) => item.article === quote.article && sameQuote(item.quote.text, quote.text));
	const matched = expected.filter((quote) => matchOf(quote));
	const rightSpeaker = matched.filter((quote) => {
		const speaker = matchOf(quote)?.quote.speaker?.name;
		return quote.speaker && speaker && lastWord(speaker) === lastWord(quote.speaker);
	});
	// The truth's scare quotes are words set off that nobody says: a nickname ("nicknamed the
	// “bread bridge”") is such words too, of the kind `term`.
	const scare = found.filter(({ quote }) => quote.kind === 'scare' || quote.kind === 'term');
	const scareMatched = truth.scareQuotes.filter((planted) => scare.some((item) => item.article === planted.article && item.quote.text === planted.text));
	return {
		speech: precisionRecall(matched.length, speech.length, expected.length),
		speakers: precisionRecall(rightSpeaker.length, speech.filter(({ quote }) => quote.speaker).length, expected.filter((quote) => quote.speaker).length),
		scare: precisionRecall(scareMatched.length, scare.length, truth.scareQuotes.length),
	};
}

/**
 * Scores the figures: each expected figure matched once, by its text (one word more or less at
 * either end), then by its reading (kind, value, unit, date, upper end where the truth gives them).
 *
 * @param named The analysed cluster.
 * @param truth Its truth.
 * @returns Precision and recall of the text and of the reading.
 */
export function scoreFigures(named: NamedCorpus, truth: Truth): { text: PrecisionRecall; value: PrecisionRecall } {
	const found = named.corpus.articles.flatMap(({ parsed, figures }) => figures.map((figure) => ({ article: named.fileOf(parsed.article.id), figure })));
	const used = new Set<number>();
	let textMatches = 0;
	let valueMatches = 0;
	for (const expected of truth.figures) {
		const index = found.findIndex(({ article, figure }, k) => !used.has(k) && article === expected.article && sameSpan(figure.text, expected.text));
		if (index >= 0) {
			used.add(index);
			textMatches++;
			valueMatches += sameReading(found[index].figure, expected) ? 1 : 0;
		}
	}
	return { text: precisionRecall(textMatches, found.length, truth.figures.length), value: precisionRecall(valueMatches, found.length, truth.figures.length) };
}

/**
 * Scores the names: the forms found, the type of each expected form, and the grouping as pairs
 * of forms put in one identity (only forms the truth knows are paired).
 *
 * @param named The analysed cluster.
 * @param truth Its truth.
 * @returns Precision and recall of forms, types and grouping.
 */
export function scoreEntities(named: NamedCorpus, truth: Truth): { forms: PrecisionRecall; types: PrecisionRecall; grouping: PrecisionRecall } {
	const list = named.corpus.entities;
	const expectedForms = new Set(truth.entities.flatMap((entity) => entity.forms));
	const foundForms = new Set(list.flatMap((entity) => entity.forms));
	const typeOfForm = new Map(list.flatMap((entity) => entity.forms.map((form) => [form, entity.type] as const)));
	const typed = truth.entities.flatMap((entity) => entity.forms.filter((form) => typeOfForm.has(form)).map((form) => typeOfForm.get(form) === entity.type));
	const expectedPairs = pairs(truth.entities.map((entity) => entity.forms));
	const foundPairs = pairs(list.map((entity) => entity.forms.filter((form) => expectedForms.has(form))));
	return {
		forms: precisionRecall([...foundForms].filter((form) => expectedForms.has(form)).length, foundForms.size, expectedForms.size),
		types: precisionRecall(typed.filter(Boolean).length, typed.length, expectedForms.size),
		grouping: precisionRecall([...foundPairs].filter((pair) => expectedPairs.has(pair)).length, foundPairs.size, expectedPairs.size),
	};
}

/** Every extractor's score on one cluster's truth. */
export interface ExtractorScores {
	/** Speech quotes, their speakers, scare quotes. */
	quotes: ReturnType<typeof scoreQuotes>;
	/** Figures by text and by reading. */
	figures: ReturnType<typeof scoreFigures>;
	/** Names: forms, types, grouping. */
	entities: ReturnType<typeof scoreEntities>;
}

/** Scores quotes, figures and names together. */
export function scoreExtractors(named: NamedCorpus, truth: Truth): ExtractorScores {
	return { quotes: scoreQuotes(named, truth), figures: scoreFigures(named, truth), entities: scoreEntities(named, truth) };
}

/**
 * The same quote: equal words, or one inside the other and at least nine tenths as long.
 * NOTE: the truth writes a quote across paragraphs without the mark that re-opens it.
 */
function sameQuote(a: string, b: string): boolean {
	const words = (text: string) => text.replace(/(\n\s*)[“"«„‘']/g, '$1').replace(/\s+/g, ' ').trim();
	const [x, y] = [words(a), words(b)];
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	return x === y || (long.includes(short) && short.length >= 0.9 * long.length);
}

function lastWord(name: string): string {
	return name.split(/\s+/).pop()!.toLowerCase();
}

/** The same figure text, allowing one leading or trailing word more or less ("on Tuesday" for "Tuesday"). */
export function sameSpan(found: string, expected: string): boolean {
	if (found === expected) {
		return true;
	}
	const [shorter, longer] = found.length < expected.length ? [found, expected] : [expected, found];
	if (longer.startsWith(shorter)) {
		return /^\s+\S+$/.test(longer.slice(shorter.length));
	}
	return longer.endsWith(shorter) && /^\S+\s+$/.test(longer.slice(0, longer.length - shorter.length));
}

/** Whether a figure has the kind, value, unit, date and upper end the truth gives; absent fields are not checked. */
export function sameReading(figure: Figure, expected: Truth['figures'][number]): boolean {
	return (
		figure.kind === expected.kind &&
		(expected.value === undefined || figure.value === expected.value) &&
		(expected.unit === undefined || figure.unit === expected.unit) &&
		(expected.iso === undefined || figure.iso === expected.iso) &&
		(expected.high === undefined || figure.high === expected.high)
	);
}

/** Every unordered pair of forms put in one group, as "a | b". */
function pairs(groups: string[][]): Set<string> {
	return new Set(groups.flatMap((group) => group.flatMap((a, i) => group.slice(i + 1).map((b) => [a, b].sort().join(' | ')))));
}
