import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a speaker described through its person ("his lawyers") is named with that person', () => {
	test('"according to his lawyers" names the man spoken of before', () => {
		const text = 'Title line\n\nTom Brandt lost the appeal on Monday. The ruling put him “through the mill,” according to his lawyers.';
		assert.equal(directSpeakerOf(text, 'through the mill'), 'Tom Brandt’s lawyers');
	});

	test('"her campaign" opening a sentence speaks, named with the woman before', () => {
		const text = 'Title line\n\nSenator Lena Ortiz won the harbour district on Tuesday.\n\nHer campaign sent a message to donors saying: “We won the harbour and we keep going.”';
		assert.equal(directSpeakerOf(text, 'We won the harbour'), 'Lena Ortiz’s campaign');
	});

	test('"his" asks for a man: the woman named last is passed over', () => {
		const text = 'Title line\n\nTom Brandt met Ada Vos at the quay. “We will appeal the fine,” his spokesman said afterwards.';
		assert.equal(directSpeakerOf(text, 'We will appeal'), 'Tom Brandt’s spokesman');
	});
});
