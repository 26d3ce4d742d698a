import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MatchTable } from '../../../src/core/compare/alignment/matchTable';
import { nearMissBefore, nearMissChanges } from '../../../src/core/compare/alignment/nearMissChanges';
import { Regrouping } from '../../../src/core/compare/alignment/regrouping';
import type { NearMiss } from '../../../src/core/compare/alignment/types';
import { drawn, firstChoices, input, score, table, trackedMatches } from '../helpers/eightUnits';


suite('The near misses a regrouping reports as come, gone and moved', () => {
	test('are the difference between its list before and after, and the places it notes order the new list', () => {
		fc.assert(
			fc.property(...drawn, (seeds, rounds) => {
				const chosen = firstChoices(seeds);
				const matches = trackedMatches(chosen);
				const grouping = new Regrouping();
				let before: NearMiss[] = [...grouping.group(table, input(matches), chosen, matches.takeChanged()).nearMisses];
				let serial = nearMissChanges(grouping.group(table, input(matches), chosen, []).nearMisses)!.serial;
				for (const { id, picked } of rounds) {
					matches.dropChoices(id, chosen);
					chosen[id] = picked;
					matches.noteChoices(id, picked, picked.map((other) => score(id, other)));
					const after = grouping.group(table, input(matches), chosen, matches.takeChanged()).nearMisses;
					const changes = nearMissChanges(after)!;
					// The same number: the same list (nothing to report); else the changes lead from the list before.
					const unchanged = changes.serial === serial;
					assert.ok(unchanged || changes.since === serial);
					const came = unchanged ? [] : changes.came;
					const moved = unchanged ? [] : changes.moved;
					assert.deepEqual(new Set(came), new Set(after.filter((nearMiss) => !before.includes(nearMiss))));
					assert.deepEqual(new Set(unchanged ? [] : changes.went), new Set(before.filter((nearMiss) => !after.includes(nearMiss))));
					serial = changes.serial;
					// Each near miss after the one before it, by the places noted (those of the unchanged ones too).
					for (let i = 1; i < after.length; i++) {
						assert.ok(nearMissBefore(after[i - 1], after[i]) < 0);
					}
					// A near miss kept whose neighbours' order against it changed is reported as moved.
					const kept = after.filter((nearMiss) => before.includes(nearMiss));
					const reported = new Set([...came, ...moved]);
					const stayed = kept.filter((nearMiss) => !reported.has(nearMiss));
					assert.deepEqual(stayed, before.filter((nearMiss) => stayed.includes(nearMiss)));
					before = [...after];
				}
			}),
			{ seed: 22, numRuns: 200 },
		);
	});

	test('a grouping that changes nothing keeps the list and its number', () => {
		const chosen: number[][] = [[2], [5], [], [6], [], [], [], []];
		const matches = new MatchTable();
		matches.trackChanges = true;
		chosen.forEach((picked, id) => matches.noteChoices(id, picked, picked.map((other) => score(id, other))));
		const grouping = new Regrouping();
		const first = grouping.group(table, input(matches), chosen, matches.takeChanged()).nearMisses;
		const second = grouping.group(table, input(matches), chosen, matches.takeChanged()).nearMisses;
		assert.equal(second, first);
		assert.equal(nearMissChanges(second)!.serial, nearMissChanges(first)!.serial);
	});
});
