import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/analyze';
import { compareTexts, listed, show } from '../helpers/compareTexts';

/** The figures and the name mentions of one article of a headline and one paragraph. */
function read(paragraph: string): { figures: string[]; names: string[] } {
	const analysis = analyzeArticle({ id: 'a', path: 'a.txt', text: `Cold snap on the coast\n\n${paragraph}\n` });
	return { figures: analysis.figures.map((figure) => `${figure.text} → ${figure.unit ?? ''}`), names: analysis.mentions.map((mention) => mention.text) };
}

suite('a temperature on its scale, and a unit named after a person', () => {
	test('"degrees Celsius", "degrees Fahrenheit" and "degrees C" are read with their scale; "degrees" alone has none', () => {
		assert.deepEqual(read('The sea was 12 degrees Celsius at dawn and the air 54 degrees Fahrenheit.').figures, ['12 degrees Celsius → degree celsius', '54 degrees Fahrenheit → degree fahrenheit']);
		assert.deepEqual(read('It was 30 degrees C in Vell, and the road turned 90 degrees at the pier.').figures, ['30 degrees C → degree celsius', '90 degrees → degree']);
	});

	test('the name of a scale is no person: "degrees Fahrenheit", "on the Richter scale"', () => {
		const { names } = read('The sea was 54 degrees Fahrenheit and the quake measured 6.1 on the Richter scale, Ada Lenz of the Vell Observatory said.');
		assert.ok(!names.includes('Fahrenheit') && !names.includes('Richter'), names.join(', '));
		assert.ok(names.includes('Ada Lenz'), names.join(', '));
	});

	test('a temperature converted to the other scale is no figure differing nor a name replaced; another temperature is listed', async () => {
		const story = (temperature: string) => `Cold snap on the coast\n\nThe sea off Vell was ${temperature} on Monday, the harbour board said, the coldest in a decade.\n\nFerries to Orla were cancelled.\n`;
		const converted = await compareTexts(story('12 degrees Celsius'), story('12 degrees Celsius'), story('54 degrees Fahrenheit'));
		assert.deepEqual(converted.filter((discrepancy) => discrepancy.severity !== 'low'), [], show(converted));
		const other = await compareTexts(story('12 degrees Celsius'), story('12 degrees Celsius'), story('14 degrees Celsius'));
		assert.equal(listed(other, 'figure').length, 1, show(other));
	});
});
