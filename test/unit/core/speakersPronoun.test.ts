import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';

/** The speaker's name of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('who "he" is', () => {
	test('the subject of the sentence just before, of no known gender, is "he" rather than an earlier speaker', () => {
		const text =
			'Paul Brandt backed the northern route. “The hills are cheaper,” he said. ' +
			'Okafor refused to take a side, and the board waited for Okafor. “Either route will do,” he said.';
		assert.equal(speakerOf(text, 'Either route'), 'Okafor');
	});

	test('a name after a preposition is no subject: the person who acts is "he"', () => {
		const text =
			'Paul Brandt backed the northern route. “The hills are cheaper,” he said. ' +
			'At a rally in Brennock, Okafor promised to rebuild the pier, as Mr. Okafor had before. “We start in May,” he said.';
		assert.equal(speakerOf(text, 'We start'), 'Okafor');
	});

	test('a first name alone, set off after a relation ("his wife, Marisol,"), is a person "she" can stand for', () => {
		const text =
			'Lena Ortiz opened the hearing. “The fares will rise,” she said. ' +
			'The captain’s wife, Marisol, runs the ferry office. “We sell out every August,” she said.';
		assert.equal(speakerOf(text, 'every August'), 'Marisol');
	});

	test('an everyday plural that opens a sentence is no one "he" stands for', () => {
		const text = 'Ivo Rusk spoke first. Allies say that he does not like the plan. “It is a fairy tale,” he said.';
		assert.equal(speakerOf(text, 'fairy tale'), 'Ivo Rusk');
	});
});
