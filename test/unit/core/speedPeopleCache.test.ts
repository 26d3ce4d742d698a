import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/analyze';

/**
 * `People` reads the people a sentence names once, however many pronouns look back at it
 * (`namedIn`): each pronoun still takes only the names that stand before it.
 */

function speakers(text: string): (string | undefined)[] {
	return analyzeArticle({ id: 'a', path: 'a.txt', text }).quotes.map((quote) => quote.speaker?.name);
}

suite('speed: the people of a sentence read once', () => {
	test('a name after a pronoun is no person for it, but is for a pronoun after the name', () => {
		const text = 'Pilot Anna Oswick steered the ferry past the breakwater on Sunday.\n\n“The channel was calm,” she said after docking beside Tobias Venn. “We kept the schedule,” she added.\n\n“Nobody was hurt,” he said later.\n';
		const found = speakers(text);
		assert.equal(found.length, 3);
		assert.notEqual(found[0], 'Tobias Venn');
		assert.equal(found[2], 'Tobias Venn');
	});
});
