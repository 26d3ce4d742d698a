import * as assert from 'node:assert/strict';
import { extractFigures } from '../../../src/core/figures';
import { parseArticle } from '../../../src/core/parse';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** The figures of one line as "text → kind value unit" ("low..high" for a range). */
function briefs(line: string): string[] {
	return extractFigures(parseArticle({ id: 'test', path: 'test.txt', text: `Headline\n\n${line}\n` })).map((figure) =>
		`${figure.text} → ${figure.kind} ${figure.kind === 'range' ? `${figure.value}..${figure.high}` : figure.value} ${figure.unit ?? ''}`.trimEnd(),
	);
}

suite('a suspended pair of numbers ("13- and 15-inch")', () => {
	test('the first number takes the unit the second is hyphenated to', () => {
		assert.deepEqual(briefs('The cheapest 13- and 15-inch models ship soon.'), ['13 → count 13 inch', '15-inch → count 15 inch']);
		assert.deepEqual(briefs('They built two- or three-bedroom flats.'), ['two → count 2 bedroom', 'three-bedroom → count 3 bedroom']);
		// As the rebuilt text of some corpora glues the hyphen to the joining word.
		assert.deepEqual(briefs('The cheapest 13-and 15-inch models ship soon.'), ['13 → count 13 inch', '15-inch → count 15 inch']);
	});

	test('joined by "to", the pair is one range, of ages when the second is "-year-olds"', () => {
		assert.deepEqual(briefs('Most of the callers were 18- to 24-year-olds.'), ['18- to 24-year-olds → range 18..24 year']);
		assert.deepEqual(briefs('The 13- to 15-inch screens cost more.'), ['13- to 15-inch → range 13..15 inch']);
	});

	test('a number with a hyphen and no pair after it keeps its old reading', () => {
		assert.deepEqual(briefs('The score was 13- and then it rose.'), ['13 → number 13']);
	});

	test('an outlet that writes both sizes of one sentence does not contradict one that writes the smaller', async () => {
				const small = 'The 13-inch models start at $999 and come with eight hours of battery life, the company said.';
		const found = await compareTexts(
			article('Vell unveils thinner laptops', 'Vell on Tuesday unveiled a thinner line of laptops at its campus in Tarnford.', small),
			article('Vell shows off new laptops', 'Vell unveiled a thinner line of laptops on Tuesday in Tarnford.', 'The cheapest 13- and 15-inch models start with 8GB of memory, the company said.'),
			article('New Vell laptops are thinner', 'The company unveiled a thinner line of laptops on Tuesday at its campus in Tarnford.', small),
		);
		assert.deepEqual(naming(found.filter((discrepancy) => discrepancy.kind === 'figure'), '13', '15'), [], show(found));
	});

	test('an outlet that writes another size alone still differs', async () => {
		const article = (headline: string, ...body: string[]) => `${headline}\n\n${body.join('\n\n')}\n`;
		const small = 'The 13-inch models start at $999 and come with eight hours of battery life, the company said.';
		const found = await compareTexts(
			article('Vell unveils thinner laptops', 'Vell on Tuesday unveiled a thinner line of laptops at its campus in Tarnford.', small),
			article('Vell shows off new laptops', 'Vell unveiled a thinner line of laptops on Tuesday in Tarnford.', small.replace('13-inch', '15-inch')),
			article('New Vell laptops are thinner', 'The company unveiled a thinner line of laptops on Tuesday at its campus in Tarnford.', small),
		);
		assert.equal(naming(listed(found, 'figure'), '13-inch', '15-inch').length, 1, show(found));
	});
});
