import * as assert from 'node:assert/strict';
import { quotesOf } from '../helpers/speakerOf';

/** The speaker's name of the quote inside another one that holds `fragment`. */
function innerSpeakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(text).filter((quote) => quote.depth === 1 && quote.direct && quote.text.includes(fragment));
	assert.equal(found.length, 1, `one inner direct quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('quotes inside a quoted passage', () => {
	const passage = 'Title line\n\nThe Kent Courier reported: “Mayor Ida Vos walked the old pier at dawn. ‘We tried every grant there was,’ Vos said. ‘The pilings are rotten,’ she added.”\n\nTom Reed, a fisherman, disagreed.';

	test('a quote inside a passage that says who spoke it is that speaker\'s', () => {
		assert.equal(innerSpeakerOf(passage, 'every grant'), 'Vos');
	});

	test('a pronoun inside the passage is read as in the prose', () => {
		assert.equal(innerSpeakerOf(passage, 'pilings'), 'Vos');
	});

	test('the passage keeps its own speaker', () => {
		const outer = quotesOf(passage).find((quote) => quote.depth === 0 && quote.text.includes('walked the old pier'));
		assert.equal(outer?.speaker?.name, 'Kent Courier');
	});

	test('a quote inside someone\'s words with no verb next to it gets no speaker', () => {
		const text = 'Title line\n\n“They told me ‘wait until spring, the money is coming,’ and so I waited,” Vos said.';
		assert.equal(innerSpeakerOf(text, 'wait until spring'), undefined);
	});
});
