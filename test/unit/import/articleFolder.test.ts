import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { articleFolder } from '../../../src/import/articleFolder';

suite('Where the editor writes imported articles', () => {
	const root = join('/', 'work', 'reader');

	test('the folder holding most of the compared articles, even below the workspace folder', () => {
		const articles = [join(root, 'notes', 'todo.md'), join(root, 'summit', 'a.md'), join(root, 'summit', 'b.txt'), join(root, 'summit', 'c.news')];
		assert.equal(articleFolder(articles, [root]), join(root, 'summit'));
	});

	test('on a tie, the first folder by path', () => {
		assert.equal(articleFolder([join(root, 'b', 'x.md'), join(root, 'a', 'y.md')], [root]), join(root, 'a'));
	});

	test('with nothing compared yet, the first workspace folder; with no folder, none', () => {
		assert.equal(articleFolder([], [join(root, 'first'), join(root, 'second')]), join(root, 'first'));
		assert.equal(articleFolder([], []), undefined);
	});
});
