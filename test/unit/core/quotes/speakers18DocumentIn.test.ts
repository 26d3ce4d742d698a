import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a document keeps the outlet it appeared in', () => {
	test('a quote that "reads a Tuesday editorial in The Dover Courier" names the editorial with the Courier', () => {
		const text = 'Title line\n\nThe river flooded the lower town twice.\n\n“The river will rise again next spring,” reads a Tuesday editorial in The Dover Courier.';
		assert.equal(directSpeakerOf(text, 'rise again'), 'Tuesday editorial in The Dover Courier');
	});

	test('a quote that "a Tuesday editorial in The Dover Courier said" names the editorial with the Courier', () => {
		const text = 'Title line\n\nThe river flooded the lower town twice.\n\n“The river will rise again next spring,” a Tuesday editorial in The Dover Courier said.';
		assert.equal(directSpeakerOf(text, 'rise again'), 'Tuesday editorial in The Dover Courier');
	});

	test('a quote "said a Friday report in the Kent Ledger" names the report with the Ledger', () => {
		const text = 'Title line\n\nThe river flooded the lower town twice.\n\n“The dikes were never inspected,” said a Friday report in the Kent Ledger.';
		assert.equal(directSpeakerOf(text, 'never inspected'), 'Friday report in the Kent Ledger');
	});

	test('a person "in" a place is still the person ("said a voter in Dover")', () => {
		const text = 'Title line\n\nThe river flooded the lower town twice.\n\n“We need the ferry back,” said a voter in Dover.';
		assert.equal(directSpeakerOf(text, 'ferry back'), 'voter');
	});
});
