import * as assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus } from '../../../src/core/analyze';
import { FolderNames } from '../../../src/core/compare/incremental/folderNames';
import { placePair, placesWrittenTogether } from '../../../src/core/compare/placesTogether';
import { entityKey } from '../../../src/core/compare/units';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('places the folder writes one inside the other', () => {
	const fire = (place: string) => `Warehouse Fire\n\nThe fire broke out at a timber warehouse in ${place} early on Sunday, the fire service said.`;
	const placing = (sentence: string) => `Warehouse Fire\n\nFirefighters raced to the scene. ${sentence}`;

	test('are read from a comma, or a division word and "in", "of" or "on", never from a list', () => {
		const pairsOf = (sentence: string) => {
			const corpus = analyzeCorpus([{ id: 'a1', path: 'a1.txt', text: placing(sentence) }]);
			const key = (name: string) => entityKey(corpus.entities.find((entity) => entity.name === name)!);
			return (a: string, b: string) => placesWrittenTogether(corpus).has(placePair(key(a), key(b)));
		};
		assert.equal(pairsOf('The warehouse stood in the Halden section of Tarnford, near the river.')('Halden', 'Tarnford'), true);
		assert.equal(pairsOf('Crews came from as far as Halden, Tarnford, by the coast road.')('Halden', 'Tarnford'), true);
		assert.equal(pairsOf('Crews came from Halden, Tarnford and Vell to help.')('Halden', 'Tarnford'), false);
		assert.equal(pairsOf('Crews came from Halden and from Tarnford to help.')('Halden', 'Tarnford'), false);
	});

	test('are no swap of place; two places the folder never writes so still are', async () => {
		const nested = await compareTexts(fire('Halden'), fire('Tarnford'), fire('Tarnford'), placing('The warehouse stood in the Halden section of Tarnford, near the river.'));
		assert.deepEqual(naming(listed(nested, 'entity'), 'Halden'), [], show(nested));
		const apart = await compareTexts(fire('Halden'), fire('Tarnford'), fire('Tarnford'), placing('The warehouse stood near the river, a mile from the old mill.'));
		assert.equal(naming(listed(apart, 'entity'), 'Halden').length, 1, show(apart));
	});

	test('are read again for the article an edit changed, the unchanged articles\' pairs kept', () => {
		const names = new FolderNames();
		const article = (id: string, sentence: string) => analyzeArticle({ id, path: `${id}.txt`, text: placing(sentence) });
		const other = article('a1', 'The warehouse stood in the Orla district of Vessa, near the river.');
		const pairs = (sentence: string) => {
			const corpus = names.combine([other, article('a2', sentence)]);
			const key = (name: string) => entityKey(corpus.entities.find((entity) => entity.name === name)!);
			const together = placesWrittenTogether(corpus);
			return [placePair(key('Orla'), key('Vessa')), placePair(key('Halden'), key('Tarnford'))].map((pair) => together.has(pair));
		};
		assert.deepEqual(pairs('Crews came from Halden and from Tarnford to help.'), [true, false]);
		assert.deepEqual(pairs('Crews came from Halden, Tarnford, by the coast road.'), [true, true]);
		assert.deepEqual(pairs('Crews came from Halden and from Tarnford to help.'), [true, false]);
	});
});

