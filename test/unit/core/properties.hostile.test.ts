import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle } from '../../../src/core/analyze';
import { findEntityMentions } from '../../../src/core/entities';
import { extractFigures } from '../../../src/core/figures';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';
import { wordSpans } from '../../../src/core/text/sentences';
import type { Span } from '../../../src/core/types';

/**
 * Hostile text of a few kilobytes: runs of the characters and words that once made a rule slow
 * or a parser recurse (quotation marks, "1.1.", "!?.", "a@", "Aa » bb", "NATO", "Aa-", "Mr.",
 * "READ MORE", "> > >", brackets, blank lines), mixed with ordinary sentences.
 */
const hostileUnits = [
	'"', '“', '”', '„', '«', '»', '‹', '›', '\'', '‘', '’', '“a ”b ', '1.1.', '1,2 ', '!?.', 'one hundred and twenty ',
	'a@', 'www.', 'http://a.b/', 'Aa » bb » ', 'NATO ', 'Aa ', 'Aa-', 'Mr. ', 'READ MORE ', 'said Aa, ', '([', 'March 4, ',
	'Aa.\n\n', '\n', '> ', '- ', '  ', '**', '`', '[a](',
];

const sentences = [
	'The ferry union said on Monday that 420 crew members would strike for 48 hours.',
	'“We have waited long enough,” said Talia Wren, the union’s secretary, in Port Averly.',
	'Officials at the Maritime Board estimated the cost at $3.2 million, or 14% of the budget.',
	'Mr. Osk told reporters the talks would resume on March 9.',
	'READ MORE: Ferry fares rise again',
	'Home » Business » Transport',
];

const run = fc.record({ unit: fc.constantFrom(...hostileUnits), times: fc.integer({ min: 1, max: 400 }) }).map(({ unit, times }) => unit.repeat(times));
const hostileText = fc
	.array(fc.oneof(run, fc.constantFrom(...sentences)), { minLength: 1, maxLength: 12 })
	.map((parts) => parts.join(' ').slice(0, 4000));

/** Far above what a few kilobytes take (milliseconds): only a hang or a quadratic blow-up fails it. */
const generousMs = 3000;

function timed<T>(what: string, work: () => T): T {
	const start = performance.now();
	const result = work();
	const ms = performance.now() - start;
	assert.ok(ms < generousMs, `${what} took ${ms.toFixed(0)} ms`);
	return result;
}

function assertSpan(text: string, span: Span, what: string): void {
	assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what} offsets are integers`);
	assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${what} [${span.start}, ${span.end}) lies within ${text.length}`);
}

suite('properties of each extractor on hostile text', () => {
	test('reading the article terminates and its paragraphs and sentences lie in order within the text', () => {
		fc.assert(
			fc.property(hostileText, fc.constantFrom('a.txt', 'a.md'), (text, path) => {
				const parsed = timed('parse', () => parseArticle({ id: 'a', path, text }));
				assert.equal(parsed.text.length, text.length);
				let previous = 0;
				for (const paragraph of parsed.paragraphs) {
					assertSpan(text, paragraph, 'paragraph');
					assert.ok(paragraph.start >= previous, 'paragraphs do not overlap');
					previous = paragraph.end;
				}
				for (const sentence of parsed.sentences) {
					assertSpan(text, sentence, 'sentence');
					const paragraph = parsed.paragraphs[sentence.paragraph];
					assert.ok(sentence.start >= paragraph.start && sentence.end <= paragraph.end, 'a sentence lies within its paragraph');
					wordSpans(sentence).forEach((word) => assertSpan(text, word, 'word'));
				}
			}),
			{ numRuns: 25 },
		);
	});

	test('quotes and their speakers have exact ranges', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				const parsed = parseArticle({ id: 'a', path: 'a.txt', text });
				for (const quote of timed('quotes', () => findQuotes(parsed))) {
					assertSpan(text, quote, 'quote');
					assertSpan(text, quote.inner, 'quote words');
					assert.ok(quote.inner.start >= quote.start && quote.inner.end <= quote.end, 'the words lie within the quote');
					assert.equal(text.slice(quote.inner.start, quote.inner.end), quote.text);
					for (const named of [quote.speaker, quote.source, quote.addressee]) {
						if (named) {
							assertSpan(text, named.span, 'speaker');
						}
					}
				}
			}),
			{ numRuns: 25 },
		);
	});

	test('figures and name mentions are exactly the text at their ranges', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				const parsed = parseArticle({ id: 'a', path: 'a.txt', text });
				for (const figure of timed('figures', () => extractFigures(parsed))) {
					assertSpan(text, figure, 'figure');
					assert.equal(text.slice(figure.start, figure.end), figure.text);
				}
				for (const mention of timed('names', () => findEntityMentions(parsed))) {
					assertSpan(text, mention, 'name');
					assert.equal(text.slice(mention.start, mention.end), mention.text);
				}
			}),
			{ numRuns: 25 },
		);
	});

	test('the whole analysis of a hostile Markdown file never throws', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				const analysis = timed('analysis', () => analyzeArticle({ id: 'a', path: 'a.md', text }));
				analysis.quotes.forEach((quote) => assertSpan(text, quote, 'quote'));
				analysis.figures.forEach((figure) => assertSpan(text, figure, 'figure'));
				analysis.mentions.forEach((mention) => assertSpan(text, mention, 'name'));
			}),
			{ numRuns: 15 },
		);
	});
});
