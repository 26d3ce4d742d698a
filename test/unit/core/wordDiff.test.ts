import * as assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/compare/tokens';
import { diffWords } from '../../../src/core/compare/wordDiff';

/** The changes between two wordings, as `kind: removed → added`. */
function changes(a: string, b: string): string[] {
	const words = (text: string) => tokenize(text, 0, text.length);
	return diffWords(words(a), words(b)).changes.map((change) => `${change.kind}: ${change.removed.map((token) => token.norm).join(' ')} → ${change.added.map((token) => token.norm).join(' ')}`);
}

suite('diffWords', () => {
	test('names a changed modal, an added negation, a dropped intensifier and a swapped word', () => {
		assert.deepEqual(changes('We should act now', 'We must act now'), ['modal: should → must']);
		assert.deepEqual(changes('The crews will be paid', 'The crews will not be paid'), ['negation:  → not']);
		assert.deepEqual(changes('They were brutally beaten', 'They were beaten'), ['intensifier: brutally → ']);
		assert.deepEqual(changes('I will bring shame to them', 'I will bring disgrace to them'), ['word: shame → disgrace']);
	});

	test('an intensifier dropped beside a word spelled otherwise is dropped, not moved; beside a rewording it is moved', () => {
		assert.deepEqual(changes("I completely share the dockers' anger", "I share the docker's anger"), ['intensifier: completely → ', "inflection: dockers → docker's"]);
		assert.deepEqual(changes('we always stand by one another', 'we stand by one another without fail'), ['word: always → ', 'word:  → without fail']);
	});

	test('a contraction spelled out or an apostrophe lost is the same words', () => {
		assert.deepEqual(changes('I’m sure they didn’t know', 'I am sure they did not know'), ['inflection: i’m → i am', 'inflection: didn’t → did not'].map((line) => line.replace(/’/g, "'")));
		assert.deepEqual(changes('I’m sure', 'I m sure'), ["inflection: i'm → i m"]);
	});

	test('an hour with and without its minutes ":00" before am or pm is the same time; other minutes are a number', () => {
		assert.deepEqual(changes('the ferry docked just after 7 p.m., the port said', 'the ferry docked just after 7: 00 p.m., the port said'), ['inflection:  → 00']);
		assert.deepEqual(changes('the ferry docked at 7pm', 'the ferry docked at 7:00pm'), ['inflection: 7pm → 7 00pm']);
		assert.deepEqual(changes('the ferry docked at 7 p.m.', 'the ferry docked at 7:30 p.m.'), ['number:  → 30']);
	});

	test('a time of day in the 12-hour and the 24-hour clock is the same words; another time or another zone is a number', () => {
		assert.deepEqual(changes('the ferry left at 7:15pm GMT that night', 'the ferry left at 19:15 that night'), ['inflection: 7 15pm gmt → 19 15']);
		assert.deepEqual(changes('the ferry left at 7:15pm that night', 'the ferry left at 17:15 that night'), ['number: 7 15pm → 17 15']);
		assert.deepEqual(changes('the ferry left at 7:15pm GMT that night', 'the ferry left at 19:15 CET that night'), ['number: 7 15pm gmt → 19 15 cet']);
	});

	test('counts the words shared around each change', () => {
		const words = (text: string) => tokenize(text, 0, text.length);
		const [change] = diffWords(words('so I will never bring shame to the decision'), words('I will never bring disgrace to the decision')).changes.filter((found) => found.removed.some((token) => token.norm === 'shame'));
		assert.equal(change.sharedAround, 3);
	});
});
