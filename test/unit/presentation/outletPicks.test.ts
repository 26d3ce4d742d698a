import * as assert from 'node:assert/strict';
import { comparePassageAt } from '../../../src/core/compare/lookup';
import { outletPicks } from '../../../src/presentation/outletPicks';
import { analyseSources, offsetOf } from './analysed';

suite('Compare Passage picks', () => {
	test('an outlet that words the passage otherwise opens with its differing words to mark; one that agrees with none', () => {
		const sources = analyseSources([
			{ id: 'north', path: 'north.txt', text: 'The ferry board said, "We must raise the fares before the winter season starts."\n' },
			{ id: 'south', path: 'south.txt', text: 'The ferry board said, "We should raise the fares before the winter season starts."\n' },
			{ id: 'west', path: 'west.txt', text: 'The ferry board said, "We must raise the fares before the winter season starts."\n' },
		]);
		const offset = offsetOf(sources, 'north', 'must raise') + 1;
		const comparison = comparePassageAt(sources.comparison, 'north', offset, sources.articleIds);
		assert.ok(comparison);
		const picks = outletPicks(comparison, sources.directory, offset);
		const wordsOf = (article: string) => {
			const target = picks.find((pick) => pick.target.article === article)!.target;
			return (target.words ?? []).map((word) => sources.directory.get(article)!.text.slice(word.start, word.end));
		};
		assert.deepEqual(wordsOf('south'), ['should']);
		assert.deepEqual(wordsOf('west'), []);
	});
});
