import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/lineIndex';
import { encodeTokens, highlightSpans, tokenTypes, type TypedSpan } from '../../../src/presentation/semanticTokens';
import { type Analysed, analyseFolder, sampleFolder } from './analysed';

const type = (name: (typeof tokenTypes)[number]) => tokenTypes.indexOf(name);

/** Decodes token data back into absolute tokens, to check invariants. */
function decode(data: number[]): { line: number; character: number; length: number; type: number }[] {
	const tokens = [];
	let line = 0;
	let character = 0;
	for (let i = 0; i < data.length; i += 5) {
		line += data[i];
		character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
		tokens.push({ line, character, length: data[i + 2], type: data[i + 3] });
	}
	return tokens;
}

suite('semantic tokens', () => {
	test('a figure inside a quotation splits it, and deltas are relative to the previous token', () => {
		const text = 'He said "rise 5% now".\nIn Oslo.';
		const spans: TypedSpan[] = [
			{ start: 8, end: 21, type: 'quotation' },
			{ start: 14, end: 16, type: 'figure' },
			{ start: 26, end: 30, type: 'entityPlace' },
		];
		assert.deepEqual(encodeTokens(spans, new LineIndex(text)), [
			[0, 8, 6, type('quotation'), 0],
			[0, 6, 2, type('figure'), 0],
			[0, 2, 5, type('quotation'), 0],
			[1, 3, 4, type('entityPlace'), 0],
		].flat());
	});

	test('a quotation over a line end becomes one token per line, with LF or CRLF', () => {
		for (const text of ['A "b\nc" d', 'A "b\r\nc" d']) {
			const end = text.indexOf('" d') + 1;
			assert.deepEqual(encodeTokens([{ start: 2, end, type: 'quotation' }], new LineIndex(text)), [0, 2, 2, type('quotation'), 0, 1, 0, 2, type('quotation'), 0]);
		}
	});

	test('a speaker wins over the name it also is, and empty spans are dropped', () => {
		const text = 'Holm said so.';
		const spans: TypedSpan[] = [
			{ start: 0, end: 4, type: 'entityPerson' },
			{ start: 0, end: 4, type: 'speaker' },
			{ start: 5, end: 5, type: 'figure' },
		];
		assert.deepEqual(encodeTokens(spans, new LineIndex(text)), [0, 0, 4, type('speaker'), 0]);
	});

	suite('on the sample cluster', () => {
		let sample: Analysed;
		suiteSetup(async () => {
			sample = await analyseFolder(sampleFolder);
		});

		test('every kind of token appears, and none overlaps another or crosses a line', () => {
			for (const analysis of sample.corpus.articles) {
				const { text } = analysis.parsed.article;
				const lines = new LineIndex(text);
				const tokens = decode(encodeTokens(highlightSpans(analysis, { quotes: true, figures: true, entities: true }), lines));
				for (let i = 1; i < tokens.length; i++) {
					const [a, b] = [tokens[i - 1], tokens[i]];
					assert.ok(b.line > a.line || b.character >= a.character + a.length, `overlap in ${analysis.parsed.article.id} at line ${b.line}`);
				}
				for (const token of tokens) {
					assert.ok(token.character + token.length <= lines.lineEnd(token.line) - lines.lineStart(token.line));
				}
			}
			const all = sample.corpus.articles.flatMap((analysis) => decode(encodeTokens(highlightSpans(analysis, { quotes: true, figures: true, entities: true }), new LineIndex(analysis.parsed.article.text))));
			assert.deepEqual(new Set(all.map((token) => tokenTypes[token.type])), new Set(tokenTypes));
		});

		test('switched-off kinds are not coloured', () => {
			const analysis = sample.corpus.articles[0];
			const spans = highlightSpans(analysis, { quotes: false, figures: true, entities: false });
			assert.ok(spans.length > 0);
			assert.ok(spans.every((span) => span.type === 'figure'));
		});

		test('the folder\'s type for a name wins over the article\'s own guess', () => {
			const analysis = sample.corpus.articles[0];
			const spans = highlightSpans(analysis, { quotes: false, figures: false, entities: true }, () => 'place');
			assert.ok(spans.every((span) => span.type === 'entityPlace'));
		});
	});
});
