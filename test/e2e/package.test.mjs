import { suite, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { vsixEntries } from '../../scripts/e2e/packageVsix.mjs';
import { session } from './session.mjs';

suite('The packaged extension', () => {
	test('the .vsix holds the bundle and its media, and leaves out the README screenshots and the sources', () => {
		// vsce writes the README as readme.md.
		const entries = vsixEntries(session().vsix).map((entry) => entry.toLowerCase());
		for (const needed of ['extension/package.json', 'extension/dist/extension.js', 'extension/media/report.js', 'extension/media/report.css', 'extension/readme.md']) {
			assert.ok(entries.includes(needed), `${needed} is missing from the .vsix:\n${entries.join('\n')}`);
		}
		const unwanted = entries.filter((entry) => /^extension\/(images|src|test|scripts|samples|node_modules|\.cache)\//.test(entry));
		assert.deepEqual(unwanted, []);
	});
});
