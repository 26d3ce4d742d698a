import type { CorpusAnalysis } from '../types';

/**
 * The year a folder's story happens in: the year most of its articles are dated, or, when few say,
 * the year of most of its full dates ("July 2, 2031", "2031-07-02"). A figure whose sentence is
 * dated to an earlier year tells background (`figureJudging.ts`). `undefined` when the folder
 * gives no year twice.
 */
export function storyYear(corpus: CorpusAnalysis): number | undefined {
	// Keyed by the articles: the editor's draft cache hands each finder a corpus of its own over the same ones.
	const known = years.get(corpus.articles);
	if (known !== undefined || years.has(corpus.articles)) {
		return known;
	}
	const counts = new Map<number, number>();
	const count = (year: number) => counts.set(year, (counts.get(year) ?? 0) + 1);
	for (const { parsed, figures } of corpus.articles) {
		const dated = parsed.article.meta.date?.slice(0, 4);
		if (dated) {
			count(Number(dated));
			continue;
		}
		// The article's first full date, a stamp or a dateline as often as not.
		const full = figures.find((figure) => figure.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(figure.iso ?? ''));
		if (full) {
			count(Number(full.iso!.slice(0, 4)));
		}
	}
	const [year, times] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [undefined, 0];
	const found = times >= 2 ? year : undefined;
	years.set(corpus.articles, found);
	return found;
}

const years = new WeakMap<CorpusAnalysis['articles'], number | undefined>();
