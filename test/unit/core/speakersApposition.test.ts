import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';

/** The speaker's name of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a name in apposition to a description', () => {
	test('after a speech verb, the name set off after the description speaks', () => {
		const text = 'The ferry fares rose again in May. “We cannot wait another year,” said another ferry pilot, Tomas Vidal.';
		assert.equal(speakerOf(text, 'another year'), 'Tomas Vidal');
	});

	test('a role word before the name is left out of it', () => {
		const text = 'The gala opened late. “It is time the pier reopened,” exhorted the mayor’s guest, actress Lena Ortiz. Few stayed.';
		assert.equal(speakerOf(text, 'pier reopened'), 'Lena Ortiz');
	});
});
