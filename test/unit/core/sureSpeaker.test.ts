import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';
import { isSureSpeaker } from '../../../src/core/quotes/sureSpeaker';

suite('a speaker named surely, or only a hint', () => {
	test('names, people, organisations, newspapers and documents speak', () => {
		for (const name of ['Ada Brandt', 'Ryder’s office', 'spokesman for Platte Docks', 'person close to the mayor', 'senior strategist', 'residents', 'port authority', 'campaign', 'court filing', 'report', 'committee chairmen']) {
			assert.ok(isSureSpeaker(name), name);
		}
	});

	test('people named by their trade in politics speak: a pollster, a lawmaker, a professor', () => {
		for (const name of ['former pollster', 'veteran lawmaker', 'law professor', 'county sheriff']) {
			assert.ok(isSureSpeaker(name), name);
		}
	});

	test('a phrase that is no one is only a hint', () => {
		for (const name of ['first incident', 'Media shares', 'instinctive preference', 'paradox']) {
			assert.ok(!isSureSpeaker(name), name);
		}
	});

	test('the report says nobody spoke, and keeps the phrase as a hint', () => {
		const text = 'Title line\n\nThe first incident came during a speech at the college, when the hall erupted, shouting “we win, you lose!”';
		const quote = findQuotes(parseArticle({ id: 'a', path: 'a.txt', text })).find((found) => found.text.startsWith('we win'));
		assert.ok(quote);
		assert.equal(quote.speaker, undefined);
		assert.equal(quote.speakerHint?.name, 'first incident');
	});
});
