import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('a name, a bare role and an organisation before the verb', () => {
	test('a name, a bare role and an organisation, then the verb and a colon, is the name', () => {
		const text = 'Harbour news\n\nAda Vos, Director, Tarn Harbour Board says: “The port will stay open all winter.”';
		assert.deepEqual(speakersOf(text), ['Ada Vos']);
	});

	test('a role of two words is bare too', () => {
		const text = 'Harbour news\n\nTom Lund, Managing Editor, Quay Weekly Press wrote: “Every ferry will sail on time.”';
		assert.deepEqual(speakersOf(text), ['Tom Lund']);
	});

	test('a role with its organisation after "of" stays the name', () => {
		const text = 'Harbour news\n\nAda Vos, director of the Tarn Harbour Board, said: “The port will stay open all winter.”';
		assert.deepEqual(speakersOf(text), ['Ada Vos']);
	});

	test('an organisation after a place between commas stays the organisation', () => {
		const text = 'Harbour news\n\nIn Dover, Kent, the Tarn Harbour Board said: “The port will stay open all winter.”';
		assert.deepEqual(speakersOf(text), ['Tarn Harbour Board']);
	});
});
