import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../src/core/analyze';
import { Aligner } from '../../../src/core/compare/aligner';
import { alignCorpus } from '../../../src/core/compare/compare';
import { SwapFinder } from '../../../src/core/compare/discrepancies/swaps';
import type { Unit } from '../../../src/core/compare/units';

const common = 'The harbour treaty was signed in Port Halden on Tuesday by the ministers of both coasts, officials said.';
const odd = 'The harbour treaty was signed in Vessingrad on Tuesday by the ministers of both coasts, officials said.';

/** The two articles' passages that name where the treaty was signed, with the finder's context. */
function treatyPassages() {
	const corpus = analyzeCorpus([common, odd].map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
	const context = alignCorpus(corpus, new Aligner());
	const claim = context.claims.find((candidate) => candidate.members.length === 2)!;
	const [first, second] = claim.members.map((member) => context.unitOf(member));
	return { context, first, second };
}

suite('the name-swap finder remembers a passage by its words and names', () => {
	test('a passage sharing another passage\'s words but naming other identities is read again', () => {
		const { context, first, second } = treatyPassages();
		const placeKey = first.names.find((name) => !second.entities.has(name.key))!.key;
		const oddKey = second.names.find((name) => !first.entities.has(name.key))!.key;
		const finder = new SwapFinder(context);
		const swapped = (units: Unit[]) => [...finder.findSwaps(units).values()].map((swap) => swap.sides.map((side) => side.key).sort());
		assert.deepEqual(swapped([first, second]), [[placeKey, oddKey].sort()]);
		// The odd passage's words with its place read as the common passage's place: the same words
		// (as a copy shares them) with other names, so nothing is swapped.
		const relabelled: Unit = { ...second, names: second.names.map((name) => (name.key === oddKey ? { ...name, key: placeKey } : name)), entities: new Set([...second.entities].map((key) => (key === oddKey ? placeKey : key))) };
		assert.equal(relabelled.tokens, second.tokens);
		assert.deepEqual(swapped([first, relabelled]), []);
	});
});
