import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** A report of a crash at a crossing, the sentence under test first. */
const report = (sentence: string) => `${sentence}\n\nThe crossing on Mill Lane has no lights, residents said.\n\nA vigil is planned for the weekend.`;

/** Three outlets that put the crash on Friday night, each beside other words than the fourth's. */
const agreeing = [
	'Police detained the driver a few streets away after a crash that killed a retired teacher in Tarnby Friday night.',
	'A retired teacher was killed in a crash in Tarnby Friday night, and the driver was detained.',
	'Residents laid flowers for the retired teacher killed in Tarnby Friday night.',
].map(report);

suite('two days after the same two words, the nearer a name', () => {
	test('put one event on two days when three outlets agree on one', async () => {
		const found = await compareTexts(
			...agreeing,
			report('A retired teacher died after a lorry hit her in Tarnby Monday night and that the family asked for privacy while officers searched nearby.'),
		);
		assert.equal(listed(naming(found, 'Day of the week'), 'figure').length, 1, show(found));
	});

	test('do not when only the name is the same and the words before it differ', async () => {
		const found = await compareTexts(
			...agreeing,
			report('A retired teacher died after a lorry hit her near Tarnby Monday night and that the family asked for privacy while officers searched nearby.'),
		);
		assert.deepEqual(listed(naming(found, 'Day of the week'), 'figure'), [], show(found));
	});
});
