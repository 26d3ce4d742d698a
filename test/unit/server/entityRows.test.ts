import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CrossreadLanguageService } from '../../../src/server/languageService';

const folder = resolve(__dirname, '../../fixtures/server');

suite('The Entities view\'s rows, asked for by row', () => {
	test('the rows under an identity and under a spelling are those the whole tree has there', async () => {
		const service = new CrossreadLanguageService();
		const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
		const articles = files.map((file) => ({ uri: pathToFileURL(join(folder, file)).href, path: file, text: readFileSync(join(folder, file), 'utf8'), encoding: 'utf-8' }));
		await service.compare({ articles, warnings: [], limitedTo: undefined }, { stopped: () => false, progress: () => undefined });
		// A small folder's tree is sent whole: it is the reference.
		const roots = service.entities()!.roots;
		const identity = roots.find((node) => node.children.length > 0)!;
		assert.deepEqual(service.entityRows(identity.id), identity.children);
		const spelling = identity.children[0];
		assert.ok(spelling.children.length > 0);
		assert.deepEqual(service.entityRows(spelling.id), spelling.children);
		assert.deepEqual(service.entityRows('entity:person:Nobody Here'), []);
	});
});
