import * as assert from 'node:assert/strict';
import { variantForms } from '../../../src/core/entities/variantForms';
import { buildReport } from '../../../src/core/report/model';
import { sentenceAround } from '../../../src/presentation/passageContext';
import { renderReportHtml } from '../../../src/presentation/reportHtml';
import { analyseFolder, sampleFolder } from './analysed';

function around(text: string, passage: string) {
	const start = text.indexOf(passage);
	return sentenceAround(text, { start, end: start + passage.length });
}

suite('a figure in its sentence', () => {
	test('the sentence around a figure, from the end of the one before to its own full stop', () => {
		const text = 'The court sat late. Two jurors were dismissed on Monday, the clerk said. The trial goes on.';
		assert.deepEqual(around(text, 'Two jurors'), { before: '', inside: 'Two jurors', after: ' were dismissed on Monday, the clerk said.' });
		assert.deepEqual(around(text, 'Monday'), { before: 'Two jurors were dismissed on ', inside: 'Monday', after: ', the clerk said.' });
	});

	test('a line end is a sentence end: a headline stays apart from the body', () => {
		const text = 'Fares up 12%\n\nThe ferry fare rose 12% on Monday';
		assert.deepEqual(around(text, '12% on'), { before: 'The ferry fare rose ', inside: '12% on', after: ' Monday' });
		assert.deepEqual(around(text, '12%'), { before: 'Fares up ', inside: '12%', after: '' });
	});

	test('a quotation mark after the full stop belongs to the sentence before', () => {
		const text = '"We will strike." The union named 40 ports.';
		assert.deepEqual(around(text, '40'), { before: 'The union named ', inside: '40', after: ' ports.' });
	});

	test('a very long sentence is cut at words, with an ellipsis', () => {
		const text = `${'word '.repeat(60)}the figure 7 stands ${'here '.repeat(60)}now.`;
		const { before, after } = around(text, '7');
		assert.match(before, /^…word word/);
		assert.ok(before.length <= 142 && after.length <= 142);
		assert.match(after, /here…$/);
	});
});

suite('the report shows each figure in its sentence', () => {
	test('a figure discrepancy\'s passages are marked inside their sentences, escaped', async () => {
		const sample = await analyseFolder(sampleFolder);
		const report = buildReport(sample.corpus, sample.comparison, {});
		const spellings = new Map(sample.corpus.entities.map((entity) => [entity.id, variantForms(entity)]));
		const texts = new Map([...sample.directory].map(([id, entry]) => [id, entry.text]));
		const html = renderReportHtml(report, spellings, { nonce: 'n', cspSource: 's', scriptUri: 'j', styleUri: 'c', texts });
		const marked = [...html.matchAll(/<span class="passage-text">([^<]*)<mark>([^<]*)<\/mark>([^<]*)<\/span>/g)];
		assert.ok(marked.some((match) => /26 percent/.test(match[2]) && match[1].length + match[3].length > 20), 'the figure is marked inside its sentence');
		const without = renderReportHtml(report, spellings, { nonce: 'n', cspSource: 's', scriptUri: 'j', styleUri: 'c' });
		assert.doesNotMatch(without, /<mark>/, 'without the texts, the passage alone');
	});
});
