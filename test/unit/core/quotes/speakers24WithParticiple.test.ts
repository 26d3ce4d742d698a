import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('"with" a name and a participle of speech, after a reporting verb further back', () => {
	test('a word or two after "with" a name "telling" is that name’s, not the subject of a reporting verb before', () => {
		const text = 'Harbour news\n\nThe strike sparked a debate over how Tom Lund responds to strikes, with Senator Ada Brandt telling reporters on Monday she viewed the board as “directly responsible” for the losses.';
		const [speaker] = speakersOf(text);
		assert.ok(speaker?.endsWith('Ada Brandt'), `got ${speaker}`);
	});

	test('without "with", the reporting verb before still gives its subject', () => {
		const text = 'Harbour news\n\nThe strike sparked a debate after Ada Brandt said the board was “directly responsible” for the losses.';
		const [speaker] = speakersOf(text);
		assert.ok(speaker?.endsWith('Ada Brandt'), `got ${speaker}`);
	});
});
