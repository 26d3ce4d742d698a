import * as assert from 'node:assert/strict';
import { buildSourceTree } from '../../../src/presentation/sourceTree';
import { type Analysed, analyseFolder, sampleFolder } from './analysed';

suite('sources tree', () => {
	let sample: Analysed;
	suiteSetup(async () => {
		sample = await analyseFolder(sampleFolder);
	});

	test('one row per article, in folder order, each opening its article', () => {
		const rows = buildSourceTree(sample.corpus, sample.comparison.discrepancies, sample.directory);
		assert.deepEqual(
			rows.map((row) => row.article),
			sample.articleIds,
		);
		assert.ok(rows.every((row) => row.contextValue === 'source' && row.id === `source:${row.article}`));
	});

	test('a row shows the outlet, the date and the counts of quotes, figures and discrepancies', () => {
		const row = buildSourceTree(sample.corpus, sample.comparison.discrepancies, sample.directory).find((candidate) => candidate.article === 'harbourline-daily')!;
		assert.equal(row.label, 'Harbourline Daily');
		assert.match(row.description!, /^2025-10-15 · \d+ quotes · \d+ figures · \d+ discrepanc(y|ies)$/);
		assert.match(row.tooltip!, /Kestria cuts berthing fees/);
	});

	test('skipped files get a row of their own with the reason', () => {
		const corpus = { ...sample.corpus, warnings: [{ path: 'photos/front-page.txt', message: 'binary file (it contains NUL bytes), skipped' }] };
		const rows = buildSourceTree(corpus, [], sample.directory);
		const skipped = rows[rows.length - 1];
		assert.equal(skipped.label, 'front-page.txt');
		assert.equal(skipped.description, 'binary file (it contains NUL bytes), skipped');
		assert.equal(skipped.contextValue, 'skippedFile');
	});

	test('an outlet whose differences are ignored says so and offers Stop Ignoring, by outlet name or article id', () => {
		for (const entry of ['harbourline daily', 'harbourline-daily']) {
			const rows = buildSourceTree(sample.corpus, sample.comparison.discrepancies, sample.directory, [entry]);
			const row = rows.find((candidate) => candidate.article === 'harbourline-daily')!;
			assert.equal(row.contextValue, 'ignoredSource');
			assert.match(row.description!, / · differences ignored$/);
			assert.ok(rows.filter((candidate) => candidate !== row).every((candidate) => candidate.contextValue === 'source'));
		}
	});
});
