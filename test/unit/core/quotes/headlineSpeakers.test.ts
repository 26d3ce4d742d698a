import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a headline in title case names who speaks', () => {
	test('"Rose Vos: ‘…’": a given name that is also a verb still opens the speaker\'s name', () => {
		const text = 'Rose Vos: ‘Closing The Port Is A Grave Mistake.’\n\nThe senator spoke to the harbour board on Monday.';
		assert.equal(directSpeakerOf(text, 'Grave Mistake'), 'Rose Vos');
	});

	test('"‘…,’ Ada Vos Tells Harbour Board": the name before a capitalised verb of speech after the quote', () => {
		const text = 'Docks Are ‘The Worst Deal In Decades,’ Ada Vos Tells Harbour Board.\n\nThe board met on Monday.';
		assert.equal(directSpeakerOf(text, 'Worst Deal'), 'Ada Vos');
	});
});
