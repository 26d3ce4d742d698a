import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('a given name alone in apposition after a description', () => {
	test('a given name that is also an everyday word, between commas after "Vos’s son", speaks for a quote after a participle', () => {
		const text = 'Harbour news\n\nVos’s son, Grant, defended his father on Monday, saying: “He has never taken a bribe.”';
		assert.deepEqual(speakersOf(text), ['Grant']);
	});

	test('a word between commas that is no given name leaves the description', () => {
		const text = 'Harbour news\n\nVos’s son, however, defended his father on Monday, saying: “He has never taken a bribe.”';
		assert.notDeepEqual(speakersOf(text), ['however']);
	});
});
