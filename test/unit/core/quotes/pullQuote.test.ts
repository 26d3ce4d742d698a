import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a pull quote signed on its last line, inside its closing mark, is the signer\'s', () => {
	test('"…storms come.¶Ada Vos, deputy harbour master." is Ada Vos\'s', () => {
		const text = 'Title line\n\nThe harbour plan was debated for weeks, and Brandt said it came late.\n\n"We will rebuild the pier before the winter storms come to the bay.\nAda Vos, deputy harbour master."\n\nThe council votes on Friday.';
		assert.equal(directSpeakerOf(text, 'rebuild the pier'), 'Ada Vos');
	});

	test('a signature of a role and a name alone ("Former port chairman Tom Brandt.") names the person', () => {
		const text = 'Title line\n\nThe harbour plan was debated for weeks.\n\n“Nobody ever asked the fishermen what they wanted from the port.\nFormer port chairman Tom Brandt.”\n\nThe council votes on Friday.';
		assert.equal(directSpeakerOf(text, 'fishermen'), 'Tom Brandt');
	});

	test('a last line that is a sentence of its own signs nothing', () => {
		const text = 'Title line\n\nThe harbour plan was debated for weeks.\n\n“Nobody ever asked the fishermen what they wanted from the port.\nThe boats left.”\n\nThe council votes on Friday.';
		assert.equal(directSpeakerOf(text, 'fishermen'), undefined);
	});
});
