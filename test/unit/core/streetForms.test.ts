import * as assert from 'node:assert/strict';
import { compareTexts, listed, show } from '../helpers/compareTexts';

/** An article about a flooded mill, with the passage under test in its middle. */
const article = (title: string, passage: string) =>
	`${title}\n\nFloodwater reached the upper floor of a textile mill in Ranmoor overnight, the fire service said.\n\n${passage}\n\nThe river is expected to fall by the weekend.`;

suite('a street written short by one outlet and in full by another', () => {
	for (const [full, short] of [
		['Kell Street', 'Kell St'],
		['Orla Avenue', 'Orla Ave'],
		['Tarn Road', 'Tarn Rd'],
	]) {
		test(`is one street: ${full} / ${short}`, async () => {
			const found = await compareTexts(
				article('Mill flooded in Ranmoor', `The owner said the looms stored on ${full} were lost in the flood.`),
				article('Floodwater swamps Ranmoor mill', `The owner said the looms stored on ${short} were lost in the flood.`),
			);
			assert.deepEqual(listed(found, 'entity'), [], show(found));
		});
	}
});
