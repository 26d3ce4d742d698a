import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The kind, directness and speaker of the one quote holding `fragment`. */
function readingOf(text: string, fragment: string): [string, boolean, string | undefined] {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return [found[0].kind, found[0].direct, found[0].speaker?.name];
}

suite('words that someone names a thing with are speech', () => {
	test('a name in title case after "called" and its object is the caller’s words', () => {
		assert.deepEqual(readingOf('A spokesman called the new ferry “The Grey Whale” twice on Monday.', 'Grey Whale'), ['speech', true, 'spokesman']);
	});

	test('"referred to X as the “…”" is a piece of speech, even with nobody named', () => {
		assert.deepEqual(readingOf('She referred to the agency as the “Harbour Office,” and left the room.', 'Harbour Office'), ['speech', true, undefined]);
	});

	test('"referred to as" makes a word set off speech too', () => {
		assert.deepEqual(readingOf('In the port the levy is often referred to as the “ship tax,” a name it has kept.', 'ship tax'), ['speech', true, undefined]);
	});

	test('the full stop of a title between the verb and the quote ends no clause', () => {
		assert.deepEqual(readingOf('Ada Vos called Mrs. Brandt the “Harbour Pirate” on the radio.', 'Harbour Pirate'), ['speech', true, 'Ada Vos']);
	});

	test('words someone "dubbed the" thing are theirs, as after "called"', () => {
		assert.deepEqual(readingOf('The council passed a fee that the crews dubbed the “dock toll” within a week.', 'dock toll'), ['speech', true, undefined]);
	});

	test('a nickname after "nicknamed the" stays a term', () => {
		assert.deepEqual(readingOf('The council passed a fee nicknamed the “dock toll” within a week.', 'dock toll'), ['term', false, undefined]);
	});

	test('a work that is "called" something keeps its title', () => {
		assert.deepEqual(readingOf('The dockers made a documentary called “Salt and Iron” about the pier.', 'Salt and Iron'), ['title', false, undefined]);
	});
});

suite('words in title case right after a verb of speech are speech', () => {
	test('a front page that "said, “…”" in title case says it', () => {
		assert.deepEqual(readingOf('The tabloid ran a front page that said, “Ferry Chief Sinks Own Boat.”', 'Ferry Chief'), ['speech', true, undefined]);
	});

	test('a work someone wrote stays a title', () => {
		assert.deepEqual(readingOf('Lena Ortiz, the poet who wrote “Salt and Iron,” opened the pier.', 'Salt and Iron'), ['title', false, undefined]);
	});
});

suite('a word for a work keeps its title', () => {
	test('a podcast’s name stays a title in a sentence that looks like a headline', () => {
		assert.deepEqual(readingOf('Ada Vos is a co-host of the Harbour Politics podcast “So, That Sank.”', 'That Sank'), ['title', false, undefined]);
	});

	test('a blog "called" something is a title, not what anyone called it', () => {
		assert.deepEqual(readingOf('The crews keep a blog, called the “Tide Log,” with news of the quay.', 'Tide Log'), ['title', false, undefined]);
	});
});
