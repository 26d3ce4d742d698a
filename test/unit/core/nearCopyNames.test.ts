import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('names replaced in near copies', () => {
	const rescue = (mountain: string) =>
		`Climbers rescued\n\nA rescue helicopter from Tarnford was called about 3pm to help with the search at the ${mountain} base.\n\nTwo climbers were flown to hospital.`;

	test('two mountains, each written with its kind first, are two places, not one inside the other', async () => {
		const found = await compareTexts(rescue('Mt Orvel'), rescue('Mt Orvel'), rescue('Mt Quillan'));
		assert.equal(naming(listed(found, 'entity'), 'Quillan').length, 1, show(found));
	});

	test('a mountain against a glacier may still lie on it: not listed', async () => {
		const found = await compareTexts(rescue('Mt Orvel'), rescue('Mt Orvel'), rescue('Quillan Glacier'));
		assert.deepEqual(naming(listed(found, 'entity'), 'Quillan'), [], show(found));
	});

	test('one outlet against one, a body named where the other names another, is listed', async () => {
		const signed = (body: string) => `Pact signed\n\nThe accord was signed by ${body} officials on Tuesday after a week of talks.\n\nTrade is expected to grow.`;
		const found = await compareTexts(signed('Tarnford Port Authority'), signed('Brennick'));
		assert.equal(naming(listed(found, 'entity'), 'Brennick').length, 1, show(found));
	});
});
