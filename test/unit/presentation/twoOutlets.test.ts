import * as assert from 'node:assert/strict';
import { alignTwoOutlets } from '../../../src/presentation/twoOutlets';
import { analyseSources } from './analysed';

suite('two outlets side by side', () => {
	test('line i of each side is the same claim; a claim of one outlet faces an empty line', () => {
		const left = 'The ferry fare rose to 12 euros on Monday.\nThe mayor opened the new quay in the morning.\nDockers voted to end their strike.\n';
		const right = 'Dockers voted on Sunday to end their strike.\nThe port will add a night crossing in June.\nThe ferry fare went up to 14 euros on Monday.\n';
		const folder = analyseSources([
			{ id: 'a', path: 'a.txt', text: left },
			{ id: 'b', path: 'b.txt', text: right },
		]);
		const sides = alignTwoOutlets(folder.comparison.claims, { left: { id: 'a', text: left }, right: { id: 'b', text: right } });
		const rows = sides.left.trimEnd().split('\n').map((line, index) => [line, sides.right.trimEnd().split('\n')[index]]);
		assert.equal(sides.left.split('\n').length, sides.right.split('\n').length, 'both sides have as many lines');
		assert.ok(rows.some(([l, r]) => /fare rose to 12/.test(l) && /fare went up to 14/.test(r)), 'the fare claims face each other');
		assert.ok(rows.some(([l, r]) => /^Dockers voted to end/.test(l) && /^Dockers voted on Sunday/.test(r)), 'the strike claims face each other');
		assert.ok(rows.some(([l, r]) => /mayor opened/.test(l) && r === ''), 'a claim only the first outlet reports faces an empty line');
		assert.ok(rows.some(([l, r]) => l === '' && /night crossing/.test(r)), 'and one only the second reports');
		const leftOrder = rows.map(([l]) => l).filter(Boolean);
		assert.deepEqual(leftOrder, [...leftOrder].sort((x, y) => left.indexOf(x) - left.indexOf(y)), "the first article's claims keep their order");
	});
});
