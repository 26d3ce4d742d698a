import * as assert from 'node:assert/strict';
import { article, compareTexts, naming, show } from '../helpers/compareTexts';

// "The 24-year-old striker …" after a sentence that names one person: that person's age.
suite('an age told as the described subject of a sentence', () => {
	const signing = (age: string) =>
		article('Orla City complete a signing', 'Orla City signed Tomas Vey from Brennick Rovers on Friday.', `The ${age}-year-old striker agreed terms that run until the summer of 2034.`);

	test('is the age of the one person the sentence before names, set against the others\' ages', async () => {
		const found = await compareTexts(
			article('Vey joins Orla City', 'Tomas Vey, 24, joined Orla City from Brennick Rovers on Friday.'),
			article('Orla sign a striker', 'Orla City signed the striker Tomas Vey, 24, from Brennick Rovers.'),
			signing('25'),
		);
		const items = naming(found, 'Age of Tomas Vey');
		assert.equal(items.length, 1, show(found));
		assert.equal(items[0].severity, 'high');
	});

	test('belongs to no one when the sentence before names two people', async () => {
		const twoNamed = article('Orla City complete a signing', 'Orla City signed Tomas Vey from Ivo Marr\'s Brennick Rovers on Friday.', 'The 25-year-old striker agreed terms that run until the summer of 2034.');
		const found = await compareTexts(
			article('Vey joins Orla City', 'Tomas Vey, 24, joined Orla City from Brennick Rovers on Friday.'),
			article('Orla sign a striker', 'Orla City signed the striker Tomas Vey, 24, from Brennick Rovers.'),
			twoNamed,
		);
		assert.deepEqual(naming(found, 'Age of'), [], show(found));
	});
});
