import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** An article about a dismissed storeman, with the passage under test in its middle. */
const article = (title: string, passage: string) =>
	`${title}\n\nA dismissed storeman fired at two managers of a print works in Oldmere, police said.\n\n${passage}\n\nBoth managers were treated in hospital and are expected to recover.`;

suite('a passage that names several days', () => {
	test('is set against a near copy that moves one of them', async () => {
		const found = await compareTexts(
			article('Storeman held after print works shooting', 'The storeman had been dismissed on Monday for repeated lateness and bought a crossbow on Wednesday, a detective said.'),
			article('Print works gunman had lost his job', 'The storeman had been dismissed on Monday for repeated lateness and bought a crossbow on Thursday, a detective said.'),
		);
		const days = listed(naming(found, 'Day of the week', 'Thursday', 'Wednesday'), 'figure');
		assert.equal(days.length, 1, show(found));
		assert.deepEqual(naming(found, 'Day of the week', 'Monday'), [], show(found));
	});

	test('gives the day that stands beside the same words to a passage that names one', async () => {
		const found = await compareTexts(
			article('Storeman held after print works shooting', 'The injured foreman was carried out of the works by a rescue crew on Tuesday after attempts on Monday failed in the smoke.'),
			article('Print works gunman had lost his job', 'The injured foreman was carried out of the works by a rescue crew on Friday after earlier attempts failed.'),
		);
		assert.equal(listed(naming(found, 'Day of the week', 'Tuesday', 'Friday'), 'figure').length, 1, show(found));
		assert.deepEqual(naming(found, 'Day of the week', 'Monday'), [], show(found));
	});

	test('sets no day against one beside other words', async () => {
		const found = await compareTexts(
			article('Storeman held after print works shooting', 'The storeman left the works on Monday and reached his sister’s farm on Thursday, the detective said.'),
			article('Print works gunman had lost his job', 'The storeman left the works on Monday, the detective said, and his wages were paid on Friday.'),
		);
		assert.deepEqual(naming(found, 'Day of the week'), [], show(found));
	});
});
