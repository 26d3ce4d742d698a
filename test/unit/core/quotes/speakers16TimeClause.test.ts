import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a span of time with a clause of its own opens the sentence before its subject', () => {
	test('"Fifteen minutes after Marsh was picked …, campaign chairman Ada Vos called …" is Ada Vos\'s', () => {
		const text = 'Title line\n\nThe ticket was named on Friday.\n\nFifteen minutes after Marsh was picked as Brandt’s running mate, campaign chairman Ada Vos called the Kent governor “a man who will not stand up for sailors.”';
		assert.equal(directSpeakerOf(text, 'stand up for sailors'), 'campaign chairman Ada Vos');
	});

	test('"Two weeks after Marsh resigned, Tom Brandt called …" is Tom Brandt\'s', () => {
		const text = 'Title line\n\nThe levy passed.\n\nTwo weeks after Marsh resigned from the board, Tom Brandt called the levy “a tax on every sailor in the county.”';
		assert.equal(directSpeakerOf(text, 'tax on every sailor'), 'Tom Brandt');
	});
});
