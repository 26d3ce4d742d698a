import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a quote nobody is read to say, right after reported speech in its paragraph, goes on with that speaker', () => {
	test('"The pier is unsafe, Vos said. Boats still sail, but only when “…”" is Vos\'s', () => {
		const text = 'Title line\n\nThe harbour board met on Monday.\n\nThe old pier is unsafe for the ferries, Ada Vos said. Small boats can still sail from it, but usually only when “the sea is as calm as a pond.”';
		assert.equal(directSpeakerOf(text, 'calm as a pond'), 'Ada Vos');
	});

	test('a quote in the next paragraph does not go on with it', () => {
		const text = 'Title line\n\nThe harbour board met on Monday.\n\nThe old pier is unsafe for the ferries, Ada Vos said.\n\nSmall boats can still sail from it, but usually only when “the sea is as calm as a pond.”';
		assert.equal(directSpeakerOf(text, 'calm as a pond'), undefined);
	});
});

suite('a quote nobody is read to say, right after a quote with a speaker in its paragraph, goes on with that speaker', () => {
	test('"“…,” Vos said. Small boats sail only when “…”" is Vos\'s', () => {
		const text = 'Title line\n\nThe harbour board met on Monday.\n\n“The old pier is unsafe for the ferries,” Ada Vos said. Small boats can still sail from it, but usually only when “the sea is as calm as a pond.”';
		assert.equal(directSpeakerOf(text, 'calm as a pond'), 'Ada Vos');
	});
});
