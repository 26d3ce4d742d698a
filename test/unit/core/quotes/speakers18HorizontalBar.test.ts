import * as assert from 'node:assert/strict';
import { directSpeakerOf, quotesOf } from '../../helpers/speakerOf';

suite('a horizontal bar (―) is a dash like the em dash', () => {
	test('an apposition between horizontal bars ("A former rival ― Ivar Hult, who … ― said") keeps its quote direct and Hult\'s', () => {
		const text = 'Title line\n\nThe levy passed on Friday.\n\nA former rival ― Ivar Hult, who lost the vote in May ― said the levy was “a blunder.”';
		assert.equal(directSpeakerOf(text, 'a blunder'), 'Ivar Hult');
	});

	test('a vox-pop signature after a horizontal bar names the speaker', () => {
		const text = 'Title line\n\nVoters in Rye were asked about the ferry.\n\n“We will fight it all the way to the council” ― Tom Brandt, 52, Rye';
		const found = quotesOf(text).filter((quote) => quote.direct && quote.text.includes('fight it'));
		assert.equal(found[0]?.speaker?.name, 'Tom Brandt');
	});
});
