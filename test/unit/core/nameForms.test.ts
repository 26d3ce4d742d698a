import * as assert from 'node:assert/strict';
import { sameBodyOtherForm } from '../../../src/core/compare/discrepancies/substitutionJudging';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('one company with and without its legal form', () => {
	test('is the same name, whatever the commas and stops', () => {
		assert.deepEqual(
			[sameBodyOtherForm('Orla Systems Inc.', 'Orla Systems'), sameBodyOtherForm('Vell Motors, Ltd.', 'Vell Motors'), sameBodyOtherForm('Orla Systems', 'Orla Networks'), sameBodyOtherForm('Inc.', 'Corp.')],
			[true, true, false, false],
		);
	});

	test('is no listed swap; another company in its place is', async () => {
		const deal = (buyer: string) => `Plant Sold\n\n${buyer} bought the Tarn cable plant for $40 million on Monday, ending a year of talks with the city, officials said.`;
		const legal = await compareTexts(deal('Vantor'), deal('Vantor'), deal('Vantor Inc.'), 'Plant Sold\n\nVantor has made cable in Vell since the war.');
		assert.deepEqual(naming(listed(legal, 'entity'), 'Vantor'), [], show(legal));
		const other = await compareTexts(deal('Orla Systems'), deal('Orla Systems'), deal('Brisk Cables'), 'Plant Sold\n\nOrla Systems has made cable in Vell since the war.');
		assert.equal(naming(listed(other, 'entity'), 'Brisk').length, 1, show(other));
	});
});
