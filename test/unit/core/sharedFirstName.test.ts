import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('two people who share a first name', () => {
	const ours = 'Obituary\n\nAda Lenz, the cellist who went on to conduct the city orchestra, has died at home at the age of 84.\n\nHer agent, Tomas Vey, said she died in a hospital in Tarn on Friday.';
	const theirs = (sentence: string) =>
		`Obituary\n\nAda Lenz, the cellist who went on to conduct the city orchestra, has died at home at the age of 84.\n\nShe died in a hospital in Tarn on Friday, the family said.\n\n${sentence}`;

	test('in sentences that merely share a topic, a person named once is another person, not a misspelt surname', async () => {
		const found = await compareTexts(ours, ours, theirs('Her old friend, Tomas Brisk, said she gave her last concert in Tarn in May.'));
		assert.deepEqual(naming(listed(found, 'entity'), 'Tomas Brisk', 'Tomas Vey'), [], show(found));
	});
});
