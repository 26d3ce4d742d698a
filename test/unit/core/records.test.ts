import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('a record belongs to its owner, wherever an article gives it', () => {
	const others = [
		article('Vey keeps belt', 'Tomas Vey kept his title in Tarn on Saturday night.', 'The challenger, Ivo Brisk (31-4-1, 20 KOs), was down twice in the sixth.'),
		article('Brisk beaten', 'Ivo Brisk, 31-4-1, had not lost inside the distance before.', 'Vey said he expected a longer night.'),
		article('Title stays in Tarn', 'A crowd of 9,000 watched the bout at the Tarn arena.', 'Brisk fell to 31-4-1 and said he would fight on.'),
	];

	test('one outlet giving another record, in sentences that share nothing else, is listed', async () => {
		const found = await compareTexts(article('Vey stops Brisk', 'Vey dropped Ivo Brisk (33-4-1) with a left hook before the referee stepped in.'), ...others);
		const records = listed(found, 'figure').filter((discrepancy) => discrepancy.summary.startsWith('Record of Ivo Brisk'));
		assert.equal(naming(records, '33').length, 1, show(found));
		assert.ok(records[0].mentions.some((mention) => mention.odd && mention.text === '33'), show(found));
	});

	test('a record of another length, or one given to no name right before it, is not set against the owner’s', async () => {
		const found = await compareTexts(
			article('Vey stops Brisk', 'Ivo Brisk (31-4) was down twice in the sixth.', 'The promoter, whose own fighters went 12-3 this year, was pleased.'),
			...others,
		);
		assert.deepEqual(found.filter((discrepancy) => discrepancy.summary.startsWith('Record of')), [], show(found));
	});
});
