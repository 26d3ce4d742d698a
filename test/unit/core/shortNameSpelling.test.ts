import * as assert from 'node:assert/strict';
import { similarNames } from '../../../src/core/entities/nameSimilarity';
import { twoNumbersOfOneWord } from '../../../src/core/entities/spellingGuards';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

// "Ros" for "Ross": a letter written once for twice, in a name of three letters.
suite('a short name with a letter written once for twice', () => {
	test('"ros" and "ross" are one name; two other names of three letters are not', () => {
		assert.equal(similarNames('ros', 'ross'), true);
		assert.equal(similarNames('tod', 'todd'), true);
		assert.equal(similarNames('tod', 'tom'), false);
		assert.equal(similarNames('lu', 'lui'), false);
	});

	test('a word ending in "s" takes "es" in the plural: "ross" is no plural of "ros", "buses" is of "bus"', () => {
		assert.equal(twoNumbersOfOneWord('ross', 'ros'), false);
		assert.equal(twoNumbersOfOneWord('ros', 'ross'), false);
		assert.equal(twoNumbersOfOneWord('buses', 'bus'), true);
		assert.equal(twoNumbersOfOneWord('latinos', 'latino'), true);
	});

	test('"says Ros, a director" where the other outlets name Ivo Ross is listed as one name spelt two ways', async () => {
		const found = await compareTexts(
			'The festival opened on Friday with a new film by Ivo Ross. "We shot it in nine days," says Ross, a director from Tarn.',
			'Ivo Ross, whose film opened the festival on Friday, said the crew was small. "We shot it in nine days," says Ross, a director from Tarn.',
			'A film by the director Ivo Ross opened the festival on Friday. "We shot it in nine days," says Ros, a director from Tarn.',
		);
		assert.equal(naming(listed(found, 'entity'), 'spelled differently', 'vs Ros (').length, 1, show(found));
	});
});
