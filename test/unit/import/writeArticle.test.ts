import * as assert from 'node:assert/strict';
import { parse as parseYaml } from 'yaml';
import { articleFileName, formatArticle } from '../../../src/import/writeArticle';

suite('The file an imported article is written to', () => {
	test('outlet and headline, lower-case, hyphenated, accents dropped', () => {
		assert.equal(articleFileName('Rundschau Oberwölm', 'Straßenbrücke über die Wölm: später fertig'), 'rundschau-oberwolm-strassenbrucke-uber-die-wolm-spater-fertig.md');
	});

	test('nothing in a name can leave the folder, hide the file or trouble Windows', () => {
		assert.equal(articleFileName(undefined, '../../etc/passwd'), 'etc-passwd.md');
		assert.equal(articleFileName('.hidden', 'a:b*c?"d"<e>|f\\g'), 'hidden-a-b-c-d-e-f-g.md');
		assert.equal(articleFileName(undefined, 'CON'), 'con-article.md');
		assert.equal(articleFileName(undefined, 'lpt1'), 'lpt1-article.md');
		assert.equal(articleFileName('', '***'), 'article.md');
	});

	test('letters of other scripts stay; a long headline is cut at a word, before 80 characters', () => {
		assert.equal(articleFileName('Вечерний курьер', 'Паром снова ходит'), 'вечернии-курьер-паром-снова-ходит.md');
		const long = articleFileName('Marsh Valley Gazette', 'The ferry between Orlen and Piskow returns after four months in dry dock and a winter of arguments');
		// 74 characters; "-months" would make 81.
		assert.equal(long, 'marsh-valley-gazette-the-ferry-between-orlen-and-piskow-returns-after-four.md');
	});
});

suite('The Markdown of an imported article', () => {
	test('front matter in a fixed order, quoted where YAML needs it, missing facts left out, then the body', () => {
		const text = formatArticle({ outlet: 'Saltmarsh Post', title: 'Tolls: what next?', byline: '#1 reporter', url: 'https://post.example/tolls', retrieved: '2026-12-03T16:40:00Z', body: 'First paragraph.\n' });
		const [, yaml, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(text) ?? [];
		assert.deepEqual(parseYaml(yaml), { outlet: 'Saltmarsh Post', title: 'Tolls: what next?', byline: '#1 reporter', url: 'https://post.example/tolls', retrieved: '2026-12-03T16:40:00Z' });
		assert.deepEqual(Object.keys(parseYaml(yaml)), ['outlet', 'title', 'byline', 'url', 'retrieved']);
		assert.equal(body, 'First paragraph.\n');
	});
});
