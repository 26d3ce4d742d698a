import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { MatchTable } from '../../../src/core/compare/alignment/matchTable';
import { collectNameEvidence } from '../../../src/core/entities/collectNameEvidence';
import { parseArticle } from '../../../src/core/parse';

/**
 * Two shortcuts of the whole report that must not change what it finds: a verbatim copy's name
 * evidence is counted from its original's parse, and a fresh matching fills room made ahead.
 */

/** A match table's lists as plain data, in the order it visits them. */
function listsOf(table: MatchTable): [number, number[], number[]][] {
	const lists: [number, number[], number[]][] = [];
	table.forEach((id, list) => lists.push([id, [...list.ids.subarray(0, list.length)], [...list.scores.subarray(0, list.length)]]));
	return lists;
}

suite('copies counted once, matches noted in room made ahead', () => {
	test('a verbatim copy sharing its original\'s parse counts as much name evidence as a copy parsed again', () => {
		const wire = 'Coach Edda Morvel praised the Kestrel Rowers. Morvel said the KRA would meet on Monday.\n\nThe rowers of Kestrel thanked Morvel.\n';
		const local = 'Edda Morvel leads the Kestrel Rowers. The Rowers train at dawn near Tarnby.\n';
		const original = parseArticle({ id: 'a', path: 'a.txt', text: wire });
		const other = parseArticle({ id: 'b', path: 'b.txt', text: local });
		// As `verbatimCopies.ts` gives a copy: the same paragraph list, another article.
		const copy = { ...original, article: { ...original.article, id: 'c', path: 'c.txt' } };
		const parsedAgain = parseArticle({ id: 'c', path: 'c.txt', text: wire });
		assert.equal(copy.paragraphs, original.paragraphs);
		assert.notEqual(parsedAgain.paragraphs, original.paragraphs);
		const shared = collectNameEvidence([original, other, copy, copy]);
		const separate = collectNameEvidence([original, other, parsedAgain, parseArticle({ id: 'd', path: 'd.txt', text: wire })]);
		assert.deepEqual([...shared.votes], [...separate.votes]);
		assert.deepEqual([...shared.cases], [...separate.cases]);
		assert.deepEqual([...shared.names], [...separate.names]);
		assert.equal(shared.votes.get('morvel')?.person, separate.votes.get('morvel')?.person);
	});

	test('choices noted in room reserved ahead give the lists, scores and order of lists grown one match at a time', () => {
		const choices = fc.array(fc.array(fc.nat(15), { maxLength: 6 }).map((ids) => [...new Set(ids)]), { minLength: 16, maxLength: 16 });
		fc.assert(
			fc.property(choices, (chosenByUnit) => {
				const found = chosenByUnit.map((chosen, id) => ({ chosen: chosen.filter((other) => other !== id), scores: chosen.filter((other) => other !== id).map((other) => 0.2 + ((id * 7 + other) % 10) / 20) }));
				const grown = new MatchTable();
				const reserved = new MatchTable();
				const capacities = new Int32Array(found.length);
				found.forEach(({ chosen }, id) => {
					capacities[id] += chosen.length;
					chosen.forEach((other) => capacities[other]++);
				});
				reserved.reserve(capacities);
				found.forEach(({ chosen, scores }, id) => {
					grown.noteChoices(id, chosen, scores);
					reserved.noteChoices(id, chosen, scores);
				});
				grown.trim();
				reserved.trim();
				assert.deepEqual(listsOf(reserved), listsOf(grown));
				// Noted again after the matching (an editor's later edit), a list grows out of its shared room.
				grown.note(0, 15, 0.5);
				reserved.note(0, 15, 0.5);
				assert.deepEqual(listsOf(reserved), listsOf(grown));
			}),
		);
	});
});
