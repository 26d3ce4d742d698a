import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../../src/core/parse';
import { findQuotes } from '../../../../src/core/quotes';

/** The speaker's name of the one direct quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.direct && quote.text.includes(fragment));
	assert.equal(found.length, 1, `one direct quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a role with what it belongs to speaks, named with it', () => {
	test('"a spokesman for" a named firm, after the quote', () => {
		const text = 'Title line\n\n“The tolls will fall next year and the pier will stay open,” a spokesman for Kent Docks said.';
		assert.equal(speakerOf(text, 'tolls will fall'), 'spokesman for Kent Docks');
	});

	test('"a lawyer for" a board, before a partial quote: the lawyer speaks, not the board', () => {
		const text = 'Title line\n\nA lawyer for the Harbour Board said on Monday that the plan was “a disaster for the town.”';
		assert.equal(speakerOf(text, 'disaster'), 'lawyer for the Harbour Board');
	});

	test('a plural role that opens the sentence, with its place', () => {
		const text = 'Title line\n\nOfficials in Dover said the plan was “a disaster for the town.”';
		assert.equal(speakerOf(text, 'disaster'), 'Officials in Dover');
	});
});
