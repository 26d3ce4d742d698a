import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

// How alike the two sides of a discrepancy are is read from a few passages of each (`support` in
// figureJudging.ts, a swap's closeness in entities.ts): passages with words of their own
// (`distinctPassages`), not five prints of one wire sentence.
suite('the passages that tell how alike two sides are', () => {
	test('five outlets printing one wire sentence do not hide the odd year\'s near copy', async () => {
		const wire = 'Back in 2029 the great wave drowned 1,200 villagers along the northern shore of Tarn.';
		const found = await compareTexts(
			wire,
			wire,
			wire,
			wire,
			wire,
			'The 2029 wave that drowned 1,200 people was set off by a strong quake off Tarn.',
			'In 2029, a strong quake off Tarn set off a wave that killed 1,200 people.',
			'In 2031, a strong quake off Tarn set off a wave that killed 1,200 people.',
		);
		const years = naming(listed(found, 'figure'), '2029', '2031');
		assert.equal(years.length, 1, show(found));
		assert.equal(years[0].mentions.find((mention) => mention.odd)?.article, 'a8', show(found));
	});

	test("nor the odd name's near copy", async () => {
		const wire = 'Vell Marine, which bought the ferry line in May, runs six boats on the bay and plans two more, its owners said.';
		const found = await compareTexts(wire, wire, wire, wire, wire, 'Vell Marine bought the ferry line in May, the company said on Monday.', 'Tarnwell Group bought the ferry line in May, the company said on Monday.');
		assert.equal(naming(listed(found, 'entity'), 'Tarnwell Group', 'Vell Marine').length, 1, show(found));
	});
});
