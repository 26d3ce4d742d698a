import * as assert from 'node:assert/strict';
import { writeInSlices } from '../../src/cli/writeInSlices';

suite('writeInSlices', () => {
	test('slices join into the report, each within the length and none splitting an emoji', () => {
		const report = `{"summary": "Ferry 🚢 delayed 🚢🚢 at Port Halden", "n": ${'7'.repeat(50)}}\n`;
		for (const length of [2, 3, 4, 5, 16, report.length, report.length + 10]) {
			const slices: string[] = [];
			writeInSlices(report, (slice) => slices.push(slice), length);
			assert.equal(slices.join(''), report, `length ${length}`);
			for (const slice of slices) {
				assert.ok(slice.length > 0 && slice.length <= length, `length ${length}: ${JSON.stringify(slice)}`);
				assert.equal(Buffer.from(slice, 'utf8').toString('utf8'), slice, `length ${length}: a slice ends inside a surrogate pair`);
			}
		}
	});

	test('an empty report writes nothing', () => {
		const slices: string[] = [];
		writeInSlices('', (slice) => slices.push(slice));
		assert.deepEqual(slices, []);
	});
});
