import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a name in -s with a bare apostrophe opens its phrase', () => {
	test('"Vos’ campaign called the report a “rush to judgment,”" is said by Vos’ campaign', () => {
		const text = 'Title line\n\nThe count went on.\n\nVos’ campaign called the Courier’s report a “rush to judgment,” because delegates can change their minds.';
		assert.equal(directSpeakerOf(text, 'rush to judgment'), 'Vos’ campaign');
	});

	test('with a straight apostrophe: "Marcus\' office called the levy “a tax on ships”"', () => {
		const text = 'Title line\n\nThe levy passed.\n\nMarcus\' office called the levy “a tax on ships and on the sailors who crew them” in a statement.';
		assert.equal(directSpeakerOf(text, 'tax on ships'), "Marcus' office");
	});
});
