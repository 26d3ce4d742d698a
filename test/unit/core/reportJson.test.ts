import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatJson, formatJsonChunks } from '../../../src/core/report/controlCharacters';
import { jsonChunks } from '../../../src/core/report/jsonChunks';
import { buildReport, missingOutlets } from '../../../src/core/report/model';
import { analyseFolder, analyseSources, sampleFolder } from '../presentation/analysed';

suite('the JSON report at scale', () => {
	test('written in pieces, it is exactly JSON.stringify with two spaces, whatever the data', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
				assert.equal([...jsonChunks(value, depth)].join(''), JSON.stringify(value, null, 2));
			}),
			{ numRuns: 300 },
		);
	});

	test('fields left undefined, empty lists and empty objects are written as JSON.stringify writes them', () => {
		const value = { version: 2, ignored: undefined, lists: [[], {}, [undefined, 1]], nested: { a: [{ b: 'x\ny' }] }, empty: [] };
		assert.equal([...jsonChunks(value)].join(''), JSON.stringify(value, null, 2));
	});

	test('each piece of a report is small, and the pieces escape what a terminal acts on as the whole did', () => {
		const report = { version: 2, quotes: Array.from({ length: 1000 }, (_, i) => ({ text: `the \u202eharbour\u009b fee ${i}`, start: i })) };
		const pieces = [...formatJsonChunks(report)];
		assert.ok(pieces.length > 1000);
		assert.ok(Math.max(...pieces.map((piece) => piece.length)) < 200);
		assert.equal(pieces.join(''), JSON.stringify(report, null, 2).replace(/\u202e/g, '\\u202e').replace(/\u009b/g, '\\u009b') + '\n');
		assert.equal(formatJson(report), pieces.join(''));
	});

	test('a discrepancy no longer lists its missing outlets: they are the articles its claim does not hold, as the comparison names them', async () => {
		const sample = await analyseFolder(sampleFolder);
		const report = buildReport(sample.corpus, sample.comparison);
		assert.equal(report.version, 2);
		const missingOf = missingOutlets(report);
		const withClaim = sample.comparison.discrepancies.filter((discrepancy) => discrepancy.claim);
		assert.ok(withClaim.some((discrepancy) => discrepancy.missing.length > 0), 'some claim is not reported by every outlet');
		for (const discrepancy of report.discrepancies) {
			assert.ok(!('missing' in discrepancy));
			const compared = sample.comparison.discrepancies.find((candidate) => candidate.id === discrepancy.id)!;
			assert.deepEqual(missingOf(discrepancy), compared.missing);
		}
	});

	test('a claim only one outlet reports misses every other outlet, in folder order', () => {
		const fleet = 'The port authority said 14 ferries would be retired by 2031, leaving the island with four.';
		const shared = 'Harbour workers walked out on Tuesday over the new rota.';
		const analysed = analyseSources([
			{ id: 'a.md', path: 'a.md', text: `${shared}\n\n${fleet}\n` },
			{ id: 'b.md', path: 'b.md', text: `${shared}\n\nThe weather was mild.\n` },
			{ id: 'c.md', path: 'c.md', text: `${shared}\n\nFishermen sold their catch early.\n` },
		]);
		const omission = analysed.comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'omission' && discrepancy.mentions[0].article === 'a.md');
		assert.ok(omission, 'the lone figure is an omission');
		assert.deepEqual(omission.missing, ['b.md', 'c.md']);
		assert.deepEqual({ ...omission }.missing, ['b.md', 'c.md'], 'a copy holds the list as a plain value');
		assert.deepEqual(missingOutlets(buildReport(analysed.corpus, analysed.comparison))({ claim: omission.claim! }), ['b.md', 'c.md']);
	});
});
