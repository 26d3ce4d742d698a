import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a subject with a relative clause before its speech verb', () => {
	test('"an official who spoke anonymously to discuss the plan said" is the official\'s, not the plan\'s', () => {
		const text = 'Title line\n\nThe talks went on.\n\nA harbour official who spoke anonymously to discuss internal strategy said Wednesday, “Certainly there are talks between the port and the union.”';
		assert.equal(directSpeakerOf(text, 'Certainly there are talks'), 'harbour official');
	});

	test('"who" right before the verb makes the verb the clause\'s own: the speaker is read elsewhere', () => {
		const text = 'Title line\n\nReporter Ada Vos wrote back at the mayor, pointing out the irony coming from a mayor who promised to sell the pier: “Your plan is to sell it twice.”';
		assert.equal(directSpeakerOf(text, 'sell it twice'), 'Reporter Ada Vos');
	});
});
