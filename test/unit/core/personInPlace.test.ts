import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('a person the folder knows, written where another outlet writes a place', () => {
		// Two outlets name the driver, Ivo Corvell; one of them says where he crashed, in Orla Bay.
	const others = [
		article('Driver hurt in crash', 'Ivo Corvell broke two ribs when his car hit a wall in Orla Bay on Sunday.', 'Corvell had won the coastal rally twice.'),
		article('Corvell out of rally', 'Ivo Corvell will miss the final stage, his team said on Monday.', 'Corvell had been leading the standings.'),
	];
	// A third tells the crash in other words: one outlet against one.
	const third = (where: string) => article('Rally leader injured', `Ivo Corvell broke two ribs when his rally car hit a stone wall ${where} on Sunday afternoon.`);

	test('"hit a stone wall in Corvell" is listed against "in Orla Bay", one outlet against one, its outlet the odd one', async () => {
		const found = await compareTexts(...others, third('in Corvell'));
		const swaps = naming(listed(found, 'entity'), 'Corvell', 'Orla Bay');
		assert.equal(swaps.length, 1, show(found));
		assert.deepEqual(
			swaps[0].mentions.filter((mention) => mention.odd).map((mention) => `${mention.article} ${mention.text}`),
			['a3 Corvell'],
			show(found),
		);
	});

	test('a possessive is a person in a place: "in Corvell\'s home town" is no place set against Orla Bay', async () => {
		const found = await compareTexts(...others, third("in Corvell's home town"));
		assert.deepEqual(naming(listed(found, 'entity'), 'Corvell', 'Orla Bay'), [], show(found));
	});
});
