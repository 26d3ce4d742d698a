import type { ArticleAnalysis, Figure, Quote } from '../../types';
import type { AnalysisPart } from './reads';

/**
 * Whether two analyses of an article give the same figures of some families, or the same quotes
 * (every field and the text each spans), as a finder reads them: "rose 14%" changed to "rose 15%"
 * leaves the article's quotes and durations as they were. Anything else read of an analysis
 * (`whole`) is another for another analysis.
 *
 * @param families The families of figures compared (undefined: all).
 */
export function samePart(before: ArticleAnalysis, now: ArticleAnalysis, part: AnalysisPart, families: readonly string[] | undefined): boolean {
	if (part === 'whole') {
		return false;
	}
	// Asked of many judgements after one edit (every near miss of the edited article's passages that read its figures), answered once per part.
	let answers = sameAnswers.get(before);
	if (answers?.now !== now) {
		answers = { now, quotes: undefined, figures: undefined, families: new Map() };
		sameAnswers.set(before, answers);
	}
	if (part === 'quotes') {
		return (answers.quotes ??= partsOf(before).quotes() === partsOf(now).quotes());
	}
	if (families === undefined) {
		const x = partsOf(before).figures();
		const y = partsOf(now).figures();
		return (answers.figures ??= x.size === y.size && [...x].every(([family, key]) => y.get(family) === key));
	}
	const byFamily = answers.families;
	return families.every((family) => {
		let same = byFamily.get(family);
		if (same === undefined) {
			same = partsOf(before).figures().get(family) === partsOf(now).figures().get(family);
			byFamily.set(family, same);
		}
		return same;
	});
}

/**
 * Per analysis replaced since, whether the analysis now gives the same part (`samePart`): its
 * quotes, every figure, or one family of figures. Two strings of equal text made apart are
 * compared character by character, and a family's string holds every figure of the family.
 */
const sameAnswers = new WeakMap<ArticleAnalysis, { now: ArticleAnalysis; quotes: boolean | undefined; figures: boolean | undefined; families: Map<string, boolean> }>();

/** An analysis' quotes as one string, and its figures as one string per family: every field and the text each spans, made when first asked. */
function partsOf(analysis: ArticleAnalysis): { quotes: () => string; figures: () => Map<string, string> } {
	let parts = analysisParts.get(analysis);
	if (!parts) {
		const { text } = analysis.parsed.article;
		let quotes: string | undefined;
		let figures: Map<string, string> | undefined;
		parts = {
			quotes: () => (quotes ??= quotesKey(analysis, analysis.quotes)),
			figures: () => {
				if (!figures) {
					const byFamily = new Map<string, unknown[]>();
					for (const figure of analysis.figures) {
						const family = figureFamily(figure);
						(byFamily.get(family) ?? byFamily.set(family, []).get(family)!).push([figure, text.slice(figure.start, figure.end)]);
					}
					figures = new Map([...byFamily].map(([family, list]) => [family, JSON.stringify(list)]));
				}
				return figures;
			},
		};
		analysisParts.set(analysis, parts);
	}
	return parts;
}

const analysisParts = new WeakMap<ArticleAnalysis, { quotes: () => string; figures: () => Map<string, string> }>();

/** Some quotes of an article as one string: every field and the text each spans. */
export function quotesKey(analysis: ArticleAnalysis, quotes: readonly Quote[]): string {
	const { text } = analysis.parsed.article;
	return JSON.stringify(quotes.map((quote) => [quote, text.slice(quote.start, quote.end)]));
}

/** A figure's family: its kind and unit ("percent|%"). */
export function figureFamily(figure: Pick<Figure, 'kind' | 'unit'>): string {
	return `${figure.kind}|${figure.unit ?? ''}`;
}
