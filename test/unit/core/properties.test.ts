import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { compareCorpus } from '../../../src/core/compare/compare';
import { buildReport } from '../../../src/core/report/model';
import { LineIndex } from '../../../src/core/lineIndex';
import { asReaderSees } from '../../../src/core/text/readerText';
import type { Span } from '../../../src/core/types';

/** Pieces of news copy, shuffled into random articles: marks, numbers, names, line ends, noise. */
const pieces = [
	'“', '”', '"', "'", '‘', '’', '«', '»', ' ', '  ', '\n', '\r\n', '\n\n', '\r', '.', ',', ':', ' – ',
	'said', 'Osterhout', 'President Varennikov', "Varennikov's", 'Port Halden', 'Kestrian News Agency',
	'27%', '26 percent', '$ 48 billion', 'US$48 billion', 'nine months', '11', 'yesterday', 'on Tuesday',
	'from 10:15 a.m. to 12:40 p.m.', 'READ MORE: x', 'DO NOT MISS :', 'Home » World', ' date 2025-10-15 ',
	'---\noutlet: X\n---\n', '# Head', '**', '[a](b)', 'told Reuters', 'he added', 'should', 'must', 'not',
	'é', '😀', '\u00a0', '\t', '(', ')', '–', '…', 'ab', 'Zz',
];

const articleText = fc.oneof(
	fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join('')),
	fc.string({ unit: 'grapheme', maxLength: 300 }),
);

function assertInside(text: string, span: Span, what: string): void {
	assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} [${span.start}, ${span.end}) inside ${text.length}`);
}

suite('properties of the analysis on random text', () => {
	// Every range holds the file's text as a reader sees it: the same characters, but for invisible
	// ones, a letter and its combining accent, and look-alikes such as "４" (`core/text/readerText.ts`).
	test('never throws, and every range is inside the file and equal to its text as a reader sees it', () => {
		fc.assert(
			fc.property(articleText, fc.constantFrom('a.txt', 'b.md'), (file, path) => {
				const analysis = analyzeArticle({ id: 'a', path, text: file });
				const text = asReaderSees(file);
				assert.equal(analysis.parsed.text.length, text.length);
				for (const sentence of analysis.parsed.sentences) {
					assertInside(text, sentence, 'sentence');
				}
				for (const quote of analysis.quotes) {
					assertInside(text, quote, 'quote');
					assert.equal(text.slice(quote.inner.start, quote.inner.end), quote.text);
				}
				for (const figure of analysis.figures) {
					assertInside(text, figure, 'figure');
					assert.equal(text.slice(figure.start, figure.end), figure.text);
				}
				for (const mention of analysis.mentions) {
					assertInside(text, mention, 'mention');
				}
			}),
			{ numRuns: 300 },
		);
	});

	test('comparing random articles never throws and every report range holds its text as a reader sees it', () => {
		fc.assert(
			fc.property(fc.array(articleText, { minLength: 1, maxLength: 4 }), (files) => {
				const corpus = combineAnalyses(files.map((text, index) => analyzeArticle({ id: `a${index}`, path: `a${index}.txt`, text })));
				const texts = files.map(asReaderSees);
				const report = buildReport(corpus, compareCorpus(corpus));
				for (const discrepancy of report.discrepancies) {
					for (const mention of discrepancy.mentions) {
						const text = texts[Number(mention.article.slice(1))];
						const lines = new LineIndex(text);
						assert.equal(text.slice(lines.offsetAt(mention.start), lines.offsetAt(mention.end)), mention.text);
					}
				}
				for (const entity of report.entities) {
					for (const mention of entity.mentions) {
						const text = texts[Number(mention.article.slice(1))];
						const lines = new LineIndex(text);
						assert.equal(text.slice(lines.offsetAt(mention.start), lines.offsetAt(mention.end)), mention.text);
					}
				}
			}),
			{ numRuns: 100 },
		);
	});
});
