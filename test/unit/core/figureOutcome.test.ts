import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** An article: a headline line, then its paragraphs. */
const article = (headline: string, ...body: string[]) => `${headline}\n\n${body.join('\n\n')}\n`;

suite('what happened to what a count counts is part of the count', () => {
	test('of a toll and a count of the injured in one sentence, the toll is set against the other toll', async () => {
		const both = 'The tremor left 24 dead and over 200 injured in Orla province on Tuesday, officials said.';
		const found = await compareTexts(article('Tarn quake', both), article('Quake in Tarn', both), article('Tarn tremor', 'The tremor left five dead and dozens injured in Orla province on Tuesday, officials said.'));
		assert.deepEqual(naming(listed(found, 'figure'), '200', 'five'), [], show(found));
		assert.equal(naming(listed(found, 'figure'), '24', 'five').length, 1, show(found));
	});

	test('a toll read from the verb before it is set against a toll, not against the injured', async () => {
		const killed = 'A strong tremor struck Orla province on Tuesday, killing at least four people and leaving two others missing, officials said.';
		const found = await compareTexts(
			article('Quake in Orla', killed),
			article('Orla quake', killed),
			article('Orla tremor', 'A strong tremor struck Orla province on Tuesday, injuring at least 50 people and leaving two others missing, officials said.'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), 'four', '50'), [], show(found));
	});

	test('a toll told with the verb in one outlet and the adjective in another is one count', async () => {
		const found = await compareTexts(
			article('Orla quake', 'The tremor in Orla province on Tuesday killed nine people, officials said.'),
			article('Orla tremor', 'The tremor in Orla province on Tuesday killed nine people, officials said.'),
			article('Quake in Orla', 'The tremor in Orla province on Tuesday left seven people dead, officials said.'),
		);
		assert.equal(naming(listed(found, 'figure'), 'nine', 'seven').length, 1, show(found));
	});
});
