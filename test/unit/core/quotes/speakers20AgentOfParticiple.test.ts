import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('the agent of a participle before the verb is not its subject', () => {
	test('"A letter obtained by the Courier warns that “…”": the letter speaks, not the Courier', () => {
		const text = 'Title line\n\nThe union has twice complained to the port.\n\nA letter obtained by the Courier warns that “any further talk will be through our lawyer in the proper forum.”';
		assert.equal(directSpeakerOf(text, 'further talk'), 'letter');
	});

	test('the document keeps whom it comes from: "a May 1 letter from the Dockers Union obtained by the Courier"', () => {
		const text = 'Title line\n\nThe union has twice complained to the port.\n\nA May 1 letter from the Dockers Union obtained by the Courier warns that “any further talk will be through our lawyer in the proper forum.”';
		assert.equal(directSpeakerOf(text, 'further talk'), 'May 1 letter from the Dockers Union');
	});
});
