import * as assert from 'node:assert/strict';
import { isHeldOut, readTokenFile, sentenceText } from '../../scripts/eval/ecbClusters';

suite('ECB+ clusters of other topics are rebuilt from tokens as the dev clusters were', () => {
	test('punctuation and clitics close up, treebank quotes become straight ones', () => {
		assert.equal(sentenceText(['Ada', "'s", 'ferry', ',', '``', 'late', "''", 'again', '.']), 'Ada\'s ferry, "late" again.');
	});

	test('a hyphen joins its words and a web address is one word', () => {
		assert.equal(sentenceText(['a', '10', '-', 'metre', 'boat']), 'a 10-metre boat');
		assert.equal(sentenceText(['http', ':', '/', '/', 'example', '.', 'org', '/', 'a']), 'http://example.org/a');
	});

	test('tokens are grouped by article and sentence in order', () => {
		const articles = readTokenFile('40_1ecb.xml\t0\t0\tHi\n40_1ecb.xml\t0\t1\t.\n\n40_1ecb.xml\t1\t0\tBye\n41_2ecbplus.xml\t0\t0\tNo\n');
		assert.deepEqual([...articles.keys()], ['40_1ecb.xml', '41_2ecbplus.xml']);
		assert.deepEqual(articles.get('40_1ecb.xml'), [['Hi', '.'], ['Bye']]);
	});

	test('only the tuning topics may be read while a rule is made', () => {
		assert.equal(isHeldOut('12_ecb'), false);
		assert.equal(isHeldOut('40_ecbplus'), false, 'read since session 24');
		assert.equal(isHeldOut('41_ecb'), true);
		assert.equal(isHeldOut('45_ecbplus'), true);
	});
});
