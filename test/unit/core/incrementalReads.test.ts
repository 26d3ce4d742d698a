import * as assert from 'node:assert/strict';
import type { Aligner } from '../../../src/core/compare/aligner';
import { type Reads, stillHolds } from '../../../src/core/compare/incremental/reads';
import type { Unit } from '../../../src/core/compare/units';

/** A passage standing for itself (the check reads passages only as keys). */
const passage = (name: string) => ({ article: name }) as unknown as Unit;
const ferry = passage('ferry');
const quay = passage('quay');
const berth = passage('berth');

/** An aligner that answers the similarities given, and counts how many it was asked. */
function alignerWith(similarities: Map<Unit, number>, gone: Unit[] = []) {
	const asked = { count: 0 };
	const aligner = {
		similarity: (a: Unit, b: Unit) => {
			asked.count++;
			return (similarities.get(a) ?? 0) + (similarities.get(b) ?? 0);
		},
		goneUnits: () => new Set(gone),
	} as unknown as Aligner;
	return { aligner, asked };
}

/** A judgement that read the similarity of ferry and quay (0.5), and the scores [0.8, 0.61]. */
const judged = (): Reads => ({ pairs: [ferry, quay], values: [0.5], scores: [0.8, 0.61], flags: '' });

suite('A kept judgement (incremental reads)', () => {
	test('holds when the passages whose weights changed are not among those it read, without computing a similarity', () => {
		const { aligner, asked } = alignerWith(new Map([[ferry, 0.2], [quay, 0.3]]));
		assert.equal(stillHolds(judged(), aligner, new Set([berth]), () => [0.8, 0.61], '', 0), true);
		assert.equal(asked.count, 0);
	});

	test('holds when a passage it read changed weights but the similarity it read is the same', () => {
		const { aligner } = alignerWith(new Map([[ferry, 0.2], [quay, 0.3]]));
		assert.equal(stillHolds(judged(), aligner, new Set([ferry]), () => [0.8, 0.61], '', 0), true);
	});

	test('does not hold when a similarity it read moved, however little', () => {
		const { aligner } = alignerWith(new Map([[ferry, 0.2], [quay, 0.3001]]));
		assert.equal(stillHolds(judged(), aligner, new Set([quay]), () => [0.8, 0.61], '', 0), false);
	});

	test('holds a similarity moved within the tolerance given, not beyond it', () => {
		const { aligner } = alignerWith(new Map([[ferry, 0.2], [quay, 0.303]]));
		assert.equal(stillHolds(judged(), aligner, new Set([quay]), () => [0.8, 0.61], '', 0.005), true);
		assert.equal(stillHolds(judged(), aligner, new Set([quay]), () => [0.8, 0.61], '', 0.002), false);
	});

	test('does not hold when a passage it read was let go, though no weight changed', () => {
		const { aligner } = alignerWith(new Map([[ferry, 0.2], [quay, 0.3]]), [quay]);
		assert.equal(stillHolds(judged(), aligner, new Set(), () => [0.8, 0.61], '', 0), false);
	});

	test('does not hold when a score it read moved, and holds when only unread scores did', () => {
		const { aligner } = alignerWith(new Map());
		assert.equal(stillHolds(judged(), aligner, new Set(), () => [0.8, 0.612], '', 0), false);
		assert.equal(stillHolds({ ...judged(), scores: undefined }, aligner, new Set(), () => [0.8, 0.612], '', 0), true);
	});

	test('does not hold when a near miss flag it read is no longer the same', () => {
		const { aligner } = alignerWith(new Map());
		const nearMiss: Reads = { pairs: [], values: [], flags: 'mutual=true' };
		assert.equal(stillHolds(nearMiss, aligner, new Set(), () => [], 'mutual=false', 0), false);
		assert.equal(stillHolds(nearMiss, aligner, new Set(), () => [], 'mutual=true', 0), true);
	});
});
