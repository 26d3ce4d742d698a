import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('the subject of the clause a partial quote stands in', () => {
	test('"Brandt referenced a study that “…”": a past verb between a name and "a" is the verb, not an adjective', () => {
		const text = 'Port row\n\nAs part of the talks, Brandt referenced a study that “fewer than one ship in ten” was checked at the gate.';
		assert.equal(directSpeakerOf(text, 'fewer than one ship'), 'Brandt');
	});

	test('"Vos laid out … to the Kentish weekly Harbour Courier: “…”": the paper before the colon is told, Vos speaks', () => {
		const text = 'Port row\n\nVos laid out exactly what was wrong with the plan to the Kentish weekly Harbour Courier: “It was careless. It hurts every ship in the bay.”';
		assert.equal(directSpeakerOf(text, 'It was careless'), 'Vos');
	});
});

suite('a later clause set against the first has its own speaker', () => {
	test('"Vos calls the mayor “Mr. Brandt,” while Brandt calls the senator “Ted.”": the "while" clause\'s subject', () => {
		const text = 'Port row\n\nVos refers to the mayor, who is said to be his old friend, as “Mr. Brandt,” while Brandt refers to the senator as “Ted.”';
		assert.equal(directSpeakerOf(text, 'Ted.'), 'Brandt');
	});
});
