import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('an adverb that opens the sentence before the subject’s name', () => {
	test('"Now Tom Brandt, the …, is promising to create “…”": Brandt speaks', () => {
		const text = 'Nobody saw the storm coming last winter. Now Tom Brandt, the least patient mayor the harbour has had, is promising to build “a big show for the whole coast.”';
		assert.equal(speakerOf(text, 'a big show'), 'Tom Brandt');
	});

	test('"When" opens a clause of its own: the name after it does not speak', () => {
		const text = 'When Tom Lund suggested that the port would close, Ada Vos fired back: “If they close it, they will lose the town.”';
		assert.equal(speakerOf(text, 'they will lose the town'), 'Ada Vos');
	});
});
