import * as assert from 'node:assert/strict';
import { selectDiscrepancies } from '../../../src/core/report/model';
import { nameAt, renderNameCard } from '../../../src/presentation/nameCard';
import { type Analysed, analyseFolder, analyseSources, offsetOf, sampleFolder } from './analysed';

function args(card: string, command: string): unknown[][] {
	return [...card.matchAll(new RegExp(`command:${command.replace('.', '\\.')}\\?([^ )]+)`, 'g'))].map((match) => JSON.parse(decodeURIComponent(match[1])) as unknown[]);
}

suite('the card of a name', () => {
	let sample: Analysed;
	suiteSetup(async () => {
		sample = await analyseFolder(sampleFolder);
	});

	test('hovering a spelling shows every spelling, who writes which, and offers to accept the odd one', () => {
		const offset = offsetOf(sample, 'dravonia-today', 'Varennikoff') + 2;
		const name = nameAt(sample.corpus.entities, 'dravonia-today', offset);
		assert.ok(name, 'a name is under the cursor');
		const listed = selectDiscrepancies(sample.comparison.discrepancies, { minSeverity: 'low' }, (article) => article).listed;
		const card = renderNameCard(name, sample.directory, { listed });
		assert.match(card, /person \*\*Aleksandr Varennikov\*\* · 2 spellings/);
		assert.match(card, /- \*\*Aleksandr Varennikov\*\*: .*Harbourline Daily/);
		assert.match(card, /- \*\*Aleksandr Varennikoff\*\*: dravonia\\-today · \[\$\(check\) Accept this spelling\]/);
		assert.deepEqual(args(card, 'crossread.acceptSpelling'), [['Aleksandr Varennikoff']]);
		assert.match(card, /\$\(warning\) \*\*.*Varennikoff/, 'the spelling discrepancy is told');
	});

	test('an accepted spelling says so instead of offering the link', () => {
		const offset = offsetOf(sample, 'dravonia-today', 'Varennikoff') + 2;
		const card = renderNameCard(nameAt(sample.corpus.entities, 'dravonia-today', offset)!, sample.directory, { listed: [], acceptedNames: ['aleksandr varennikoff'] });
		assert.match(card, /- \*\*Aleksandr Varennikoff\*\*: dravonia\\-today · \*accepted\*/);
		assert.deepEqual(args(card, 'crossread.acceptSpelling'), []);
	});

	test('a name written one way has nothing to accept, and a word that is no name has no name card', () => {
		const folder = analyseSources([
			{ id: 'a', path: 'a.txt', text: 'Mayor Ines Dorr opened the bridge on Monday.\n' },
			{ id: 'b', path: 'b.txt', text: 'Ines Dorr, the mayor, opened the bridge on Monday.\n' },
		]);
		const offset = offsetOf(folder, 'a', 'Dorr') + 1;
		const name = nameAt(folder.corpus.entities, 'a', offset);
		assert.ok(name);
		const card = renderNameCard(name, folder.directory, { listed: [] });
		assert.match(card, /one spelling in 2 outlets/);
		assert.doesNotMatch(card, /Accept this spelling/);
		assert.equal(nameAt(folder.corpus.entities, 'a', offsetOf(folder, 'a', 'bridge') + 1), undefined);
	});
});
