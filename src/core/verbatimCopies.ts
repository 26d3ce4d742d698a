import * as headerModule from './header';
import * as outletNameModule from './outletName';
import type { ArticleSource } from './parse';
import type { ArticleAnalysis } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { readHeader } = headerModule;
const { fallbackOutlet } = outletNameModule;

/** One analysed text, and (read when a second file carries it) the outlet its own header names. */
interface Original {
	analysis: ArticleAnalysis;
	headerOutlet?: string | null;
}

/**
 * The analyses of a folder's texts, so that a verbatim copy is not analysed again. Republished
 * wire copy is common: ten files carrying "Mira Tolsen, 41, was named coach on Monday." word for
 * word hold the same quotes, figures and names at the same offsets, since every finding of the
 * analysis depends on the text alone. What depends on the file is its id, its path, its encoding,
 * whether it is Markdown (by extension) and the outlet a header-less file is named after; those
 * are given to each copy as `parseArticle` would.
 */
export class VerbatimCopies {
	/** By text, then by the file's extension (which decides whether it is read as Markdown). */
	private readonly originals = new Map<string, Map<string, Original>>();

	/** The analysis of a file whose text was analysed before under the same extension, else undefined. */
	copyOf(source: ArticleSource): ArticleAnalysis | undefined {
		const original = this.originals.get(source.text)?.get(extensionOf(source.path));
		if (!original) {
			return undefined;
		}
		const { analysis } = original;
		const { article } = analysis.parsed;
		// As `parseArticle` names the outlet: the header's, else one from the file's name.
		original.headerOutlet ??= readHeader(article.text).meta.outlet ?? null;
		const outlet = original.headerOutlet ?? fallbackOutlet(source.path, article.meta.title, article.text.slice(article.bodyStart, article.bodyStart + 400));
		return {
			...analysis,
			parsed: {
				...analysis.parsed,
				article: { ...article, id: source.id, path: source.path, encoding: source.encoding ?? 'utf-8', meta: { ...article.meta, outlet } },
			},
		};
	}

	/** Remembers an analysis, for the copies of its text that follow. */
	add(source: ArticleSource, analysis: ArticleAnalysis): void {
		let byExtension = this.originals.get(source.text);
		if (!byExtension) {
			byExtension = new Map();
			this.originals.set(source.text, byExtension);
		}
		byExtension.set(extensionOf(source.path), { analysis });
	}
}

/** "notes/Brief.MD" → ".md"; "" when the file name has none. */
function extensionOf(path: string): string {
	return /\.[^./\\]*$/.exec(path)?.[0].toLowerCase() ?? '';
}
