import * as assert from 'node:assert/strict';
import { rangesTaggedAfresh, tagRange } from '../../../src/core/text/tagger';

suite('The tagger', () => {
	test('a sentence met again in another article is tagged the same, at that article’s offsets', () => {
		const sentence = 'The harbour master said the levy would sink the port.';
		const first = `${sentence} More followed.`;
		const second = `Ahead of the vote, one thing was clear. ${sentence}`;
		const at = second.indexOf(sentence);
		const a = tagRange(first, 0, sentence.length);
		const b = tagRange(second, at, at + sentence.length);
		assert.deepEqual(b.map((token) => `${token.text}/${token.pos}`), a.map((token) => `${token.text}/${token.pos}`));
		for (const token of b) {
			assert.equal(second.slice(token.start, token.end), token.text);
		}
	});

	test('a caller that changes the tokens it got changes no later answer', () => {
		const text = 'Ortiz spoke at noon.';
		const tokens = tagRange(text, 0, text.length);
		tokens[0].pos = 'X';
		tokens[0].start = 99;
		const again = tagRange(text, 0, text.length);
		assert.equal(again[0].pos, 'PROPN');
		assert.equal(again[0].start, 0);
	});

	test('a sentence asked for again and again stays remembered while thousands of others are tagged', () => {
		const kept = 'The ferry carried 40 people across the bay.';
		tagRange(kept, 0, kept.length);
		for (let i = 0; i < 2100; i++) {
			const other = `Crate ${i} was stacked on pier ${i % 7}.`;
			tagRange(other, 0, other.length);
			if (i % 50 === 0) {
				const before = rangesTaggedAfresh();
				tagRange(kept, 0, kept.length);
				assert.equal(rangesTaggedAfresh(), before, `tagged again after ${i} others`);
			}
		}
	});
});
