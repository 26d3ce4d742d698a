import * as assert from 'node:assert/strict';
import { titledSameName } from '../../../src/core/compare/discrepancies/substitutionJudging';
import { nicknameOf } from '../../../src/core/text/nicknames';
import { compareTexts, listed, show } from '../helpers/compareTexts';

suite('a first name and its nickname', () => {
	test('are one name in the maintained list, unless a gender sets them apart', () => {
		assert.equal(nicknameOf('jim', 'james'), true, 'Jim is James');
		assert.equal(nicknameOf('william', 'bill'), true, 'Bill is William');
		assert.equal(nicknameOf('james', 'william'), false, 'two names');
		assert.equal(nicknameOf('aaron', 'erin'), false, 'a man and a woman');
	});

	test('make one person, whose two ages are then set against each other; the nickname alone is listed at low at most', async () => {
		const found = await compareTexts(
			'Jim Vellaster, 44, was charged on Tuesday with running the harbour scam, the prosecutor said.',
			'James Vellaster, 49, was charged on Tuesday with running the harbour scam, prosecutors said.',
			'Prosecutors on Tuesday charged James Vellaster over the harbour scam.',
		);
		assert.equal(listed(found, 'figure').filter((discrepancy) => /44/.test(discrepancy.summary) && /49/.test(discrepancy.summary)).length, 1, show(found));
		assert.deepEqual(listed(found, 'entity'), [], show(found));
	});
});

suite('a name read with its title', () => {
	test('is the person named bare elsewhere, not another person', () => {
		assert.equal(titledSameName('ATTORNEY GENERAL IVO', 'Ivo Orbeck'), true);
		assert.equal(titledSameName('Sergeant Ivo', 'Ivo Orbeck'), true);
		assert.equal(titledSameName('Ivo Orbeck', 'Ivo Marrow'), false, 'another surname');
		assert.equal(titledSameName('General', 'Ivo Orbeck'), false, 'a title alone');
	});
});
