import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../../src/core/parse';
import { findQuotes } from '../../../../src/core/quotes';

/** Kind and directness of the quotes holding `fragment`. */
function kindsOf(text: string, fragment: string): [string, boolean][] {
	return findQuotes(parseArticle({ id: 'test', path: 'test.txt', text }))
		.filter((quote) => quote.text.includes(fragment))
		.map((quote) => [quote.kind, quote.direct]);
}

suite('words in title case that nobody says are a name', () => {
	test('a title in the clause of the subject of "posted" is no speech of anyone', () => {
		const text = 'Title line\n\nTom Bell, who has starred in “Harbour Lights” and “Salt of the Earth,” posted the clip to his page on Thursday.';
		assert.deepEqual(kindsOf(text, 'Salt of the Earth'), [['title', false]]);
	});

	test('a title whose small words include "is" is a title too', () => {
		const text = 'Title line\n\nThe “Winter is the Harbour” star Ada Vos spoke about her new part, according to the magazine.';
		assert.deepEqual(kindsOf(text, 'Winter is'), [['title', false]]);
	});
});
