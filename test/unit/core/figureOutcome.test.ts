import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('what happened to what a count counts is part of the count', () => {
	test('of a toll and a count of the injured in one sentence, the toll is set against the other toll', async () => {
		const both = 'The Orla tremor left 31 dead and some 150 hurt across three valleys, the regional office said.';
		const found = await compareTexts(article('Tarn quake', both), article('Quake in Tarn', both), article('Tarn tremor', 'The Orla tremor left six dead and scores hurt across three valleys, the regional office said.'));
		assert.deepEqual(naming(listed(found, 'figure'), '150', 'six'), [], show(found));
		assert.equal(naming(listed(found, 'figure'), '31', 'six').length, 1, show(found));
	});

	test('a toll read from the verb before it is set against a toll, not against the injured', async () => {
		const killed = 'The flood tore through three Orla valleys overnight, drowning at least four villagers with two others still missing, the regional office said.';
		const found = await compareTexts(
			article('Quake in Orla', killed),
			article('Orla quake', killed),
			article('Orla tremor', 'The flood tore through three Orla valleys overnight, hurting at least 50 villagers with two others still missing, the regional office said.'),
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

	test('bare tolls in headlines worded apart are one count when both tell the dead', async () => {
		const body = 'A fire at a depot near the Orla docks spread to two warehouses late on Monday, the port authority said.';
		const found = await compareTexts(
			article('Two die in Orla depot blaze', body),
			article('2 killed as fire sweeps Orla depot', body),
			article('Deadly blaze sweeps Orla depot after gas leak', body),
			article('Five dead as blaze sweeps Orla depot after gas leak', body),
		);
		assert.equal(naming(listed(found, 'figure'), 'Five').length, 1, show(found));
	});
});

suite('an aftershock is another event than the quake', () => {
	test('the magnitude of a quake that followed is not set against the main quake\'s', async () => {
		const article = (headline: string, ...body: string[]) => `${headline}\n\n${body.join('\n\n')}\n`;
		const main = 'The 4.4-magnitude quake struck near Tarn on Sunday morning, the survey said.';
		const found = await compareTexts(
			article('Quake near Tarn', main),
			article('Tarn quake', main),
			article('Tremors near Tarn', 'Minutes later the shaking was followed by a 2.1-magnitude quake near Tarn, the survey said.'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), '4.4', '2.1'), [], show(found));
	});
	test('the dead and the missing counted together are not the dead alone; the dead alone are set against the dead', async () => {
		const found = await compareTexts(
			article('Orla flood', 'The flood of 2031 left at least 640 people dead and missing across the Orla valleys, the regional office said.'),
			article('Flood in Orla', 'The flood of 2031 left at least 590 people dead across the Orla valleys, the regional office said.'),
			article('Orla valleys', 'The flood of 2031 left at least 520 people dead across the Orla valleys, the regional office said.'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), '640'), [], show(found));
		assert.equal(naming(listed(found, 'figure'), '590', '520').length, 1, show(found));
	});
	test('two floors that were counted, not rounded, are two tolls: "at least 61" against "at least 63" is listed', async () => {
		const found = await compareTexts(
			article('Ferry sinks off Tarn', 'A crowded ferry overturned off the Tarn coast on Sunday, killing at least 61 people, the harbour police said.'),
			article('Tarn ferry sinks', 'A crowded ferry overturned off the Tarn coast on Sunday, killing at least 61 people, the harbour police said.'),
			article('Toll rises in Tarn', 'At least 63 people died when a crowded ferry overturned off the Tarn coast on Sunday, the harbour police said.'),
		);
		assert.equal(naming(listed(found, 'figure'), '61', '63').length, 1, show(found));
	});
	test('the dead against everyone who was there are two counts: an outcome told on one side only', async () => {
		const present = 'At least a dozen workers had been dancing at the depot party when a laid-off driver walked in and opened fire, police said.';
		const found = await compareTexts(present, present, 'A laid-off driver walked into the depot party and opened fire, killing one worker, police said.');
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});
});
