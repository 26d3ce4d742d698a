import * as assert from 'node:assert/strict';
import { nameOutlets } from '../../../src/core/outletName';
import { ComparedFolder } from '../../../src/presentation/comparedFolder';
import { analyseSources } from './analysed';

suite('a compared folder, as the extension and the server hold it', () => {
	const texts = {
		'a.md': 'Harbour workers walked out on Tuesday.\nThe rota changes in May.\n',
		'b.md': 'Harbour workers stopped work on Tuesday.\n',
	};
	const analysed = analyseSources(Object.entries(texts).map(([id, text]) => ({ id, path: id, text })));
	const corpus = nameOutlets(analysed.corpus, { 'b.md': 'Tarn Valley Crier' });
	const folder = new ComparedFolder(corpus, analysed.comparison, Object.entries(texts).map(([id, text]) => ({ id, text, uri: `file:///news/${id}` })), undefined, (article) => article.uri);

	test('finds an article by id, keeps folder order, and names each outlet as the reader did', () => {
		assert.deepEqual(folder.articleIds, ['a.md', 'b.md']);
		assert.equal(folder.article('b.md')?.uri, 'file:///news/b.md');
		assert.equal(folder.article('c.md'), undefined);
		assert.equal(folder.outletName('b.md'), 'Tarn Valley Crier');
		assert.equal(folder.outletName('c.md'), 'c.md', 'an unknown id stands for itself');
	});

	test('turns offsets of the analysed text into lines, with one index per article', () => {
		const offset = texts['a.md'].indexOf('The rota');
		assert.deepEqual(folder.lines('a.md').positionAt(offset), { line: 1, character: 0 });
		assert.equal(folder.lines('a.md'), folder.lines('a.md'));
	});
});
