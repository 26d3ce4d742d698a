import * as assert from 'node:assert/strict';
import { addIgnoredDiscrepancy, applyIgnoreList, parseIgnoreFile } from '../../../src/core/ignore';
import type { Discrepancy } from '../../../src/core/types';

const mention = (article: string, text: string, odd: boolean) => ({ article, start: 0, end: text.length, text, variant: text, odd });

const discrepancies: Discrepancy[] = [
	{ id: 'figure-1', kind: 'figure', severity: 'high', summary: 'Exports: 27% (A) vs 26 percent (B)', reason: '', confidence: 0.9, mentions: [mention('a', '27%', false), mention('b', '26 percent', true)], missing: [], rank: 3 },
	{ id: 'entity-1', kind: 'entity', severity: 'medium', summary: 'Varennikov spelled differently', reason: '', confidence: 0.8, mentions: [mention('a', 'Varennikov', false), mention('c', 'Varennikoff', true)], missing: [], rank: 2 },
	{ id: 'quote-1', kind: 'quote', severity: 'high', summary: 'Quote: should vs must', reason: '', confidence: 0.9, mentions: [mention('a', 'should', false), mention('c', 'must', true)], missing: [], rank: 1 },
];
const outlets: Record<string, string> = { a: 'The Ledger', b: 'Harbourline Daily', c: 'Dravonia Today' };

suite('ignore list', () => {
	test('ignores by id, accepted name, accepted figure and outlet, and says which rule matched', () => {
		const { kept, ignored } = applyIgnoreList(discrepancies, { names: ['varennikoff'], figures: ['26 Percent'], outlets: [] }, (article) => outlets[article]);
		assert.deepEqual(kept.map((discrepancy) => discrepancy.id), ['quote-1']);
		assert.deepEqual(ignored.map((discrepancy) => [discrepancy.id, discrepancy.ignoredBy]), [
			['figure-1', 'figure'],
			['entity-1', 'name'],
		]);
		const byOutlet = applyIgnoreList(discrepancies, { outlets: ['Dravonia Today'] }, (article) => outlets[article]);
		assert.deepEqual(byOutlet.ignored.map((discrepancy) => discrepancy.id), ['entity-1', 'quote-1']);
		assert.deepEqual(applyIgnoreList(discrepancies, { discrepancies: ['quote-1'] }, (article) => outlets[article]).kept.length, 2);
	});

	test('an outlet that agrees with the majority does not hide a discrepancy it appears in', () => {
		const { kept } = applyIgnoreList(discrepancies, { outlets: ['The Ledger'] }, (article) => outlets[article]);
		assert.equal(kept.length, 3);
	});

	test('the file is read with clear messages for mistakes, and ignoring keeps what was there', () => {
		assert.deepEqual(parseIgnoreFile('{"ignore": {"names": ["Borodine"]}}'), { names: ['Borodine'] });
		assert.deepEqual(parseIgnoreFile('{}'), {});
		assert.deepEqual(parseIgnoreFile(''), {});
		assert.deepEqual(parseIgnoreFile('\uFEFF{"ignore": {"outlets": ["X"]}}'), { outlets: ['X'] });
		assert.match((parseIgnoreFile('null') as { error: string }).error, /JSON object/);
		assert.throws(() => addIgnoredDiscrepancy('[]', 'quote-1'), /not hold a JSON object/);
		assert.match((parseIgnoreFile('{"ignore": {"names": "Borodine"}}') as { error: string }).error, /"ignore.names" must be a list of strings/);
		assert.match((parseIgnoreFile('{oops') as { error: string }).error, /not valid JSON/);
		const text = addIgnoredDiscrepancy('{"ignore": {"names": ["Borodine"]}, "note": "kept"}', 'quote-1');
		assert.deepEqual(JSON.parse(text), { ignore: { names: ['Borodine'], discrepancies: ['quote-1'] }, note: 'kept' });
		assert.deepEqual(JSON.parse(addIgnoredDiscrepancy(text, 'quote-1')).ignore.discrepancies, ['quote-1']);
	});
});
