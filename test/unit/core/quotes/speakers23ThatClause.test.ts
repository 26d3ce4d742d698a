import * as assert from 'node:assert/strict';
import { onlyQuote as quoteOf } from '../../helpers/speakerOf';

suite('a word or two set off in a "that" clause', () => {
	test('"Judge Ada Vos determined that … a “reasonable doubt”" is her speech', () => {
		const quote = quoteOf('At the hearing last week, Judge Ada Vos determined that the port’s handling of the leases had created at least a “reasonable doubt” about the sale.', 'reasonable doubt');
		assert.equal(quote.direct, true);
		assert.match(quote.speaker?.name ?? '', /Ada Vos$/);
	});

	test('"Mayor Tom Brandt ordered that the office deal only with “licensed” pilots" is his', () => {
		const quote = quoteOf('In 2009, Mayor Tom Brandt ordered that the harbour office deal only with “licensed” pilots.', 'licensed');
		assert.equal(quote.direct, true);
		assert.match(quote.speaker?.name ?? '', /Tom Brandt$/);
	});

	test('a "that" clause whose verb has no subject that can speak leaves a scare quote', () => {
		const quote = quoteOf('The steady rise in fares suggests that the ferries are “mostly empty” in winter.', 'mostly empty');
		assert.equal(quote.direct, false);
		assert.equal(quote.kind, 'scare');
	});
});
