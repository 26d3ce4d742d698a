import * as assert from 'node:assert/strict';
import { analyzeArticle, analyzeCorpus, combineAnalyses } from '../../../src/core/analyze';
import type { ArticleSource } from '../../../src/core/parse';

/**
 * `analyzeCorpus` leaves out the names each article would find with itself alone as evidence
 * (`combineAnalyses` finds them again with the whole folder): the folder it gives is the one the
 * long way gives, an article at a time, then grouped.
 */

const sources: ArticleSource[] = [
	{ id: 'a', path: 'a.txt', text: 'Brennvik opened the new pier on Tuesday.\n\n“It took nine years,” said Orla Brennvik, the harbour master of Kessel.\n' },
	{ id: 'b', path: 'b.txt', text: 'The harbour master Orla Brennvik opened the pier at Kessel.\n\nBrennvik said it took nine years and 40 million krona.\n' },
	// A verbatim copy of the first, as wire copy is republished.
	{ id: 'c', path: 'c.txt', text: 'Brennvik opened the new pier on Tuesday.\n\n“It took nine years,” said Orla Brennvik, the harbour master of Kessel.\n' },
	{ id: 'd', path: 'd.txt', text: 'KESSEL HARBOUR WEEKLY\n\nThe Kessel Port Board approved the pier; Brennvik thanked the board.\n' },
];

function summary(corpus: ReturnType<typeof combineAnalyses>) {
	return {
		articles: corpus.articles.map(({ parsed, quotes, figures, mentions }) => ({ id: parsed.article.id, quotes, figures, mentions })),
		entities: corpus.entities,
		warnings: corpus.warnings,
	};
}

suite('speed: the folder\'s names found once', () => {
	test('a folder analysed at once holds the quotes, figures, names and identities of its articles analysed one by one and grouped', () => {
		const longWay = combineAnalyses(sources.map((source) => analyzeArticle(source)));
		const atOnce = analyzeCorpus(sources);
		assert.deepEqual(summary(atOnce), summary(longWay));
		assert.ok(atOnce.articles.every(({ mentions }) => mentions.length > 0));
	});

	test('an article analysed alone still finds its own names', () => {
		const alone = analyzeArticle(sources[1]);
		assert.ok(alone.mentions.some((mention) => mention.text === 'Orla Brennvik'));
	});
});
