import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('the subject of the clause a partial quote stands in', () => {
	test('"Brandt referenced a survey that “…”": a past verb between a name and "a" is the verb, not an adjective', () => {
		const text = 'Port row\n\nOn the second day, Brandt referenced a survey that “counted every ferry twice” in its totals.';
		assert.equal(directSpeakerOf(text, 'counted every ferry'), 'Brandt');
	});

	test('"Vos set out her case to the Kentish weekly Harbour Courier: “…”": the paper before the colon is told, Vos speaks', () => {
		const text = 'Port row\n\nVos set out her case against the crane deal to the Kentish weekly Harbour Courier: “The cranes are old. We would pay twice for them.”';
		assert.equal(directSpeakerOf(text, 'cranes are old'), 'Vos');
	});
});

suite('a later clause set against the first has its own speaker', () => {
	test('"Lund calls the harbour master “the captain,” while Ortiz calls the council “a circus.”": the "while" clause\'s subject', () => {
		const text = 'Port row\n\nLund, who sits on the council, calls the harbour master “the captain,” while Ortiz calls the council “a circus.”';
		assert.equal(directSpeakerOf(text, 'circus'), 'Ortiz');
	});
});
