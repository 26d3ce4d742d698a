import * as assert from 'node:assert/strict';
import { analyzeCorpus } from '../../../src/core/analyze';
import { articlesNaming } from '../../../src/core/compare/articlesNaming';
import { articleMentions, mentionsByArticle, resolveMentions } from '../../../src/core/compare/namedMentions';

suite("An article's names, read from one index", () => {
	const corpus = analyzeCorpus([
		{ id: 'a1', path: 'a1.txt', text: 'Harbour Vote\n\nAda Lenz won the vote in Tarnford on Sunday, and Ivo Marr conceded in Tarnford an hour later.' },
		{ id: 'a2', path: 'a2.txt', text: 'Harbour Vote\n\nIvo Marr conceded on Sunday night. Ada Lenz thanked the voters of Tarnford.' },
	]);
	const names = (article: string) => articleMentions(corpus.entities).get(article)!.map(({ mention }) => mention.text);

	test("are each article's mentions in text order, whatever identity each names", () => {
		assert.deepEqual(names('a1'), ['Ada Lenz', 'Tarnford', 'Ivo Marr', 'Tarnford']);
		assert.deepEqual(names('a2'), ['Ivo Marr', 'Ada Lenz', 'Tarnford']);
	});

	test('are made once per list of identities', () => {
		assert.equal(articleMentions(corpus.entities), articleMentions(corpus.entities));
	});

	test("give the aligner each name's place and identity, and the finders the names of the kind they read", () => {
		const resolved = resolveMentions(corpus.entities).get('a2')!;
		assert.deepEqual(
			resolved.map(({ key }) => key),
			['ivo marr', 'ada lenz', 'tarnford'],
		);
		assert.deepEqual(
			resolved.map(({ start, end }) => corpus.articles[1].parsed.article.text.slice(start, end)),
			['Ivo Marr', 'Ada Lenz', 'Tarnford'],
		);
		const people = mentionsByArticle(corpus, (entity) => entity.type === 'person');
		assert.deepEqual(
			people.get('a1')!.map(({ mention }) => mention.text),
			['Ada Lenz', 'Ivo Marr'],
		);
	});
});

suite('How many articles name an identity', () => {
	test('counts articles, not mentions', () => {
		const mention = (article: string, start: number) => ({ article, start, end: start + 4, text: 'Marr' });
		const marr = { id: 'ivo-marr', name: 'Ivo Marr', type: 'person' as const, forms: ['Ivo Marr', 'Marr'], mentions: [mention('a1', 0), mention('a1', 40), mention('a2', 7)] };
		assert.equal(articlesNaming(marr), 2);
		assert.equal(articlesNaming({ ...marr, mentions: [mention('a3', 0)] }), 1);
	});
});
