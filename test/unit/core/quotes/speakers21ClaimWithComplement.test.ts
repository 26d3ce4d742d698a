import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a possessive and a noun of speech, then a short phrase with a preposition before "that"', () => {
	test('"Mr. Brandt’s suggestion at a radio debate that she was “…”": Brandt speaks, not the sentence’s subject', () => {
		const text = 'Ada Vos kept her harbour seat in 2031, partly because of Mr. Brandt’s scornful suggestion at a radio debate that she was “rather dull.”';
		assert.match(speakerOf(text, 'rather dull') ?? '', /Brandt$/);
	});

	test('"Lund’s remark at a hastily called meeting that the pier was “…”": Lund speaks', () => {
		const text = 'The vote went ahead after Tom Lund’s remark at a hastily called meeting that the pier was “a lost cause.”';
		assert.equal(speakerOf(text, 'a lost cause'), 'Tom Lund');
	});
});
