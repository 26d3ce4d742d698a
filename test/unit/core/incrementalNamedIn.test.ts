import * as assert from 'node:assert/strict';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { Aligner } from '../../../src/core/compare/aligner';
import { alignCorpus } from '../../../src/core/compare/compare';
import { namedIn } from '../../../src/core/compare/incremental/judging';
import { placesWrittenTogether } from '../../../src/core/compare/placesTogether';

suite('A claim judged alone (incremental namedIn)', () => {
	test('reads the places the whole folder writes one inside the other, though its identities are cut to those the claim names', () => {
		// One article places a town in its county; the claim judged is about a ferry's passengers and names neither.
		const text = (outlet: string, count: number) =>
			`Outlet: ${outlet}\n\nThe ferry carried ${count} passengers across the strait on Monday, Marit Quell said.\n\nThe storm hit Brennick, Vessmark County late on Sunday.`;
		const articles = [analyzeArticle({ id: 'a', path: 'a.txt', text: text('Quay Post', 212) }), analyzeArticle({ id: 'b', path: 'b.txt', text: text('Harbour Daily', 221) })];
		const context = alignCorpus(combineAnalyses(articles), new Aligner());
		const folder = placesWrittenTogether(context.corpus);
		assert.equal(folder.size > 0, true, 'the folder writes a place inside another');
		const claim = context.claims.find((candidate) => candidate.members.length === 2 && candidate.members.every((member) => context.unitOf(member).figures.length > 0));
		assert.notEqual(claim, undefined, 'the two ferry sentences are one claim');
		const alone = namedIn(context)(claim!.members.map((member) => context.unitOf(member)));
		assert.equal(alone.corpus.entities.length < context.corpus.entities.length, true, 'the identities are cut to the claim\'s');
		assert.deepEqual([...placesWrittenTogether(alone.corpus)].sort(), [...folder].sort());
	});
});
