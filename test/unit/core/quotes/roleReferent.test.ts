import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../../src/core/parse';
import { findQuotes } from '../../../../src/core/quotes';

/** The speaker's name of the one direct quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.direct && quote.text.includes(fragment));
	assert.equal(found.length, 1, `one direct quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a role that is a sentence\'s subject stands for the person named with that title', () => {
	test('"he" after "The admiral laughed" is the admiral, not the general named since', () => {
		const text = 'Title line\n\nAdmiral Ivo Marsh met the press on Monday. Later, General Tom Bell spoke to him about the fleet. The admiral laughed.\n\n“It is good that my voice is low,” he said.';
		assert.equal(speakerOf(text, 'my voice'), 'Ivo Marsh');
	});

	test('the role may open a clause after a dash, and the title may go with the surname alone', () => {
		const text = 'Title line\n\nAdmiral Okonjo took over the fleet in May. General Tom Bell asked him about the shoal. Pressed again - about the shoal - the admiral smiled.\n\n“We will sail when we must,” he said.';
		assert.equal(speakerOf(text, 'sail when'), 'Okonjo');
	});
});
