import * as assert from 'node:assert/strict';
import { sameFoldedLetters, sameNameSpelledOut, sameWordsReordered } from '../../../src/core/entities/nameStyles';
import { compareTexts, show } from '../helpers/compareTexts';

/** Three outlets on one opening, naming the deputy and the mayor: the third's names are the second list. */
function compareDeputies([deputy, mayor]: string[], [thirdDeputy, thirdMayor]: string[]): ReturnType<typeof compareTexts> {
	const article = (headline: string, who: string, by: string) =>
		`${headline}\n\nMayor ${by} opened the new ferry terminal at Kessel on Tuesday.\n\nHer deputy, ${who}, said the twelve new berths were ready, and ${by.split(' ')[1]} thanked the builders.\n`;
	return compareTexts(article('Ferry terminal opens', deputy, mayor), article('Kessel opens its terminal', deputy, mayor), article('A new terminal for Kessel', thirdDeputy, thirdMayor));
}

/** Three outlets on one opening, naming the body whose officers came: the third's differs. */
function compareGuards(usual: string, third: string): ReturnType<typeof compareTexts> {
	const article = (headline: string, guard: string) =>
		`${headline}\n\nMayor Ingrid Vasquez opened the new ferry terminal at Kessel on Tuesday.\n\nOfficers from the ${guard} watched the first ferry leave the new berth at noon.\n`;
	return compareTexts(article('Ferry terminal opens', usual), article('Kessel opens its terminal', usual), article('A new terminal for Kessel', third));
}

suite('a name with the same letters but for capitals, accents and a hyphen for a space', () => {
	test('is one name; a letter written otherwise is not', () => {
		assert.ok(sameFoldedLetters('Mei-Lin Zhou', 'Mei Lin Zhou'));
		assert.ok(sameFoldedLetters('Ingrid Vásquez', 'INGRID VASQUEZ'));
		assert.ok(sameFoldedLetters('Sean O’Neil', 'Sean ONeil'));
		assert.ok(sameFoldedLetters('Łukasz Søndergaard', 'Lukasz Sondergaard'), 'letters with a stroke are dropped as accents are');
		assert.ok(!sameFoldedLetters('Lena Müller', 'Lena Mueller'));
		assert.ok(!sameFoldedLetters('Mei-Lin Zhou', 'Mei-Lin Zhao'));
		assert.ok(!sameFoldedLetters('Harbourlink', 'Harbour Link'), 'one word written as two is a brand misspelt');
	});

	test('is no name garbled where one outlet writes a space for the hyphen, nor a name listed as respelt for its accents', async () => {
		const found = await compareDeputies(['Mei-Lin Zhou', 'Ingrid Vásquez'], ['Mei Lin Zhou', 'Ingrid Vasquez']);
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'entity' && discrepancy.severity !== 'low'), [], show(found));
	});

	test('one speaker with a hyphen in one outlet and a space in another is no quote given to two speakers', async () => {
		const found = await compareTexts(
			...['Mei-Lin Zhou', 'Mei-Lin Zhou', 'Mei Lin Zhou'].map(
				(name, i) => `Outlet ${i + 1}\n\nThe new ferry terminal at Kessel opened on Tuesday after three years of work. "It will carry four thousand passengers every single day of the summer," said ${name}, the harbour master.\n`,
			),
		);
		assert.deepEqual(found.filter((discrepancy) => discrepancy.severity !== 'low'), [], show(found));
	});

	test('a letter changed in the name is still listed', async () => {
		const found = await compareDeputies(['Mei-Lin Zhou', 'Ingrid Vásquez'], ['Mei-Lin Zhou', 'Ingrid Vázquez']);
		assert.equal(found.filter((discrepancy) => discrepancy.kind === 'entity' && discrepancy.severity !== 'low').length, 1, show(found));
	});
});

suite('a name with an English compound written as one word or as two', () => {
	test('is one name when English writes the two words as one, and a brand misspelt when it does not', () => {
		assert.ok(sameFoldedLetters('Kessel Coastguard', 'Kessel Coast Guard'));
		assert.ok(sameFoldedLetters('Vell Life Boat Station', 'Vell Lifeboat Station'));
		assert.ok(!sameFoldedLetters('Harbourlink', 'Harbour Link'));
		assert.ok(!sameFoldedLetters('Kessel Coastguard', 'Kessel Guard'));
	});

	test('is no body replaced in the outlet that writes it as two words', async () => {
		const found = await compareGuards('Kessel Coastguard', 'Kessel Coast Guard');
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'entity' && discrepancy.severity !== 'low'), [], show(found));
	});
});

suite('a name with its words in another order (the family name first)', () => {
	test('is one name of two or three words; other words, or a repeated word, are not', () => {
		assert.ok(sameWordsReordered('Zhou Mei-Lin', 'Mei-Lin Zhou'));
		assert.ok(sameWordsReordered('Lenz Ada', 'Ada Lenz'));
		assert.ok(!sameWordsReordered('Ada Lenz', 'Ada Lenz'), 'the same order is no reordering');
		assert.ok(!sameWordsReordered('Ivo Lenz', 'Ada Lenz'));
		assert.ok(!sameWordsReordered('Lenz Lenz', 'Ada Lenz'));
	});

	test('is no quote given to two speakers nor a name replaced; another first name is still listed', async () => {
		const story = (speaker: string) =>
			`Ferry sinks off Tarn coast\n\nA passenger ferry sank off the Tarn coast on Tuesday, killing 31 people.\n\n"We will not stop until every family has an answer," said ${speaker}, the head of the Tarn Coastguard.\n`;
		const reordered = await compareTexts(story('Ada Lenz'), story('Ada Lenz'), story('Lenz Ada'));
		assert.deepEqual(reordered.filter((discrepancy) => discrepancy.severity !== 'low'), [], show(reordered));
		const other = await compareTexts(story('Ada Lenz'), story('Ada Lenz'), story('Ivo Lenz'));
		assert.equal(other.filter((discrepancy) => discrepancy.severity !== 'low').length, 1, show(other));
	});
});

suite('a name written with an initialism where another outlet spells it out', () => {
	test('is one name: the initials stand for capitalised words in their place, the rest the same', () => {
		assert.ok(sameNameSpelledOut('U.S. Coast Guard', 'United States Coast Guard'));
		assert.ok(sameNameSpelledOut('Tarn Harbour Commission Board', 'THC Board'));
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

suite('a surname with the Arabic article, and without it', () => {
	/** Three outlets: the envoy named in full, then by surname, which the third writes with its article. */
	const compareEnvoys = (surname: string, third: string) =>
		compareTexts(
			...[surname, surname, third].map(
				(later, i) => `Outlet ${i + 1}\n\nThe envoy Samir al-Haddad arrived in Kessel on Tuesday for talks on the harbour.\n\nOfficials said ${later} would meet the mayor on Wednesday.\n`,
			),
		);

	test('is one person: "Haddad" after "Samir al-Haddad" is no other person, nor a respelling', async () => {
		const found = await compareEnvoys('Haddad', 'al-Haddad');
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'entity' && discrepancy.severity !== 'low'), [], show(found));
	});

	test('another surname in its place is still listed', async () => {
		const found = await compareEnvoys('Haddad', 'Mansour');
		assert.equal(found.filter((discrepancy) => discrepancy.kind === 'entity' && discrepancy.severity !== 'low').length, 1, show(found));
	});
});
