import type { Discrepancy } from '../../../src/core/types';

/** Compares texts as the articles of one folder (`a1.txt`, `a2.txt`, …). */
export async function compareTexts(...texts: string[]): Promise<Discrepancy[]> {
	const { analyzeCorpus } = await import('../../../src/core/analyze');
	const { compareCorpus } = await import('../../../src/core/compare/compare');
	const corpus = analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
	return compareCorpus(corpus).discrepancies;
}

/** The discrepancies of one kind listed by default (medium and up). */
export const listed = (discrepancies: Discrepancy[], kind: Discrepancy['kind']) => discrepancies.filter((discrepancy) => discrepancy.kind === kind && discrepancy.severity !== 'low');

/** Every discrepancy on a line of its own, for an assertion's message. */
export const show = (discrepancies: Discrepancy[]) => discrepancies.map((discrepancy) => `${discrepancy.kind} ${discrepancy.severity}: ${discrepancy.summary}`).join('\n') || '(nothing)';

/** The discrepancies whose summary names every one of `names`. */
export const naming = (discrepancies: Discrepancy[], ...names: string[]) => discrepancies.filter((discrepancy) => names.every((name) => discrepancy.summary.includes(name)));

/** An article: a headline line, then its paragraphs. */
export const article = (headline: string, ...body: string[]) => `${headline}\n\n${body.join('\n\n')}\n`;
