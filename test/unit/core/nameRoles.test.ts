import * as assert from 'node:assert/strict';
import { acronymSpelledOut, bodyAgainstPlace, inOtherEvent } from '../../../src/core/compare/discrepancies/swapRoles';
import type { SwapSide } from '../../../src/core/compare/discrepancies/swaps';
import { tokenize } from '../../../src/core/compare/tokens';
import { similarNames } from '../../../src/core/entities/nameSimilarity';
import type { Entity } from '../../../src/core/types';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** One side of a swap as the swap finder reads it: its passage's words and its name's mention. */
const side = (passage: string, name: string) => {
	const start = passage.indexOf(name);
	return { key: name, units: [{ tokens: tokenize(passage, 0, passage.length) }], mentions: [{ text: name, start, end: start + name.length }], seen: new Set() } as unknown as SwapSide;
};

suite('names that look alike but name two things are no discrepancy', () => {
	const ruling = 'Judge Paula Orlek ruled on Tuesday that the harbour lease was void, ending a dispute of four years.';
	const appeal = 'The port authority said it would appeal the ruling within a month.';

	test('a given name of one gender is no spelling of a common given name of the other', async () => {
		const husband = 'Paula, who sat on the bench for twelve years, was joined at the hearing by her husband, Paul, a retired pilot.';
		const wife = 'Paula, who sat on the bench for twelve years, was joined at the hearing by her husband, a retired pilot.';
		const found = await compareTexts(
			article('Lease void', ruling, appeal, wife),
			article('Harbour lease ruled void', ruling, appeal, wife),
			article('Judge voids lease', ruling, appeal, wife),
			article('Court ends lease dispute', ruling, appeal, husband),
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Paul '), [], show(found));
		assert.deepEqual(naming(listed(found, 'entity'), '(', 'Paul)'), [], show(found));
	});

	test('a name written short or with a hyphen, inside the longer name of its park, is no other place', async () => {
		const fall = 'Two climbers fell on Sunday in Orla Mount Vess National Park, rescuers said.';
		const short = 'Two climbers fell on Sunday in Orla-Mt Vess National Park, rescuers said.';
		const peak = 'Two climbers fell on Sunday on Orla-Mount Vess, rescuers said.';
		const weather = 'Snow had closed the upper huts since Friday.';
		const found = await compareTexts(article('Climbers fall', fall, weather), article('Two climbers fall', fall, weather), article('Fall in the park', short, weather), article('Climbers die', peak, weather));
		assert.deepEqual(naming(listed(found, 'entity'), 'Orla'), [], show(found));
	});

	test('a body written with a short word inside the full name of the body is no other body', async () => {
		const praised = 'The award was praised by the Tarn Medical Association of the North, which had nominated her.';
		const short = 'The award was praised by the Tarn Medical Assn, which had nominated her.';
		const gala = 'She received the award at a gala in the capital on Friday.';
		const found = await compareTexts(article('Award praised', praised, gala), article('Doctor honoured', praised, gala), article('Gala award', short, gala));
		assert.deepEqual(naming(listed(found, 'entity'), 'Assn'), [], show(found));
	});

	test('a body of several words against a city the gazetteers know is two roles, not a place swapped', () => {
		const entity = (name: string, type: Entity['type']): Entity => ({ id: name, name, type, forms: [name], mentions: [] });
		// "support from its Staff Welfare Unit" / "from the Glasgow police".
		assert.equal(bodyAgainstPlace(entity('Staff Welfare Unit', 'organization'), entity('Glasgow', 'place')), true);
		// "signed in Brennockby" / "signed in Glasgow": a stray word typed a body by its sentence may be the place misnamed.
		assert.equal(bodyAgainstPlace(entity('Brennockby', 'organization'), entity('Glasgow', 'place')), false);
		// A town no gazetteer knows may be the body's own.
		assert.equal(bodyAgainstPlace(entity('Staff Welfare Unit', 'organization'), entity('Vellmouth', 'place')), false);
	});

	test('a stray place one article alone writes where the others name a city stays listed', async () => {
		const signed = 'The lease was signed in Glasgow on Tuesday after talks that ran late, officials said.';
		const attack = 'The port authority said the lease would run for ten years.';
		const found = await compareTexts(
			article('Lease signed', signed, attack),
			article('Port lease signed', signed, attack),
			article('Ten-year lease', signed, attack),
			article('Lease deal', signed.replace('Glasgow', 'Brennockby'), attack),
		);
		assert.equal(naming(listed(found, 'entity'), 'Brennockby', 'Glasgow').length, 1, show(found));
	});
});

suite('two roles of one story are no name swapped', () => {
	const fall = (name: string) => `${name}, 41, slipped 300 metres from the ridge path below Orren Peak on Saturday, police said.`;
	const rescue = 'A rescue helicopter reached the ridge on Sunday morning after the wind dropped.';

	test('an official quoted by title against the climber the others name is two roles', async () => {
		const inspector = 'Inspector Peter Vey said the hiker slipped 300 metres from the ridge path below Orren Peak on Saturday.';
		const found = await compareTexts(
			article('Climber dies', fall('Daniel Brisk'), rescue),
			article('Climber falls', fall('Daniel Brisk'), rescue),
			article('Fall on Orren Peak', fall('Daniel Brisk'), rescue),
			article('Climber killed', inspector, rescue),
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Peter Vey'), [], show(found));
	});

	test('an acronym the other passage spells out is the same body', () => {
		const full = side('Besides the DWI count, Tarn Highway Patrol Officer Ada Lenz said the driver was on probation.', 'DWI');
		const short = side('THP Officer Ada Lenz said the driver was on probation for an earlier DWI arrest.', 'THP');
		assert.equal(acronymSpelledOut(short, full), true);
		// Another body's initials: "VHP" is spelled by no run of the other passage's capitalised words.
		assert.equal(acronymSpelledOut(side('VHP Officer Ada Lenz said the driver was on probation.', 'VHP'), full), false);
		// A name that is no acronym.
		assert.equal(acronymSpelledOut(side('Officer Ada Lenz said the driver was on probation.', 'Lenz'), full), false);
	});

	test('a place written as a part of a town against the town named bare is no swap', async () => {
		const bare = 'The driver was stopped on the coast road in Port Tarn early on Sunday, police said.';
		const part = 'The driver was stopped on the coast road, in the Orlek area, early on Sunday, police said.';
		const charge = 'He was charged with driving over the limit and released on bail.';
		const found = await compareTexts(article('Driver stopped', bare, charge), article('Driver charged', bare, charge), article('Driver held', part, charge));
		assert.deepEqual(naming(listed(found, 'entity'), 'Orlek'), [], show(found));
	});
});

suite('two events of one sentence are no place swapped', () => {
	test("a place in a clause about another event is that event's, not the sentence's", () => {
		const game = side('Striker Ivo Marr was arrested on suspicion of theft on the 6th, three days before the Gulls were beaten in Tarnford.', 'Tarnford');
		const arrest = side('The Gulls are waiting on the case of Ivo Marr, arrested on the 6th in Orlekton on suspicion of theft.', 'Orlekton');
		assert.equal(inOtherEvent(game), true);
		assert.equal(inOtherEvent(arrest), false);
	});

	test('a place named before the word of another event is the sentence’s own', () => {
		assert.equal(inOtherEvent(side('He was arrested in Orlekton on the 6th, three days before the defeat.', 'Orlekton')), false);
	});

	test('a bare "after" may tell the same event in another order', () => {
		assert.equal(inOtherEvent(side('Both drivers were freed after they were made to drive to the Orlek area.', 'Orlek')), false);
	});
});

suite('a place the gazetteers know is misspelt by one slip, not two', () => {
	test('two letters apart and sounding otherwise from a known state is another name; one slip is a typo', () => {
		assert.equal(similarNames('corolado', 'colorado'), false);
		assert.equal(similarNames('philadelpia', 'philadelphia'), true);
	});

	test('two names no gazetteer knows may still be two slips apart', () => {
		assert.equal(similarNames('malitschek', 'malitchsek'), true);
		assert.equal(similarNames('vessingrado', 'vessingarod'), true);
	});
});
