import { analyzeArticleSafely } from '../core/analyze';
import type { ArticleAnalysis, InputWarning } from '../core/types';
import type { ArticleInput } from './protocol';

/** One article's own analysis, or why it was left out, kept while its text, id, path and time limit stay the same. */
interface Kept {
	id: string;
	path: string;
	text: string;
	timeLimitMs: number | undefined;
	outcome: { analysis: ArticleAnalysis } | { warning: InputWarning };
}

/** An article as a comparison takes it: its analysis, or the warning that leaves it out. */
export type AnalysedArticle = { id: string; uri: string; path: string; text: string } & ({ analysis: ArticleAnalysis } | { warning: InputWarning });

/**
 * Each article's own analysis, by URI, so that a new comparison analyses only what changed. The
 * analysis runs under `crossread.analysis.timeLimit` (ms per MB of text, as on the command line
 * and in the extension host): an article that runs past it, or fails, is left out with a warning
 * naming it. That outcome is kept too: a folder with one pathological article does not spend the
 * limit on it again at every keystroke in another article, only when its text or the limit changes.
 */
export class ArticleAnalyses {
	private readonly kept = new Map<string, Kept>();

	/**
	 * The article's analysis or warning, analysed now unless kept.
	 *
	 * @param timeLimitMs Per MB of text; `undefined` is the core's default (5 s).
	 * @returns The outcome, and whether it was analysed now.
	 */
	analyse(article: ArticleInput, id: string, timeLimitMs: number | undefined): { article: AnalysedArticle; fresh: boolean } {
		const { uri, path, text } = article;
		let kept = this.kept.get(uri);
		const fresh = !kept || kept.text !== text || kept.id !== id || kept.path !== path || kept.timeLimitMs !== timeLimitMs;
		if (fresh || !kept) {
			kept = { id, path, text, timeLimitMs, outcome: analyzeArticleSafely({ id, path, text, encoding: article.encoding }, { timeLimitMs }) };
			this.kept.set(uri, kept);
		}
		return { article: { id, uri, path, text, ...kept.outcome }, fresh };
	}

	/** Forgets the articles no longer in the folder. */
	keepOnly(uris: ReadonlySet<string>): void {
		for (const uri of this.kept.keys()) {
			if (!uris.has(uri)) {
				this.kept.delete(uri);
			}
		}
	}
}
