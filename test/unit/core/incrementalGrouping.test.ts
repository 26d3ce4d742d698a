import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { inChoiceOrder } from '../../../src/core/compare/alignment/choiceOrder';
import { MatchTable } from '../../../src/core/compare/alignment/matchTable';
import { groupClaims } from '../../../src/core/compare/alignment/grouping';
import { NearMissOrder } from '../../../src/core/compare/alignment/nearMissOrder';
import { Regrouping } from '../../../src/core/compare/alignment/regrouping';
import type { UnitTable } from '../../../src/core/compare/alignment/types';
import type { Unit } from '../../../src/core/compare/units';
import { compareCorpus, type Comparison } from '../../../src/core/compare/compare';
import { IncrementalComparer } from '../../../src/core/compare/incremental/comparer';
import type { ArticleAnalysis } from '../../../src/core/types';
import * as eight from '../helpers/eightUnits';

/** A comparison as plain data: its claims, near misses and discrepancies. */
function plain(comparison: Comparison) {
	return {
		claims: comparison.claims,
		nearMisses: comparison.aligner.nearMisses().map(({ a, b, ...rest }) => ({ a: `${a.article}:${a.kind}:${a.index}`, b: `${b.article}:${b.kind}:${b.index}`, ...rest })),
		discrepancies: comparison.discrepancies.map((discrepancy) => ({ ...discrepancy, missing: [...discrepancy.missing] })),
	};
}

/** The claims as lists of members ("a:sentence:2"), for saying which passages were grouped. */
function groupsOf(comparison: Comparison): string[][] {
	return comparison.claims.map((claim) => claim.members.map((member) => `${member.article}:${member.kind}:${member.index}`));
}

const analyse = (texts: Record<string, string>) => Object.entries(texts).map(([id, text]) => analyzeArticle({ id, path: `${id}.txt`, text }));

/** Three outlets on an invented ferry cut, each of three sentences; the third sentence of `a`, `c` and `d` tells one thing. */
const outlets = {
	a: 'The ferry company Brindle Lines cut 40 crossings to Osterby on Monday.\n\nThe harbour master Vella Korr said the quay at Osterby would reopen in March.\n\nGrain barges waited for three days near the northern breakwater.',
	b: 'Brindle Lines cut 40 ferry crossings to Osterby on Monday, the company said.\n\nThe quay at Osterby will reopen in March, harbour master Vella Korr said.\n\nFishing boats stayed in port as the gale blew.',
	c: 'On Monday the ferry firm Brindle Lines cut 42 crossings to Osterby.\n\nHarbour master Vella Korr said the Osterby quay would reopen in April.\n\nGrain barges waited for three days near the northern breakwater of Osterby.',
	d: 'Brindle Lines, the ferry firm, cut crossings to Osterby.\n\nVella Korr expects the quay to reopen in spring.\n\nSome grain barges waited near the breakwater.',
};

/**
 * Compares `before`, then `after` with the comparer kept, and checks the result is what a
 * comparison of `after` from scratch gives.
 *
 * @returns The comparisons of `before` and of `after`.
 */
function compareAfterEdit(before: ArticleAnalysis[], after: ArticleAnalysis[]): { first: Comparison; second: Comparison } {
	const comparer = new IncrementalComparer();
	const first = comparer.compare(combineAnalyses(before));
	const second = comparer.compare(combineAnalyses(after));
	assert.deepEqual(plain(second), plain(compareCorpus(combineAnalyses(after))));
	return { first, second };
}

suite('The editor grouping claims again after an edit', () => {
	test('an edit that cuts the passage a claim was joined through leaves the other two as a fresh grouping does, at their own score', () => {
		const before = analyse(outlets);
		const after = analyse({ ...outlets, c: outlets.c.replace(/\n\nGrain barges[^]*$/, '') });
		const { first, second } = compareAfterEdit(before, after);
		const grain = (comparison: Comparison) => comparison.claims.find((claim) => claim.members.some((member) => member.article === 'a' && member.index === 2))!;
		assert.deepEqual(
			grain(first).members.map((member) => member.article),
			['a', 'c', 'd'],
		);
		assert.deepEqual(
			grain(second).members.map((member) => member.article),
			['a', 'd'],
		);
	});

	test('an edit that makes a passage tell what a claim tells joins it to that claim, as a fresh grouping does', () => {
		const before = analyse(outlets);
		const after = analyse({ ...outlets, b: outlets.b.replace('Fishing boats stayed in port as the gale blew.', 'Grain barges waited for three days near the northern breakwater, the port said.') });
		const { first, second } = compareAfterEdit(before, after);
		assert.ok(!groupsOf(first).some((members) => members.includes('b:sentence:2') && members.includes('a:sentence:2')));
		assert.ok(groupsOf(second).some((members) => members.includes('b:sentence:2') && members.includes('a:sentence:2')));
	});

	test('an article added joins its passages to the claims, as a fresh grouping does', () => {
		const { a, b, c, d } = outlets;
		const before = analyse({ a, b, d });
		const after = analyse({ a, b, c, d });
		const { first, second } = compareAfterEdit(before, after);
		assert.equal(groupsOf(first).flat().filter((member) => member.startsWith('c:')).length, 0);
		assert.ok(groupsOf(second).some((members) => members.length > 1 && members.includes('c:sentence:0')));
	});

	test('a match that becomes an edge to a claim no edit touched joins that claim, as a fresh grouping does', () => {
		// Sentences a0 (article 0), b0 and b1 (article 1), c0 (article 2), in the folder's order.
		const place = [0, 1, 1, 2];
		const units = place.map((article, id) => ({ article: `p${article}`, kind: 'sentence', index: id, start: 0, end: 10, figures: [], entities: new Set<string>() }) as unknown as Unit);
		const table: UnitTable = { units, unitArticles: place, ranks: [0, 1, 2, 3], articleCount: () => 3 };
		const chosen: number[][] = [[1], [], [0, 3], []];
		const scores: Record<string, number> = { '0-1': 0.5, '0-2': 0.25, '2-3': 0.6 };
		const matches = new MatchTable();
		matches.trackChanges = true;
		chosen.forEach((others, id) => matches.noteChoices(id, others, others.map((other) => scores[`${Math.min(id, other)}-${Math.max(id, other)}`])));
		const input = (table: MatchTable) => ({ matches: table, unitsInOrder: [[0], [1, 2], [3]], threshold: 0.3, mutualThreshold: 0.22 });
		const grouping = new Regrouping();
		const first = grouping.group(table, input(matches), chosen, matches.takeChanged());
		// b1–a0 (0.25) is b1's best in article 0, not a0's best in article 1 (b0, 0.5): no edge yet.
		assert.deepEqual(first.claims.map((claim) => claim.members.map((member) => member.index)), [[0, 1], [2, 3]]);
		// a0's match with b0 goes: b1 becomes a0's best too, and the two are one claim's edge. b1 and c0 are not touched.
		matches.dropChoices(0, chosen);
		chosen[0] = [];
		const changed = matches.takeChanged();
		assert.ok(!changed.includes(2) && !changed.includes(3));
		const second = grouping.group(table, input(matches), chosen, changed);
		const fresh = groupClaims(table, input(inChoiceOrder(input(matches).unitsInOrder, chosen, matches, 4)));
		assert.deepEqual(second, fresh);
		assert.deepEqual(second.claims.map((claim) => claim.members.map((member) => member.index)), [[0, 2, 3], [1]]);
	});

	test('units searched again one after another, their matches moving in their partners’ lists, are grouped as a fresh grouping does each time', () => {
		// Units 0–7 in three articles (`eightUnits`); each round one unit's choices are made again.
		const { drawn, firstChoices, score, table, input, trackedMatches } = eight;
		fc.assert(
			fc.property(...drawn, (seeds, rounds) => {
				const chosen = firstChoices(seeds);
				const matches = trackedMatches(chosen);
				const grouping = new Regrouping();
				grouping.group(table, input(matches), chosen, matches.takeChanged());
				for (const { id, picked } of rounds) {
					matches.dropChoices(id, chosen);
					chosen[id] = picked;
					matches.noteChoices(id, picked, picked.map((other) => score(id, other)));
					const again = grouping.group(table, input(matches), chosen, matches.takeChanged());
					assert.deepEqual(again, groupClaims(table, input(inChoiceOrder(input(matches).unitsInOrder, chosen, matches, 8))));
				}
			}),
			{ seed: 21 },
		);
	});

	test('a near miss read again with the same passages, score and flags is the same object, which the draft cache finds where it left it', () => {
		// Sentences a0, a1 (article 0) and b0 (article 1): a0–b0 (0.2) and a1–b0 (0.15) below even the threshold of a mutual best.
		const place = [0, 0, 1];
		const units = place.map((article, id) => ({ article: `p${article}`, kind: 'sentence', index: id, start: 0, end: 10, figures: [], entities: new Set<string>() }) as unknown as Unit);
		const table: UnitTable = { units, unitArticles: place, ranks: [0, 1, 2], articleCount: () => 2 };
		const chosen: number[][] = [[2], [2], []];
		const matches = new MatchTable();
		matches.trackChanges = true;
		chosen.forEach((others, id) => matches.noteChoices(id, others, others.map(() => (id === 0 ? 0.2 : 0.15))));
		const input = { matches, unitsInOrder: [[0, 1], [2]], threshold: 0.3, mutualThreshold: 0.22 };
		const grouping = new Regrouping();
		const first = grouping.group(table, input, chosen, matches.takeChanged()).nearMisses;
		assert.deepEqual(first.map((nearMiss) => [nearMiss.a.index, nearMiss.b.index]), [[0, 2], [1, 2]]);
		// a1's search finds nothing now: b0's pairs are read again, a0–b0 unchanged.
		matches.dropChoices(1, chosen);
		chosen[1] = [];
		const second = grouping.group(table, input, chosen, matches.takeChanged()).nearMisses;
		assert.deepEqual(second, [first[0]]);
		assert.equal(second[0], first[0]);
	});

	test('the near misses come in the order of a fresh aligner’s table, reckoned from the choices alone', () => {
		// Units 0–9 in the folder's order, each choosing up to four others at scores by the pair.
		const choices = fc.array(fc.uniqueArray(fc.nat(9), { maxLength: 4 }), { minLength: 10, maxLength: 10 });
		fc.assert(
			fc.property(choices, fc.array(fc.nat(9), { maxLength: 10 }), (picks, noteOrder) => {
				const chosen = picks.map((others, id) => others.filter((other) => other !== id));
				const score = (x: number, y: number) => 0.2 + ((Math.min(x, y) * 7 + Math.max(x, y) * 3) % 10) / 20;
				// The table as an editor's aligner left it: choices noted in another order than the folder's.
				const table = new MatchTable();
				for (const id of [...new Set([...noteOrder, ...chosen.keys()])]) {
					table.noteChoices(
						id,
						chosen[id],
						chosen[id].map((other) => score(id, other)),
					);
				}
				const ranks = chosen.map((_, id) => id);
				const fresh: [number, number][] = [];
				inChoiceOrder([ranks], chosen, table, 10).forEach((id, list) => {
					for (let i = 0; i < list.length; i++) {
						if (id < list.ids[i]) {
							fresh.push([id, list.ids[i]]);
						}
					}
				});
				const order = new NearMissOrder(table, chosen, ranks);
				const reckoned = [...fresh].reverse().sort(([a1, b1], [a2, b2]) => order.listKey(a1) - order.listKey(a2) || order.pairKey(a1, b1) - order.pairKey(a2, b2));
				assert.deepEqual(reckoned, fresh);
			}),
			{ seed: 12 },
		);
	});
});
