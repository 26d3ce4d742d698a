import * as assert from 'node:assert/strict';
import { compareTexts, listed, show } from '../helpers/compareTexts';

suite('a length is measured from a point', () => {
	const article = (body: string) => `Quake Shakes Tarnford\n\n${body}`;

	test('a depth is not a distance from a town, though both are miles of one quake', async () => {
		const found = await compareTexts(
			article('The quake struck 80 kilometres (50 miles) west of Tarnford, the survey said.'),
			article('The quake struck 80 kilometres (50 miles) west of Tarnford, the survey said in an alert.'),
			article('The tremor hit at a depth of 14 miles (23 kilometres) off the coast west of Tarnford, the survey said.'),
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('distances from two places are two facts; from one place, a disagreement', async () => {
		const centred = (where: string) => compareTexts(article('The quake was centred two miles northeast of Halden, the survey said.'), article('The quake was centred two miles northeast of Halden, according to the survey.'), article(`The quake was centred about 3 miles ${where}, the survey said.`));
		const apart = await centred('southwest of Vell');
		assert.deepEqual(listed(apart, 'figure'), [], show(apart));
		const same = await centred('southwest of Halden');
		assert.equal(listed(same, 'figure').length, 1, show(same));
	});

	test('a thickness is not the size a hyphenated length gives a thing, but two sizes or two thicknesses are compared', async () => {
		const launch = (body: string) => `Firm Shows Slim Laptop\n\n${body}`;
		const sized = launch('The firm called it the thinnest 15-inch laptop on sale, weighing 4.1 pounds.');
		const thick = (inches: string) => launch(`The firm called the laptop the thinnest on sale, at only ${inches} inches thick and 4.1 pounds.`);
		const apart = await compareTexts(sized, sized.replace('firm', 'company'), thick('0.7'));
		assert.deepEqual(listed(apart, 'figure'), [], show(apart));
		const thicknesses = await compareTexts(thick('0.7'), thick('0.7').replace('firm', 'company'), thick('0.9'));
		assert.equal(listed(thicknesses, 'figure').length, 1, show(thicknesses));
		const sizes = await compareTexts(sized, sized.replace('firm', 'company'), sized.replace('15-inch', '17-inch'));
		assert.equal(listed(sizes, 'figure').length, 1, show(sizes));
	});
});
