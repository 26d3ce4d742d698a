import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('ledes tell the story’s own event', () => {
	const agreed = [
		article('Vey keeps his belt', 'Tomas Vey defended his title by stopping Ivo Brisk in the seventh round at the harbour arena in Tarn on Saturday.', 'Brisk had taken the bout at two weeks’ notice.'),
		article('Brisk stopped in Tarn', 'Tomas Vey kept his belt on Saturday night, stopping Brisk in the seventh round before a full harbour arena.', 'The crowd of 9,000 booed the referee.'),
		article('Vey too strong', 'Vey stopped Ivo Brisk in the seventh round of their bout in Tarn on Saturday to keep his title.', 'Vey said he wants a rematch with Ames.', 'Tomas Vey brushed aside the late substitute Ivo Brisk, stopping the former champion in seven rounds in Tarn, and called for Ames.'),
	];

	test('one lede that puts the bout on another day is listed, though it aligns best with a sentence further down', async () => {
		const found = await compareTexts(
			...agreed,
			article('Vey retains', 'Tomas Vey brushed aside the late substitute Ivo Brisk, stopping the former champion in seven rounds on Monday in Tarn.', 'Brisk said he was not ready.'),
		);
		assert.equal(naming(listed(found, 'figure'), 'Monday').length, 1, show(found));
	});

	test('a lede that tells a later moment of the story in other words is not set against the others', async () => {
		const found = await compareTexts(
			...agreed,
			article('Brisk to appeal', 'Ivo Brisk lodged an appeal against the result with the boxing board on Monday, his manager said.', 'Vey said he wants a rematch with Ames.'),
		);
		assert.deepEqual(naming(listed(found, 'figure'), 'Monday'), [], show(found));
	});
});
