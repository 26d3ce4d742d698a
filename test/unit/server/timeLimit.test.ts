import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sameInput } from '../../../src/server/compareInputs';
import { type CompareControl, CrossreadLanguageService } from '../../../src/server/languageService';
import type { CompareInput } from '../../../src/server/protocol';
import { readSettings } from '../../../src/server/settings';

const folder = resolve(__dirname, '../../fixtures/server');
const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
const quiet: CompareControl = { stopped: () => false, progress: () => undefined };

function input(timeLimitMs: number | undefined): CompareInput {
	const articles = files.map((file) => ({ uri: pathToFileURL(join(folder, file)).href, path: file, text: readFileSync(join(folder, file), 'utf8'), encoding: 'utf-8' }));
	return { articles, warnings: [], limitedTo: undefined, timeLimitMs };
}

/** Far below what any article's analysis takes: every article runs past it. */
const impossible = 1e-7;

suite('The language server applies crossread.analysis.timeLimit', () => {
	test('the setting is read in seconds and kept in milliseconds; a missing or senseless value keeps the manifest\'s default', () => {
		const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8'));
		const properties = manifest.contributes.configuration.properties ?? Object.assign({}, ...manifest.contributes.configuration.map((part: { properties: object }) => part.properties));
		const defaultMs = properties['crossread.analysis.timeLimit'].default * 1000;
		assert.equal(readSettings({ analysis: { timeLimit: 2.5 } }).analysis.timeLimitMs, 2500);
		for (const senseless of [undefined, 0, -3, 'soon', Number.NaN]) {
			assert.equal(readSettings({ analysis: { timeLimit: senseless } }).analysis.timeLimitMs, defaultMs, String(senseless));
		}
		assert.equal(readSettings(undefined).analysis.timeLimitMs, defaultMs);
	});

	test('an article whose analysis runs past the limit is left out with a warning naming it, once; under a limit it can meet, it is compared', async () => {
		const service = new CrossreadLanguageService();
		const first = await service.compare(input(impossible), quiet);
		assert.ok(first);
		assert.equal(first.articles, 0);
		assert.deepEqual(first.leftOut.map((warning) => warning.path).sort(), [...files].sort());
		assert.ok(first.leftOut.every((warning) => /^its analysis was stopped .*; left out of the comparison$/.test(warning.message)), JSON.stringify(first.leftOut));

		// The same texts under the same limit are not analysed again, nor logged again.
		const again = await service.compare(input(impossible), quiet);
		assert.equal(again?.fresh, 0);
		assert.deepEqual(again?.leftOut, []);
		assert.equal(again?.warnings, files.length);

		// Under a limit they can meet, they are analysed and compared.
		const relaxed = await service.compare(input(60_000), quiet);
		assert.equal(relaxed?.articles, files.length);
		assert.deepEqual(relaxed?.leftOut, []);
		assert.ok(relaxed.discrepancies > 0);
	});

	test('a change of the limit alone is a new input to compare', () => {
		assert.ok(sameInput(input(5000), input(5000)));
		assert.ok(!sameInput(input(5000), input(2000)));
	});
});
