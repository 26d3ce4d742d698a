import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('a role whose complement joins two nouns, then a name in apposition', () => {
	test('the name in apposition after "minister of trade and ports" speaks, for a quote after a participle', () => {
		const text = 'Harbour news\n\nThe French minister of trade and ports, Ada Brandt, alluded to the vote during a meeting on Monday, saying the levy might be “long settled before any new board sits.”';
		assert.deepEqual(speakersOf(text), ['Ada Brandt']);
	});

	test('a complement of one noun still gives the name in apposition', () => {
		const text = 'Harbour news\n\nThe French minister of trade, Ada Brandt, alluded to the vote on Monday, saying the levy might be “long settled before any new board sits.”';
		assert.deepEqual(speakersOf(text), ['Ada Brandt']);
	});
});
