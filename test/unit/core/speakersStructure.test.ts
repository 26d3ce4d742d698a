import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../src/core/parse';
import { findQuotes } from '../../../src/core/quotes';
import { subjectBefore } from '../../../src/core/quotes/clauseSubject';
import { tagRange } from '../../../src/core/text/tagger';

/** The subject `subjectBefore` reads for the quote that opens at the first quotation mark. */
function subjectOf(text: string): string | undefined {
	return subjectBefore(tagRange(text, 0, text.length), text.search(/[“‘"]/))?.name;
}

/** The speaker's name of the one direct quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.direct && quote.text.includes(fragment));
	assert.equal(found.length, 1, `one direct quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('the subject of a clause after its introductions', () => {
	test('a place, its state and a time, each set off by a comma, stand before the subject', () => {
		assert.equal(subjectOf('At a fair in Dover, Del., on Sunday, Senator Ada Vos backed the plan, saying it would “save the pier.”'), 'Senator Ada Vos');
	});
});

suite('the attribution after a quote', () => {
	test('an ampersand in the name of a speaker\'s firm leaves the speaker found', () => {
		const text = '“Small ports will pay first,” Ida Lorne, an analyst at Cobb Fisher & Sons, wrote in a note to clients.';
		assert.equal(speakerOf(text, 'Small ports'), 'Ida Lorne');
	});

	test('"proclaimed" and "reported" are reporting verbs, after an apposition too', () => {
		assert.equal(speakerOf('“Tolls are a plague,” Ada Vos, the former governor of Kent, proclaimed to a cheering crowd.', 'Tolls'), 'Ada Vos');
		assert.equal(speakerOf('“The pier will close in May,” the Harbour Courier reported on Sunday.', 'The pier'), 'Harbour Courier');
	});

	test('a speaker "of" a place before the verb is the person with the place, not the place', () => {
		assert.equal(speakerOf('Senator Ida Lund of Kent said: “The pier will close in May.”', 'The pier'), 'Ida Lund of Kent');
	});

	test('a phrase after the verb that goes on with an auxiliary is what is said, not who says it', () => {
		assert.equal(speakerOf('Mr. Lund, citing “the old charm of the pier,” said the mayor could win in Kent.', 'old charm'), 'Lund');
	});

	test('two pieces quoted before a name, its appositive and the verb are both that name\'s', () => {
		const text = 'Tolls are “a plague on small boats” and “a tax on hope,” Ada Vos, the former governor of Kent, proclaimed to a cheering crowd.';
		assert.equal(speakerOf(text, 'a plague'), 'Ada Vos');
		assert.equal(speakerOf(text, 'a tax'), 'Ada Vos');
	});
});
