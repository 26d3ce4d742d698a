import * as assert from 'node:assert/strict';
import { speakersOf } from '../../helpers/speakerOf';

suite('a headline is no sentence whose subject goes on speaking', () => {
	test('a quote alone after a headline in title case is not the name that opens the headline', () => {
		const text = 'Lena Cole Wins The Harbour Vote\n\n“The port will stay open all winter. We will not close a single quay.”\n\nThe count ended late.';
		assert.deepEqual(speakersOf(text), [undefined]);
	});

	test('a subheading in title case is no such sentence either', () => {
		const text = 'Harbour news\n\nTom Lund Takes The Ferry Contract\n\n“Every boat will leave on time from now on.”';
		assert.deepEqual(speakersOf(text), [undefined]);
	});

	test('a sentence of the story before the quote still goes on speaking', () => {
		const text = 'Harbour news\n\nLena Cole won the harbour vote on Monday.\n\n“The port will stay open all winter. We will not close a single quay.”';
		assert.deepEqual(speakersOf(text), ['Lena Cole']);
	});
});
