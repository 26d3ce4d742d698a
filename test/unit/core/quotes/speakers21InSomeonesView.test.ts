import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a quote in a sentence that gives whose view or words it is', () => {
	test('"“…” from the ferries to the budget, in Brandt’s view": Brandt speaks', () => {
		const text = 'Tom Brandt sat on the board for a decade. “This is not a problem one vote can fix – it is a failure of the whole board” from the ferries to the budget, in Brandt’s view.';
		assert.equal(speakerOf(text, 'failure of the whole board'), 'Brandt');
	});

	test('"In the words of harbour master Ada Vos, the pier is “…”": she speaks, not the pier', () => {
		const text = 'In the words of harbour master Ada Vos, the old pier is now “a relic of another age.”';
		assert.match(speakerOf(text, 'relic of another age') ?? '', /Ada Vos$/);
	});

	test('"In his view, the toll is “…”": "his" is the man named before', () => {
		const text = 'Tom Brandt voted against the plan. In his view, the new toll is “a tax on the poor and nothing else.”';
		assert.equal(speakerOf(text, 'a tax on the poor'), 'Tom Brandt');
	});
});
