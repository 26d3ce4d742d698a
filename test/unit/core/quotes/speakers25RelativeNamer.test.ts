import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('the subject of a verb of naming in a relative clause names the words after it', () => {
	test('a name (with its title) inside "that … called" speaks, not the main clause after the quote', () => {
		const text = 'Harbour news\n\nThe board played clips of the show. And, in a clip that Judge Ada M. Vos called “distasteful,” Tom Lund voiced a wish to “sink the whole fleet tonight.”';
		assert.equal(directSpeakerOf(text, 'distasteful'), 'Judge Ada M. Vos');
		assert.equal(directSpeakerOf(text, 'sink the whole fleet'), 'Tom Lund');
	});

	test('a name inside "which … once called" speaks, an adverb between', () => {
		const text = 'Harbour news\n\nThe town hall, which Mayor Ada Vos once called “a relic,” Tom Lund wants to “pull down by spring.”';
		assert.equal(directSpeakerOf(text, 'a relic'), 'Mayor Ada Vos');
	});

	test('without a relative word, the speaker after the quote still speaks', () => {
		const text = 'Harbour news\n\nLund called the plan “a farce,” Vos said.';
		assert.equal(directSpeakerOf(text, 'a farce'), 'Vos');
	});
});
