import type { CorpusAnalysis, Discrepancy } from '../core/types';
import { type ArticleDirectory, outletOf } from './articleDirectory';
import { fold } from './ignoreFile';
import { inertMarkdown } from './markdownText';
import type { TreeNode } from './treeNode';
import { countOf } from './plural';

/**
 * Builds the Sources tree: one row per article (outlet, date, and how many quotes, figures and
 * discrepancies it has), then one row per file that was skipped and why. An outlet whose
 * differences the reader ignores (`.crossread.json` `ignore.outlets`) says so and offers Stop
 * Ignoring (`ignoredSource`) where the others offer Ignore (`source`).
 *
 * @param corpus The folder's analysis (its warnings name the skipped files).
 * @param discrepancies The discrepancies listed (`selectShown`); an article counts those where it is the odd one out.
 * @param directory Outlet names of the articles.
 * @param ignoredOutlets The ignore list's `outlets`: outlet names or article ids (default: none).
 * @returns The tree's rows, in folder order.
 */
export function buildSourceTree(corpus: CorpusAnalysis, discrepancies: readonly Discrepancy[], directory: ArticleDirectory, ignoredOutlets: readonly string[] = []): TreeNode[] {
	const ignored = new Set(ignoredOutlets.map(fold));
	const articles = corpus.articles.map(({ parsed: { article }, quotes, figures }): TreeNode => {
		const outletIgnored = ignored.has(fold(article.meta.outlet)) || ignored.has(fold(article.id));
		const speech = quotes.filter((quote) => quote.kind === 'speech').length;
		const differing = discrepancies.filter((discrepancy) => discrepancy.mentions.some((mention) => mention.article === article.id && mention.odd)).length;
		const counts = [countOf(speech, 'quote'), countOf(figures.length, 'figure'), countOf(differing, 'discrepancy', 'discrepancies')];
		const tooltip = [
			`**${inertMarkdown(outletOf(directory, article.id))}**${article.meta.date ? ` · ${inertMarkdown(article.meta.date)}` : ''}`,
			...(article.meta.title ? ['', `*${inertMarkdown(article.meta.title)}*`] : []),
			...(article.meta.byline ? ['', `by ${inertMarkdown(article.meta.byline)}`] : []),
			'',
			`${inertMarkdown(article.path)} (${article.encoding})`,
			'',
			counts.join(' · '),
			...(outletIgnored ? ['', "*Ignored: .crossread.json ignores this outlet's differences.*"] : []),
		];
		return {
			id: `source:${article.id}`,
			label: outletOf(directory, article.id),
			description: [...(article.meta.date ? [article.meta.date] : []), ...counts, ...(outletIgnored ? ['differences ignored'] : [])].join(' · '),
			tooltip: tooltip.join('\n'),
			icon: { media: 'news-article' },
			contextValue: outletIgnored ? 'ignoredSource' : 'source',
			article: article.id,
			children: [],
		};
	});
	const skipped = corpus.warnings.map(
		(warning): TreeNode => ({
			id: `warning:${warning.path}`,
			label: warning.path.split(/[\\/]/).pop() ?? warning.path,
			description: warning.message,
			tooltip: `${inertMarkdown(warning.path)}: ${inertMarkdown(warning.message)}`,
			icon: { codicon: 'warning', color: 'list.warningForeground' },
			contextValue: 'skippedFile',
			children: [],
		}),
	);
	return [...articles, ...skipped];
}
