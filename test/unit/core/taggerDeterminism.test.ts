import * as assert from 'node:assert/strict';
import { createTagger } from '../../../src/core/text/languageModels';
import { tagRange } from '../../../src/core/text/tagger';

/** The tokens of a text, with their part of speech. */
function tags(text: string, start = 0): string[] {
	return tagRange(text, start, text.length).map((token) => `${token.text}/${token.pos}`);
}

suite('The tagger, whatever it tagged before', () => {
	test('a possessive is split the same after other texts had possessives before a full stop or a comma', () => {
		const sentence = 'Ada Vos\'s aide said the plan was dead.';
		const before = tags(sentence);
		assert.deepEqual(before.slice(0, 4), ['Ada/PROPN', 'Vos/PROPN', '\'s/PART', 'aide/NOUN']);
		// Possessives at the end of a clause ("It was Vos's.") are the ones wink-nlp kept whole.
		for (const name of ['Vos', 'Brill', 'Kessel', 'Marwick', 'Ostend', 'Drach']) {
			tags(`The last word was ${name}'s.`);
			tags(`Critics mocked ${name}'s, and ${name}'s rivals agreed.`);
		}
		// The same sentence after a space, so that the tagger's memory of ranges does not answer.
		assert.deepEqual(tags(` ${sentence}`, 1), before);
		assert.deepEqual(tags(' Brill\'s lawyer declined to comment.', 1).slice(0, 3), ['Brill/PROPN', '\'s/PART', 'lawyer/NOUN']);
	});

	test('a sentence with a possessive twice is tagged the same alone and after a text that had it last', () => {
		// Alone, the first "Kessel's" is split and the last, before the full stop, kept whole; after
		// a text ending on "Kessel's." both had been kept whole.
		const sentence = 'Oona Kessel\'s aide said the plan was Kessel\'s.';
		const before = tags(sentence);
		assert.deepEqual(before.slice(0, 3), ['Oona/PROPN', 'Kessel/PROPN', '\'s/PART']);
		tags('Nobody said it was Kessel\'s.');
		assert.deepEqual(tags(` ${sentence}`, 1), before);
	});

	test('the tagger can be made again and again in one process', () => {
		for (let i = 0; i < 25; i++) {
			const { nlp } = createTagger();
			assert.equal(nlp.readDoc('Vos spoke.').tokens().length(), 3);
		}
	});
});
