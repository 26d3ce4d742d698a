import * as assert from 'node:assert/strict';
import { parseArticle } from '../../../../src/core/parse';
import { findQuotes } from '../../../../src/core/quotes';

/** The speaker's name of the one direct quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.direct && quote.text.includes(fragment));
	assert.equal(found.length, 1, `one direct quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('which clause of a sentence tells the speaker', () => {
	test('a speech verb in a clause opened by "when" is not the main clause\'s: the main clause\'s subject speaks', () => {
		const text = 'Title line\n\nWhen Brandt suggested that the port would sue the city over the deal, Ortiz fired back forcefully: “The port has no case and it knows that well.”';
		assert.equal(speakerOf(text, 'no case'), 'Ortiz');
	});

	test('a clause opened by "as" with a reporting verb tells whose words follow, past the main clause', () => {
		const text = 'Title line\n\nAs Harbour Board chair Ada Vos explained, two levies were put off in the deal, “which sounds like a lot of money. But it is not, over ten years.”';
		assert.equal(speakerOf(text, 'lot of money'), 'Ada Vos');
	});

	test('a participle right after a quote has no subject after it: "referencing the crowds" names nobody', () => {
		const text = 'Title line\n\nOrtiz fired back forcefully: “If they sue us in a court in Dover, they are going to lose,” referencing the large number of dockers in the town.';
		assert.equal(speakerOf(text, 'going to lose'), 'Ortiz');
	});

	test('a quote standing alone after a sentence of its paragraph with a reporting verb is that sentence\'s subject\'s', () => {
		const text = 'Title line\n\n“The port will not last the winter,” said Tom Bell, a harbour pilot.\n\nAda Vos, who teaches at Harbour College, recalled how the docks emptied in one year. “Nobody expected the ships to leave that fast.”';
		assert.equal(speakerOf(text, 'Nobody expected'), 'Ada Vos');
	});
});

suite('chants and shouts are speech', () => {
	test('words in title case that a crowd chanted are speech, not a title', () => {
		const text = 'Title line\n\nHundreds of dockers marched to the town hall on Monday, chanting “Save Our Pier!” as the council met.';
		const quotes = findQuotes(parseArticle({ id: 'test', path: 'test.txt', text })).filter((quote) => quote.text.includes('Save Our Pier'));
		assert.deepEqual(quotes.map((quote) => [quote.kind, quote.direct]), [['speech', true]]);
	});

	test('a man who yelled two words said them', () => {
		const text = 'Title line\n\nWhen the mayor thanked the port, a man yelled “Go Home!” and walked out.';
		assert.equal(speakerOf(text, 'Go Home'), 'man');
	});
});
