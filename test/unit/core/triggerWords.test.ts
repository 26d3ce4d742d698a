import * as assert from 'node:assert/strict';
import { hasTriggerWord } from '../../../src/core/figures/triggerWords';

/** Whether a whole line holds a word that can make a figure. */
function triggers(line: string): boolean {
	return hasTriggerWord(line, 0, line.length);
}

suite('figure words that open a paragraph to the figure grammar', () => {
	test('a number, ordinal or date word counts as a whole word, in any case', () => {
		assert.equal(triggers('Eleven trawlers left the cove.'), true);
		assert.equal(triggers('The ferry returns on TUESDAY.'), true);
		assert.equal(triggers('She came third in the regatta.'), true);
		assert.equal(triggers('The pier reopens tonight.'), true);
	});

	test('a listed word inside a longer word is not one; a hyphen or an apostrophe ends a word', () => {
		assert.equal(triggers('The elevenses were served on the quay.'), false);
		assert.equal(triggers('Someone left the gate open.'), false);
		assert.equal(triggers('A twenty-odd crew waited.'), true);
		assert.equal(triggers('Tuesday’s crossing was calm.'), true);
	});

	test('a relative period is two words with white space, and only white space, between them', () => {
		assert.equal(triggers('The dock reopened last week.'), true);
		assert.equal(triggers('They sail this\u00a0 morning.'), true);
		assert.equal(triggers('Coming\nweekend plans were dropped.'), true);
		assert.equal(triggers('The lastweek column ran.'), false);
		assert.equal(triggers('It was the last, week-long push.'), false);
		assert.equal(triggers('The next weeks are busy.'), false);
	});

	test('a word cut by the end of the stretch is read as cut', () => {
		const text = 'oneness';
		assert.equal(hasTriggerWord(text, 0, 3), true);
		assert.equal(hasTriggerWord(text, 0, text.length), false);
		const period = 'last weekend';
		assert.equal(hasTriggerWord(period, 0, 9), true);
		assert.equal(hasTriggerWord(period, 0, 4), false);
	});
});
