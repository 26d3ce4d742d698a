import * as assert from 'node:assert/strict';
import { compareTexts, listed, show } from '../helpers/compareTexts';

suite('a place name with one letter written once where the others write it twice', () => {
	test('is listed as that place spelled another way, not as another place', async () => {
		const sentence = (place: string) => `A strong quake struck the northern ${place} province on Tuesday, damaging homes and a school, the disaster agency said.`;
		const found = await compareTexts(sentence('Lecce'), sentence('Lecce'), sentence('Lecce'), sentence('Lece'));
		const spelled = listed(found, 'entity').filter((discrepancy) => /spelled differently/.test(discrepancy.summary) && discrepancy.mentions.some((mention) => mention.text === 'Lece' && mention.odd));
		assert.equal(spelled.length, 1, show(found));
	});
});
