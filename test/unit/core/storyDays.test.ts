import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, show } from '../helpers/compareTexts';

const days = (found: Awaited<ReturnType<typeof compareTexts>>) => listed(found, 'figure').filter((discrepancy) => discrepancy.summary.startsWith('Day of the week'));

suite('a claim whose outlets give two days, each several times, tells a story of several days', () => {
	const charged = 'A former worker who opened fire at a staff party in Tarnford, killing one man, was charged with murder on Saturday, police said.';
	const shooting = 'A former worker opened fire at a staff party in Tarnford on Friday, killing one man, police said.';
	const staff = 'The firm said its staff would be offered counselling.';

	test('three outlets on the charge day and three on the shooting day are two events, not a slip', async () => {
		const found = await compareTexts(
			...[1, 2, 3].map((n) => article(`Worker charged ${n}`, charged, staff)),
			...[1, 2, 3].map((n) => article(`Party shooting ${n}`, shooting, staff)),
		);
		assert.deepEqual(days(found), [], show(found));
	});

	test('one outlet against three on one event stays listed', async () => {
		const found = await compareTexts(...[1, 2, 3].map((n) => article(`Party shooting ${n}`, shooting, staff)), article('Party shooting 4', shooting.replace('Friday', 'Thursday'), staff));
		assert.equal(days(found).length, 1, show(found));
	});
});

suite('days told equally often each take the majority’s part in turn', () => {
	const game = 'Tarn Rovers winger Ivo Brandt, detained after a failed breath test, will still play in Sunday’s cup final at Vell, the club said.';
	const arrest = (day: string) => `Tarn Rovers winger Ivo Brandt was detained after a failed breath test early ${day} morning, and his car was towed away.`;
	const coach = 'The coach declined to comment.';

	test('one outlet’s odd day is set against the day whose words it shares, not the first of two equal groups', async () => {
		const found = await compareTexts(
			article('Winger to play in final', game, coach),
			article('Brandt cleared to play', game, coach),
			article('Winger arrested', arrest('Tuesday'), coach),
			article('Rovers winger held', arrest('Tuesday'), coach),
			article('Brandt arrested', arrest('Thursday'), coach),
		);
		assert.equal(days(found).length, 1, show(found));
		assert.match(days(found)[0].summary, /Tuesday .* vs Thursday/, show(found));
	});
});
