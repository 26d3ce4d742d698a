import * as assert from 'node:assert/strict';
import { tokenize, type Token } from '../../../src/core/compare/tokens';
import { diffWords } from '../../../src/core/compare/wordDiff';
import { replacementPositions } from '../../../src/core/compare/wordReplacements';

const words = (text: string) => tokenize(text, 0, text.length);

/** The replacements as `removed → added` words. */
function replaced(a: string, b: string): string[] {
	const [x, y] = [words(a), words(b)];
	return replacementPositions(x, y).map(([removed, added]) => `${removed.map((i) => x[i].norm).join(' ')} → ${added.map((i) => y[i].norm).join(' ')}`);
}

/** What the name-swap finder read before: `diffWords`'s changes that remove and add words, as positions. */
function fromDiffWords(a: Token[], b: Token[]): [number[], number[]][] {
	return diffWords(a, b)
		.changes.filter((change) => change.removed.length > 0 && change.added.length > 0)
		.map((change) => [change.removed.map((token) => a.indexOf(token)), change.added.map((token) => b.indexOf(token))]);
}

suite('replacementPositions (the word diff as the name-swap finder reads it)', () => {
	test('a name for a name is one replacement; an added or a dropped word is none', () => {
		assert.deepEqual(replaced('the mayor of Tarn said', 'the governor of Tarn said'), ['mayor → governor']);
		assert.deepEqual(replaced('the mayor said', 'the mayor never said'), []);
		assert.deepEqual(replaced('the mayor quietly said', 'the mayor said'), []);
	});

	test('a modal in a replaced stretch stands apart from the words around it', () => {
		assert.deepEqual(replaced('Oskar Vell should increase the fund', 'Oskar Vell must step up the fund'), ['should → must', 'increase → step up']);
	});

	test('the same words written another way stay one stretch, even with a negation in it', () => {
		// "won't" / "wont" (the page lost the apostrophe): one side has a negation the other lacks,
		// yet the letters are the same.
		assert.deepEqual(replaced('the crews won’t be paid', 'the crews wont be paid'), ["won't → wont"]);
	});

	test('gives the replacements of diffWords on pairs of sentences sharing some words', () => {
		const vocabulary = ['the', 'mayor', 'Tarn', 'should', 'must', 'not', 'never', "didn't", 'did', 'will', 'Vell', 'very', 'said', 'non-binding', 'cannot', 'can', "can't", 'cant', "won't", 'wont', '7', 'pm', '19', '15', 'GMT'];
		let state = 11;
		const random = () => {
			state = (state * 1103515245 + 12345) & 0x7fffffff;
			return state / 0x7fffffff;
		};
		const sentence = () => Array.from({ length: 1 + Math.floor(random() * 10) }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(' ');
		for (let trial = 0; trial < 3000; trial++) {
			const [a, b] = [words(sentence()), words(sentence())];
			assert.deepEqual(replacementPositions(a, b), fromDiffWords(a, b));
		}
	});
});
