import { suite, suiteSetup, test } from 'mocha';
import * as assert from 'node:assert/strict';
import { openFile, runCommand, semanticTokenType, token } from '../../scripts/e2e/workbench.mjs';
import { session } from './session.mjs';

suite('Highlights (semantic tokens)', () => {
	suiteSetup(async () => {
		const { page } = session();
		await runCommand(page, 'View: Close All Editors');
		await openFile(page, 'harbourline-daily.md');
	});

	// What VS Code's token inspector reports at each: Crossread's semantic token types, not a grammar's colours.
	/** @type {[string, string | RegExp, string][]} */
	const expected = [
		['a quotation ("Our ports must serve…")', /^"Our\sports\s$/, 'quotation'],
		['its speaker (Osterhout)', 'Osterhout', 'speaker'],
		['a figure (26 percent)', '26 percent', 'figure'],
		['a money figure (US$48 billion)', 'US$48 billion', 'figure'],
		['a person (Mei-Lin Osterhout)', 'Mei-Lin Osterhout', 'entityPerson'],
		['a place (Kestria)', 'Kestria', 'entityPlace'],
		['an organization (Dravonian Grain Board)', 'Dravonian Grain Board', 'entityOrganization'],
	];
	for (const [what, text, type] of expected) {
		test(`${what} is a "${type}" token`, async () => {
			const { page } = session();
			assert.equal(await semanticTokenType(page, token(page, text)), type);
		});
	}

	test('plain words have no Crossread token', async () => {
		const { page } = session();
		assert.equal(await semanticTokenType(page, token(page, /^\srose\s$/)), undefined);
	});
});
