import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagnoseMiss } from '../../scripts/eval/diagnose';
import { compareCluster } from '../../scripts/eval/pipeline';
import type { Plant } from '../../scripts/eval/plant';

const changed = 'The ferry to Orla Island was cancelled on Monday because of a storm, the harbour office said.';
const copy = 'The ferry to Orla Island was cancelled on Monday because of a storm, the harbour office said.';
const other = 'Crews will inspect the pier at Tarnby before the season opens in June.';

suite('the evaluation’s diagnosis of a planted change nobody listed', () => {
	test('calls the changed passage aligned only when its claim holds the witness’s own passage, not another sentence of that article', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'crossread-diagnosis-'));
		try {
			writeFileSync(join(folder, 'a.txt'), `Ferry cancelled\n\n${changed}\n\n${other}`);
			writeFileSync(join(folder, 'b.txt'), `Storm stops ferry\n\n${copy}\n\n${other}`);
			const cluster = await compareCluster(folder);
			const textB = cluster.texts.get('b')!;
			const plant = (start: number, end: number): Plant => ({ kind: 'date', variant: 'weekday', scheme: 'near copy', article: 'a', file: 'a.txt', edits: [], witness: 'b', witnessSpan: { start, end } });
			const textA = cluster.texts.get('a')!;
			const spans = [{ start: textA.indexOf('Monday'), end: textA.indexOf('Monday') + 6 }];
			const witnessStart = textB.indexOf(copy);
			assert.equal(diagnoseMiss(plant(witnessStart, witnessStart + copy.length), spans, cluster, { otherKinds: [] }), 'aligned with the witness, yet no discrepancy rule reports it');
			const elsewhere = textB.indexOf(other);
			assert.match(diagnoseMiss(plant(elsewhere, elsewhere + other.length), spans, cluster, { otherKinds: [] }), /^aligner: the changed passage aligns, but not with the passage of b/);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});
});
