import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('"according to X" set off by commas inside the sentence before a quote', () => {
	test('"Over the long term, according to the budget office, the rise “…”" is the budget office\'s', () => {
		const text = 'Title line\n\nThe deficit fell this year.\n\nOver the long term, according to the budget office, the rise in harbour debt “is mainly due to the aging of the fleet and the cost of fuel.”';
		assert.equal(directSpeakerOf(text, 'aging of the fleet'), 'budget office');
	});
});
