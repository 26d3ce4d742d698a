import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** An article under its headline, with a body that gives no count. */
const article = (headline: string, body: string) => `${headline}\n\n${body}\n\nThe coastguard said the operation had ended by noon.`;

suite('headlines that count one thing', () => {
	test('one headline’s other count of it is listed, though the headlines share only names beside it', async () => {
		const found = await compareTexts(
			article('Orlan Navy foils dawn raid in Gulf of Tessa, frees 14 hostages', 'A coastguard cutter boarded a freighter at dawn after a night-long standoff.'),
			article('Gunmen flee as siege ends in Gulf of Tessa, 14 hostages safe', 'The freighter had been held since Tuesday by armed men who came aboard from a skiff.'),
			article('Orlan Navy storms freighter in Gulf of Tessa, seizes 17 hostages', 'Officers climbed aboard from two launches while a helicopter circled overhead.'),
		);
		assert.equal(listed(naming(found, '14 hostages', '17 hostages'), 'figure').length, 1, show(found));
	});
});
