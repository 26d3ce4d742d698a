import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('a verb in -s right after its subject, which a tagger may read as a plural noun', () => {
	test('"the Vos campaign projects that “…”": the campaign speaks', () => {
		const text = 'The Vos campaign projects that “a levy of one percent” on cargo would raise $5 million a year.';
		assert.equal(speakerOf(text, 'a levy of one percent'), 'Vos campaign');
	});

	test('"the harbour lobby forecasts that “…”": the lobby speaks', () => {
		const text = 'The Kent harbour lobby forecasts that the new toll “will empty the quays within a year.”';
		assert.match(speakerOf(text, 'empty the quays') ?? '', /harbour lobby/);
	});

	test('"Ada Vos, a member of the budget committee, advocates a “…”": after the appositive, she speaks', () => {
		const text = 'Senator Ada Vos of Kent, a member of the budget committee, advocates a “progressive harbour tax” modeled after an older one.';
		assert.match(speakerOf(text, 'progressive harbour tax') ?? '', /Ada Vos/);
	});
});
