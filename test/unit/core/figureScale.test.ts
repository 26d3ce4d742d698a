import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('two amounts far apart in scale are two quantities', () => {
	test('a sum in billions is not set against a vote count the sentence also gives', async () => {
		const found = await compareTexts(
			article('Tarn passes its budget', 'Tarn\'s assembly approved a 36.4 billion crown budget for 2031 early on Thursday after an 11-hour debate, with 140 members voting in favour and 61 against.'),
			article('Budget through in Tarn', 'After 11 hours of debate, Tarn\'s assembly backed the 36.4 billion crown budget for 2031 by 140 votes to 61 on Thursday.'),
			article('Tarn budget approved', 'Members of the Tarn assembly passed the 2031 budget on Thursday morning, 140 to 58, after a debate that lasted 11 hours.'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), '36.4 billion', '140'), [], show(found));
		assert.deepEqual(naming(listed(found, 'figure'), '36.4 billion', '58'), [], show(found));
	});

	test('one sum with its scale slipped keeps its digits, and is still set against the other', async () => {
		const found = await compareTexts(
			article('Brisk buys Vell', 'Brisk agreed on Monday to buy the Vell shipyard for $4.2 billion in cash, the two companies said.'),
			article('Vell sold to Brisk', 'Brisk agreed on Monday to buy the Vell shipyard for $4.2 billion in cash, the two companies said.'),
			article('Brisk deal for Vell', 'Brisk agreed on Monday to buy the Vell shipyard for $4.2 million in cash, the two companies said.'),
		);
		assert.equal(naming(listed(found, 'figure'), '$4.2 billion', '$4.2 million').length, 1, show(found));
	});
});
