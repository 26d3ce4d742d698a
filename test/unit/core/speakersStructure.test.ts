import * as assert from 'node:assert/strict';
import { subjectBefore } from '../../../src/core/quotes/clauseSubject';
import { tagRange } from '../../../src/core/text/tagger';

/** The subject `subjectBefore` reads for the quote that opens at the first quotation mark. */
function subjectOf(text: string): string | undefined {
	return subjectBefore(tagRange(text, 0, text.length), text.search(/[“‘"]/))?.name;
}

suite('the subject of a clause after its introductions', () => {
	test('a place, its state and a time, each set off by a comma, stand before the subject', () => {
		assert.equal(subjectOf('At a fair in Dover, Del., on Sunday, Senator Ada Vos backed the plan, saying it would “save the pier.”'), 'Senator Ada Vos');
	});
});
