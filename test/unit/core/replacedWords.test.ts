import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** An article about a flooded mill, with the passage under test in its middle. */
const article = (title: string, passage: string) =>
	`${title}\n\nFloodwater reached the upper floor of a textile mill in Ranmoor overnight, the fire service said.\n\n${passage}\n\nThe river is expected to fall by the weekend.`;

suite('a capitalised word that stands where another outlet writes another', () => {
	test('is listed when the name finder reads it as no name: a speaker replaced by an everyday word', async () => {
		const found = await compareTexts(
			article('Mill flooded in Ranmoor', 'All forty night-shift workers left the building unhurt, Tolliver said.'),
			article('Floodwater swamps Ranmoor mill', 'All forty night-shift workers left the building unhurt, Avenue said.'),
		);
		assert.equal(listed(naming(found, 'Avenue where the others say Tolliver'), 'entity').length, 1, show(found));
	});

	test('is listed inside a longer name the others write otherwise', async () => {
		const found = await compareTexts(
			article('Mill flooded in Ranmoor', 'The mill supplies cloth to the Northern Weaving Guild in Ranmoor and beyond.'),
			article('Floodwater swamps Ranmoor mill', 'The mill supplies cloth to the Northern Weaving Guild in Ranmoor and beyond.'),
			article('Ranmoor mill under water', 'The mill supplies cloth to the Northern Weaving Easter in Ranmoor and beyond.'),
		);
		assert.equal(listed(naming(found, 'Easter', 'Guild'), 'entity').length, 1, show(found));
	});

	test('is not listed for a title against a first name, a day, the outlet each told, or a word cut short', async () => {
		const found = await compareTexts(
			article('Mill flooded in Ranmoor', 'The owner, Mr Tolliver, told Reuters on Monday that the looms on 12th Street near the river were lost, said Mr Tolliver of the guild.'),
			article('Floodwater swamps Ranmoor mill', 'The owner, Mr Tolliver, told AFP on Tuesday that the looms on 12th St near the river were lost, said Ezra Tolliver of the guild.'),
		);
		assert.deepEqual(
			found.filter((discrepancy) => discrepancy.reason.startsWith('Between the same words')),
			[],
			show(found),
		);
	});
});

suite('two news agencies in the same place of near copies', () => {
	test('are each outlet’s source, not a name one of them got wrong', async () => {
		const found = await compareTexts(
			article('Mill flooded in Ranmoor', 'The owner, Ezra Tolliver, told Reuters that the looms were lost.'),
			article('Floodwater swamps Ranmoor mill', 'The owner, Ezra Tolliver, told AFP that the looms were lost.'),
			article('Ranmoor mill under water', 'The owner, Ezra Tolliver, told Reuters that the looms were lost.'),
		);
		assert.deepEqual(listed(naming(found, 'Reuters'), 'entity'), [], show(found));
	});
});

suite('a name spelled two ways in its possessive', () => {
	test('is the spelling finder\'s one item, not a replaced word besides', async () => {
		const found = await compareTexts(
			'Tarnian leader visits Vell\n\nTarnian President Oleksandr Kovalenko arrived in Vellmouth on Monday for talks on energy.\n\nThe visit is Kovalenko\'s first since taking office in 2029.',
			'Kowalenko in Vell for gas talks\n\nTarnia\'s President Oleksandr Kowalenko arrived in Vellmouth on Monday for talks on gas.\n\nIt is Kowalenko\'s first visit since he took office in 2029.',
			'Kovalenko meets Lenz\n\nTarnian President Oleksandr Kovalenko met Prime Minister Ada Lenz in Vellmouth on Monday.\n\nThe visit is Kovalenko\'s first since taking office in 2029.',
		);
		assert.equal(naming(listed(found, 'entity'), 'Kowalenko').length, 1, show(found));
	});
});
