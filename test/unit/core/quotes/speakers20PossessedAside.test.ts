import * as assert from 'node:assert/strict';
import { claimOwner } from '../../../../src/core/quotes/possessedWords';
import { tagRange } from '../../../../src/core/text/tagger';
import { quotesOf } from '../../helpers/speakerOf';

/** The kind and speaker of the one quote holding `fragment`. */
function readingOf(text: string, fragment: string): [string, string | undefined] {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return [found[0].kind, found[0].speaker?.name];
}

suite('a noun of speech after a possessive, whatever its tag', () => {
	test('"Ivo Marsh’s aside that the dockers were “…”" is Ivo Marsh’s speech, though "aside" reads as an adverb', () => {
		const text = 'The strike went on for a month. Then there was Ivo Marsh’s aside that the dockers were “well fed” in those years.';
		assert.deepEqual(readingOf(text, 'well fed'), ['speech', 'Ivo Marsh']);
	});

	test('"Lund’s patronizing suggestion that she was “…”" is Lund’s, not the sentence subject’s', () => {
		const text = 'Ada Vos won the harbour seat partly because of Tom Lund’s patronizing suggestion that she was “pleasant enough.”';
		assert.deepEqual(readingOf(text, 'pleasant enough'), ['speech', 'Tom Lund']);
	});
});

suite('a claim of something a possessive owns', () => {
	test('"It was Vos’s stirring rejection of “…” that won the hall": the claim’s owner is Vos', () => {
		const text = 'It was Ada Vos’s stirring rejection of “a politics of fear” that won the hall that night.';
		const owner = claimOwner(tagRange(text, 0, text.length), text.indexOf('“'));
		assert.equal(owner?.name, 'Ada Vos');
	});
});
