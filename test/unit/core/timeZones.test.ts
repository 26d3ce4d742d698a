import * as assert from 'node:assert/strict';
import { compareTexts, listed, show } from '../helpers/compareTexts';

/** Three outlets on a bridge's opening, at the times given. */
const opened = (...times: string[]) =>
	compareTexts(...times.map((time, i) => `Outlet ${i + 1}\n\nThe new bridge at Kessel opened at ${time} on Tuesday, Mayor Ingrid Vasquez said at the ceremony.\n`));

suite('a time of day told on another clock', () => {
	test('"3 p.m." (local) against "1400 GMT" is one moment on two clocks, not a time that differs', async () => {
		const found = await opened('3 p.m. local time', '3 p.m.', '1400 GMT');
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('two times on the same clock that differ are listed, local or in GMT', async () => {
		const local = await opened('3 p.m.', '3 p.m.', '5 p.m.');
		assert.equal(listed(local, 'figure').length, 1, show(local));
		const gmt = await opened('1400 GMT', '1400 GMT', '1600 GMT');
		assert.equal(listed(gmt, 'figure').length, 1, show(gmt));
	});
});
