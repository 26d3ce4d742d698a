import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/lineIndex';

suite('LineIndex', () => {
	test('counts \\n, \\r\\n and a lone \\r as line ends, like VS Code', () => {
		const index = new LineIndex('ab\r\ncd\ne\rf');
		assert.deepEqual(index.positionAt(0), { line: 0, character: 0 });
		assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
		assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
		assert.deepEqual(index.positionAt(9), { line: 3, character: 0 });
		assert.equal(index.lineCount, 4);
	});

	test('offsetAt is the inverse of positionAt inside lines', () => {
		const text = 'one\r\ntwo “x”\n\nthree';
		const index = new LineIndex(text);
		for (let offset = 0; offset <= text.length; offset++) {
			if (text[offset - 1] === '\r' && text[offset] === '\n') {
				continue;
			}
			assert.equal(index.offsetAt(index.positionAt(offset)), offset);
		}
	});

	test('a line end never belongs to its line', () => {
		const index = new LineIndex('ab\r\ncd');
		assert.equal(index.lineEnd(0), 2);
		assert.equal(index.offsetAt({ line: 0, character: 99 }), 2);
	});
});
