import * as assert from 'node:assert/strict';
import { sameNameSpelledOut } from '../../../src/core/entities/spelledOut';
import { compareTexts, show } from '../helpers/compareTexts';

/** Three outlets on one opening, naming the body whose officers came: the third's differs. */
function compareGuards(usual: string, third: string): ReturnType<typeof compareTexts> {
	const article = (headline: string, guard: string) =>
		`${headline}\n\nMayor Ingrid Vasquez opened the new ferry terminal at Kessel on Tuesday.\n\nOfficers from the ${guard} watched the first ferry leave the new berth at noon.\n`;
	return compareTexts(article('Ferry terminal opens', usual), article('Kessel opens its terminal', usual), article('A new terminal for Kessel', third));
}

suite('a name written with an initialism where another outlet spells it out', () => {
	test('is one name: the initials stand for capitalised words in their place, the rest the same', () => {
		assert.ok(sameNameSpelledOut('U.S. Coast Guard', 'United States Coast Guard'));
		assert.ok(sameNameSpelledOut('United Nations Security Council', 'UN Security Council'));
		assert.ok(sameNameSpelledOut('Department of Harbours', 'DoH'));
		assert.ok(sameNameSpelledOut('KPA', 'Kessel Port Authority'));
	});

	test('is another name when the letters, or the words around them, differ', () => {
		assert.ok(!sameNameSpelledOut('U.S. Coast Guard', 'United Kingdom Coast Guard'));
		assert.ok(!sameNameSpelledOut('U.S. Coast Guard', 'United States Navy'));
		assert.ok(!sameNameSpelledOut('KPA', 'Kessel Ports'));
		assert.ok(!sameNameSpelledOut('Ingrid Vasquez', 'Ingrid Vasquez Lund'));
	});

	test('is no name replaced in the outlet that spells it out', async () => {
		const found = await compareGuards('U.S. Coast Guard', 'United States Coast Guard');
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'entity'), [], show(found));
	});

	test('another body in its place is still listed', async () => {
		const found = await compareGuards('U.S. Coast Guard', 'Royal Navy');
		assert.equal(found.filter((discrepancy) => discrepancy.kind === 'entity' && discrepancy.severity !== 'low').length, 1, show(found));
	});
});
