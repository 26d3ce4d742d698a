import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonChunks } from '../../../src/core/report/jsonChunks';

/**
 * A report's list members are written inside arrays and cut out of them (`jsonChunks.ts`), not
 * indented line by line: the text must stay exactly what `JSON.stringify(value, null, 2)` writes.
 */
suite('JSON pieces indented by nesting', () => {
	test('a member nested two levels down, with line breaks in its strings, joins to what JSON.stringify writes', () => {
		const report = { version: 2, claims: [{ text: 'The ferry left at 9.\nIt docked at noon.', outlets: ['Harbour Gazette', 'Coast Daily'], figures: [] }, 'a plain string', 7, null, [], {}] };
		assert.equal([...jsonChunks(report)].join(''), JSON.stringify(report, null, 2));
	});

	test('any JSON value, pieced at any depth, joins to what JSON.stringify writes', () => {
		fc.assert(
			fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
				assert.equal([...jsonChunks(value, depth)].join(''), JSON.stringify(value, null, 2));
			}),
			{ numRuns: 300 },
		);
	});
});
