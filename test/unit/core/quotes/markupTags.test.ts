import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

suite('quotation marks inside a tag of markup left in the prose quote nothing', () => {
	test('an embedded post\'s attributes (`<tweet author="@brandt" date="May 2, 2016 ">…`) make no quote', () => {
		const text = 'Title line\n\nBrandt posted a reply. <tweet tweet-author="@brandt" tweet-date="May 2, 2016 ">I love the harbour. Without it I would not be mayor.</tweet>. “We will win,” Vos said.';
		const quotes = quotesOf(text);
		assert.deepEqual(quotes.map((quote) => quote.text), ['We will win,']);
	});

	test('a quote beside a tag is still read ("<b>“We will win,”</b> Vos said")', () => {
		const text = 'Title line\n\nThe vote is on Friday. <b>“We will win,”</b> Vos said.';
		assert.equal(quotesOf(text).find((quote) => quote.text.includes('We will win'))?.direct, true);
	});

	test('a tag broken over two lines (`tweet-date="May 2, 2019` / `">I thank …`) makes no quote, nor one that runs on into the next paragraph', () => {
		const text = 'Title line\n\nVos took the news calmly.\n\n<tweet tweet-author="@adavos" tweet-date="May 2, 2019\n">I thank the harbour board for its support.<tweet/>.\n\n“We will see,” Brandt said.';
		assert.deepEqual(quotesOf(text).map((quote) => quote.text), ['We will see,']);
	});
});
