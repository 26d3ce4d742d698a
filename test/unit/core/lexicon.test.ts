import * as assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/compare/tokens';
import { alignmentStopWords, nameStopWords, phraseStopWords } from '../../../src/core/text/lexicon/functionWords';
import { speechParticiples, speechVerbs } from '../../../src/core/text/lexicon/speech';

suite('One lexicon', () => {
	test('the words every reader skips are function words to the aligner, the name finder and the speaker rules alike', () => {
		for (const word of ['of', 'which', 'were', 'because']) {
			assert.ok(alignmentStopWords.has(word) && nameStopWords.has(word) && phraseStopWords.has(word), word);
		}
	});

	test('an auxiliary that is also a name or a month ("Will", "May") is skipped by the aligner but can open a name', () => {
		for (const word of ['will', 'may']) {
			assert.ok(alignmentStopWords.has(word), word);
			assert.ok(phraseStopWords.has(word), word);
			assert.ok(!nameStopWords.has(word), word);
		}
	});

	test('a preposition of place tells claims apart for the aligner, yet ends a noun phrase and is never a name', () => {
		const text = 'Guards waited across the river.';
		const content = tokenize(text, 0, text.length).map((token) => `${token.norm}:${token.content}`);
		assert.deepEqual(content, ['guards:true', 'waited:true', 'across:true', 'the:false', 'river:true']);
		assert.ok(phraseStopWords.has('across') && nameStopWords.has('across'));
	});

	test('a reporting verb is listed once, in its forms after a subject, and its participle apart', () => {
		assert.ok(speechVerbs.has('said') && speechVerbs.has('insists'));
		assert.ok(speechParticiples.has('saying') && !speechVerbs.has('saying'));
	});
});
