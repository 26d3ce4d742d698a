import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../src/core/analyze';
import { compareCorpus } from '../../../src/core/compare/compare';

/** Compares texts as the articles of one folder (`a1.txt`, `a2.txt`, …). */
function compareTexts(...texts: string[]) {
	const corpus = analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text })));
	return { corpus, comparison: compareCorpus(corpus) };
}

const common = 'The harbour treaty was signed in Port Halden on Tuesday by the ministers of both coasts, officials said.';
const odd = 'The harbour treaty was signed in Vessingrad on Tuesday by the ministers of both coasts, officials said.';

suite('republished copies (speed-ups that remember what one pair of passages gave)', () => {
	test('copies of the odd article, each at its own offset, are each named at their own place', () => {
		const texts = [common, `Port news.\n\n${common}`, `Harbour desk, morning edition.\n\n${common}`, `Wire copy, republished in full.\n\n${odd}`, `A${' '.repeat(40)}short line.\n\n${odd}`];
		const { comparison } = compareTexts(...texts);
		const swap = comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'entity' && discrepancy.summary.includes('Vessingrad'));
		assert.ok(swap, comparison.discrepancies.map((discrepancy) => discrepancy.summary).join('\n'));
		const oddMentions = swap.mentions.filter((mention) => mention.odd);
		assert.deepEqual(oddMentions.map((mention) => mention.article).sort(), ['a4', 'a5']);
		for (const mention of swap.mentions) {
			const text = texts[Number(mention.article.slice(1)) - 1];
			assert.equal(text.slice(mention.start, mention.end), mention.text);
		}
		assert.ok(oddMentions.every((mention) => mention.text === 'Vessingrad'));
	});

	test('a folder of copies finds what one copy of each article finds, named once per copy', () => {
		const once = compareTexts(common, odd).comparison.discrepancies.filter((discrepancy) => discrepancy.kind === 'entity');
		const thrice = compareTexts(common, odd, common, odd, common, odd).comparison.discrepancies.filter((discrepancy) => discrepancy.kind === 'entity');
		assert.equal(thrice.length, once.length, thrice.map((discrepancy) => discrepancy.summary).join('\n'));
		assert.ok(thrice.every((discrepancy) => discrepancy.mentions.length === 6), thrice.map((discrepancy) => discrepancy.mentions.length).join());
	});
});
