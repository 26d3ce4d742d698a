import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../../src/core/parse';
import { findQuotes } from '../../../../src/core/quotes';

/** The direct quotes of an article: their words and speakers (or the hint when no one is named surely). */
function directQuotes(text: string): { words: string; speaker: string | undefined }[] {
	return findQuotes(parseArticle({ id: 'a', path: 'a.txt', text }))
		.filter((quote) => quote.direct)
		.map((quote) => ({ words: quote.text, speaker: (quote.speaker ?? quote.speakerHint)?.name }));
}

suite('a quote whose opening mark was lost', () => {
	test('a closing mark alone after a comma, its speaker after it, quotes its paragraph from the first word', () => {
		const text = 'The ferry line cut its winter timetable on Monday.\n\nIn the end, it will be hard, and yet every crew will sail on, ” says one captain.\n';
		assert.deepEqual(directQuotes(text), [{ words: 'In the end, it will be hard, and yet every crew will sail on,', speaker: 'one captain' }]);
	});

	test('the speaker may come first after the mark: "…sail on,” the captain said', () => {
		const text = 'Every crew will sail on, whatever the weather,” the harbour master Ada Vey said on Monday.\n';
		assert.deepEqual(
			directQuotes(text).map((quote) => quote.words),
			['Every crew will sail on, whatever the weather,'],
		);
	});

	test('a closing mark after a full stop, or with nobody speaking after it, quotes nothing', () => {
		assert.deepEqual(directQuotes('The port stays shut until the spring tides.”\n'), []);
		assert.deepEqual(directQuotes('The port stays shut, and the crews wait,” for now.\n'), []);
	});

	test('a quote with both marks is read as before', () => {
		const text = '“Every crew will sail on,” says one captain, “whatever the weather.”\n';
		assert.deepEqual(
			directQuotes(text).map((quote) => quote.words),
			['Every crew will sail on,', 'whatever the weather.'],
		);
	});
});
