import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { compareArticles } from '../../../src/core/pipeline';
import { confidenceOf } from '../../../src/core/compare/rules/confidence';
import { confidenceTable } from '../../../src/core/compare/rules/confidenceTable';
import type { DiscrepancyKind, Severity } from '../../../src/core/types';
import { readdirSync } from 'node:fs';

const kinds: DiscrepancyKind[] = ['figure', 'quote', 'entity', 'attribution', 'omission'];
const severities: Severity[] = ['high', 'medium', 'low'];

suite('confidence means one thing for every kind: the share of such discrepancies a reader labelled real', () => {
	test('every kind and severity has a share, and a higher severity never says less than a lower one', () => {
		for (const kind of kinds) {
			const [high, medium, low] = severities.map((severity) => confidenceTable[`${kind} ${severity}`]);
			assert.ok([high, medium, low].every((value) => value !== undefined && value >= 0 && value <= 1), kind);
			assert.ok(high! >= medium! && medium! >= low!, `${kind}: ${high} ${medium} ${low}`);
		}
	});

	test("each discrepancy of a report states its kind and severity's share, whatever its finder's measure of closeness", async function () {
		this.timeout(60_000);
		const folder = join(__dirname, '..', '..', '..', 'samples', 'harbour-summit');
		const { comparison } = await compareArticles(readdirSync(folder).filter((name) => /^(?!README).*\.(md|txt)$/.test(name)).map((name) => join(folder, name)));
		assert.ok(comparison.discrepancies.length > 5);
		for (const discrepancy of comparison.discrepancies) {
			assert.equal(discrepancy.confidence, confidenceOf(discrepancy.kind, discrepancy.severity), discrepancy.summary);
		}
		// Ranked by the finders' measures still: two of one kind and severity are not tied by it.
		const ranks = new Map<string, Set<number>>();
		for (const { kind, severity, rank } of comparison.discrepancies) {
			ranks.set(`${kind} ${severity}`, (ranks.get(`${kind} ${severity}`) ?? new Set()).add(rank));
		}
		assert.ok([...ranks.values()].some((group) => group.size > 1));
	});
});
