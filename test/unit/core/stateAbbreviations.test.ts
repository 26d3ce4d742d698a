import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../src/core/analyze';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('a US state in newsroom abbreviation', () => {
	const charged = (state: string) => `Man Charged\n\nA 27-year-old man from Tarnville, ${state}, was charged on Friday with setting the fire, police said.`;

	test('is the state: one place with its full name, never a person', () => {
		const corpus = analyzeCorpus([charged('Ark.'), charged('Arkansas')].map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
		const states = corpus.entities.filter((entity) => /^Ark/.test(entity.name));
		assert.deepEqual(states.map((entity) => entity.type), ['place'], JSON.stringify(states.map((entity) => [entity.name, entity.type, entity.forms])));
	});

	test('is no swap against the state written out', async () => {
		const found = await compareTexts(charged('Ark.'), charged('Ark.'), charged('Arkansas'));
		assert.deepEqual(naming(listed(found, 'entity'), 'Ark'), [], show(found));
	});
});
