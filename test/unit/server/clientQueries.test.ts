import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CompareControl, CrossreadLanguageService } from '../../../src/server/languageService';
import type { CompareInput } from '../../../src/server/protocol';

const folder = resolve(__dirname, '../../fixtures/server');
const uriOf = (file: string) => pathToFileURL(join(folder, file)).href;
const textOf = (file: string) => readFileSync(join(folder, file), 'utf8');
const quiet: CompareControl = { stopped: () => false, progress: () => undefined };

function fixtureInput(): CompareInput {
	const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
	return { articles: files.map((file) => ({ uri: uriOf(file), path: file, text: textOf(file), encoding: 'utf-8' })), warnings: [], limitedTo: undefined };
}

async function compared(): Promise<CrossreadLanguageService> {
	const service = new CrossreadLanguageService();
	service.configure({ filter: { minSeverity: 'low' }, highlights: { quotes: true, figures: true, entities: true }, commandLinks: true });
	await service.compare(fixtureInput(), quiet);
	return service;
}

suite('What the extension asks the server for', () => {
	test('the folder names each article with its document and outlet, and counts what is listed', async () => {
		const folderSummary = (await compared()).folder()!;
		assert.deepEqual(
			folderSummary.articles.map((article) => [article.id, article.uri]),
			['gazette', 'ledger', 'post'].map((id) => [id, uriOf(`${id}.md`)]),
		);
		assert.equal(folderSummary.outlets, 3);
		assert.ok(folderSummary.counts.listed > 0);
	});

	test('the marks of an article cover the figure it gives differently, as offsets into the text compared', async () => {
		const marks = (await compared()).marks(uriOf('gazette.md'))!;
		assert.equal(marks.text, textOf('gazette.md'));
		const figure = marks.marks.find((mark) => mark.discrepancy.kind === 'figure')!;
		assert.equal(marks.text.slice(figure.start, figure.end), '15 percent');
	});

	test('the passage at a figure offers the other outlets\' versions to open', async () => {
		const text = textOf('gazette.md');
		const passage = (await compared()).passage(uriOf('gazette.md'), text.indexOf('15 percent') + 1)!;
		assert.equal(passage.inPassage, true);
		assert.deepEqual(passage.picks.map((pick) => pick.target.article).sort(), ['ledger', 'post']);
	});

	test('two outlets are aligned claim by claim, and an article no longer compared gives nothing', async () => {
		const service = await compared();
		const sides = service.twoOutlets('gazette', 'ledger')!;
		assert.equal(sides.left.split('\n').length, sides.right.split('\n').length);
		assert.match(sides.left, /15 percent/);
		assert.match(sides.right, /12 percent/);
		assert.equal(service.twoOutlets('gazette', 'gone'), undefined);
	});

	test('the listed discrepancies mark those with a passage at the offset, and an ignored one names the rule that sets it aside', async () => {
		const service = await compared();
		const text = textOf('gazette.md');
		const listed = service.discrepancyList('listed', uriOf('gazette.md'), text.indexOf('15 percent') + 1);
		const figure = listed.find((item) => item.kind === 'figure')!;
		assert.equal(figure.here, true);
		const elsewhere = service.discrepancyList('listed', uriOf('gazette.md'), text.indexOf('Board chair') + 1);
		assert.equal(elsewhere.find((item) => item.id === figure.id)?.here, false, 'not in the next sentence');
		service.configure({ filter: { minSeverity: 'low', ignore: { figures: ['15 percent'] } }, highlights: { quotes: true, figures: true, entities: true }, commandLinks: true });
		const ignored = service.discrepancyList('ignored').find((item) => item.id === figure.id)!;
		assert.deepEqual(ignored.entries, { key: 'figures', values: ['15 percent'] });
	});

	test('the rows under a discrepancy are those the whole tree has under it', async () => {
		const service = await compared();
		const figure = service.discrepancies()!.roots.flatMap((group) => group.children).find((node) => node.discrepancy !== undefined)!;
		assert.ok(figure.children.length > 0);
		assert.deepEqual(service.discrepancyRows(figure.discrepancy!), figure.children);
		assert.deepEqual(service.discrepancyRows('figure-00000000'), []);
	});

	test('the rows under a kind are its discrepancies, each saying how many passages it has without sending them', async () => {
		const service = await compared();
		const rows = service.discrepancyRows('kind:figure');
		assert.ok(rows.length > 0);
		assert.ok(rows.every((row) => row.contextValue === 'discrepancy' && row.children.length === 0 && (row.childCount ?? 0) > 0));
	});

	test('on a name, the hover is the name\'s card', async () => {
		const service = await compared();
		const lines = textOf('post.md').split('\n');
		const line = lines.findIndex((candidate) => candidate.startsWith('Odile Prasser'));
		assert.match(service.hover(uriOf('post.md'), { line, character: 2 })?.markdown ?? '', /· person \*\*Odile Prasser\*\* · /);
	});
});
