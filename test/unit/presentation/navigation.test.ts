import * as assert from 'node:assert/strict';
import { markStyle } from '../../../src/presentation/discrepancyMarks';
import { discrepancyStops, type Stop, stopPosition } from '../../../src/presentation/navigation';

/** A mark of a discrepancy on some words of one of its passages. */
function mark(id: string, start: number, mentionStart = start): Stop {
	return { start, end: start + 4, discrepancy: { id, summary: id }, mention: { start: mentionStart, end: mentionStart + 50 } };
}

suite('Next/Previous Discrepancy count discrepancies, not marks', () => {
	test('a reworded quote marking three words is one stop', () => {
		const marks = [mark('quote', 10, 5), mark('quote', 20, 5), mark('quote', 30, 5), mark('figure', 80)];
		assert.deepEqual(
			discrepancyStops(marks).map((stop) => stop.start),
			[10, 80],
		);
	});

	test('two passages of one discrepancy are two stops, and two discrepancies on one place are one', () => {
		const marks = [mark('name', 10), mark('quote', 10, 2), mark('name', 60)];
		assert.deepEqual(
			discrepancyStops(marks).map((stop) => `${stop.discrepancy.id}@${stop.start}`),
			['name@10', 'name@60'],
		);
	});

	test('the position is the discrepancy\'s rank among those of the article', () => {
		const stops = discrepancyStops([mark('a', 10), mark('b', 20), mark('a', 30), mark('c', 40)]);
		assert.deepEqual(
			stops.map((stop) => stopPosition(stops, stop)),
			['1 of 3', '2 of 3', '1 of 3', '3 of 3'],
		);
	});
});

suite('one mark per passage', () => {
	const discrepancy = (kind: string) => ({ kind }) as Parameters<typeof markStyle>[0]['discrepancy'];

	test('a differing passage is underlined, unless the Problems view squiggles it already', () => {
		assert.equal(markStyle({ differs: true, discrepancy: discrepancy('figure') }, false), 'differs');
		assert.equal(markStyle({ differs: true, discrepancy: discrepancy('figure') }, true), 'none');
	});

	test('the agreeing side keeps its dotted line and a claim only here its gutter icon, with or without diagnostics', () => {
		for (const on of [false, true]) {
			assert.equal(markStyle({ differs: false, discrepancy: discrepancy('figure') }, on), 'agrees');
			assert.equal(markStyle({ differs: true, discrepancy: discrepancy('omission') }, on), 'onlyHere');
		}
	});
});
