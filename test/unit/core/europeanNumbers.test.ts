import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/analyze';
import { numberValue } from '../../../src/core/text/numberSpelling';
import { compareTexts, listed, show } from '../helpers/compareTexts';

/** The figures of one sentence, as kind, value and unit. */
function figuresOf(sentence: string): [string, number, string][] {
	const { figures } = analyzeArticle({ id: 'a', path: 'a.txt', text: `Port report\n\n${sentence}\n` });
	return figures.map((figure) => [figure.kind, figure.value, figure.unit]);
}

suite('numbers as copy translated from other European languages writes them', () => {
	test('a decimal comma is a decimal point: "2,5 percent" is 2.5%', () => {
		assert.deepEqual(figuresOf('Exports grew 2,5 percent in the spring.'), [['percent', 2.5, '%']]);
	});

	test('full stops between groups of thousands set off thousands: "4.000 passengers", "1.250.000 tonnes"', () => {
		assert.deepEqual(figuresOf('The terminal will carry 4.000 passengers a day.'), [['count', 4000, 'passenger']]);
		assert.deepEqual(figuresOf('The port handled 1.250.000 tonnes of grain.'), [['count', 1_250_000, 'tonne']]);
	});

	test('a decimal English writes stays one: "2.125%", "0.500", "3.75"', () => {
		assert.deepEqual(figuresOf('The bank set its rate at 2.125% on Monday.'), [['percent', 2.125, '%']]);
		assert.deepEqual(figuresOf('Its rival played 0.500 ball, with 3.75 goals a game.').map(([, value]) => value), [0.5, 3.75]);
	});

	test('"31pc" and "31 pc", as British papers write them, are percentages', () => {
		assert.deepEqual(figuresOf('Traffic rose 31pc, and fares 4 pc.'), [['percent', 31, '%'], ['percent', 4, '%']]);
	});

	test('"4.000" in one outlet against "4,000" in the others is one number, in a figure and in a quote', async () => {
		const said = (number: string) => `Terminal opens at Kessel\n\n“It will carry ${number} passengers a day,” harbour master Ada Vos said on Tuesday.`;
		const found = await compareTexts(said('4,000'), said('4,000'), said('4.000'));
		assert.deepEqual([...listed(found, 'figure'), ...listed(found, 'quote')], [], show(found));
		assert.equal(numberValue(['4.000']), numberValue(['4', '000']));
	});

	test('a date in digits whose day and month could be either agrees with both readings; another day is still listed', async () => {
		const opens = (date: string) => `Terminal news\n\nThe new ferry terminal at Kessel will open on ${date}, Mayor Ingrid Vasquez told reporters at the harbour.`;
		const either = await compareTexts(opens('April 3, 2026'), opens('April 3, 2026'), opens('03/04/2026'));
		assert.deepEqual(listed(either, 'figure'), [], show(either));
		const other = await compareTexts(opens('April 5, 2026'), opens('April 5, 2026'), opens('03/04/2026'));
		assert.equal(listed(other, 'figure').length, 1, show(other));
		const oneWay = await compareTexts(opens('April 3, 2026'), opens('April 3, 2026'), opens('04/13/2026'));
		assert.equal(listed(oneWay, 'figure').length, 1, show(oneWay));
	});
});
