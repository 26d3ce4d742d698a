import type { ArticleAnalysis } from '../types';
import type { ResolvedMention, Unit } from './units';

/** The units built for one reading of a parse, and the findings they were built from. */
interface Built {
	text: string;
	figures: ArticleAnalysis['figures'];
	quotes: ArticleAnalysis['quotes'];
	units: Unit[];
}

/**
 * The units of verbatim copies, built once. Files of one wire story share their parse (see
 * `verbatimCopies.ts`): when their names stand at the same places with the same identities and
 * their quotes have the same speakers, their units differ only by the article they belong to.
 * A copy's units are the first file's, each a unit object of its own with the copy's id; their
 * words, features and names are shared (nothing changes them once built), which is most of
 * what a folder of copies would otherwise hold ten times.
 */
export class UnitsOfCopies {
	/** By the parse's sentence list (one object for every copy of a text), then by names and speakers. */
	private readonly built = new Map<ArticleAnalysis['parsed']['sentences'], Map<string, Built>>();

	/**
	 * An article's units: a copy of those of an earlier article of the same parse, names and
	 * speakers, else built by `build`.
	 *
	 * @param analysis The article.
	 * @param names Its resolved names.
	 * @param speakers Its quotes' speaker identities, joined.
	 * @param build Builds its units.
	 */
	units(analysis: ArticleAnalysis, names: readonly ResolvedMention[], speakers: string, build: () => Unit[]): Unit[] {
		const { sentences, article } = analysis.parsed;
		let byReading = this.built.get(sentences);
		if (!byReading) {
			byReading = new Map();
			this.built.set(sentences, byReading);
		}
		const reading = `${names.map((name) => `${name.start}:${name.end}:${name.key}`).join(',')}|${speakers}`;
		const first = byReading.get(reading);
		// The same parse, and the same findings in it (an editor may pair a parse with findings of its own).
		if (!first || first.text !== analysis.parsed.text || first.figures !== analysis.figures || first.quotes !== analysis.quotes) {
			const units = build();
			byReading.set(reading, { text: analysis.parsed.text, figures: analysis.figures, quotes: analysis.quotes, units });
			return units;
		}
		return first.units.map((unit) => ({ ...unit, article: article.id }));
	}
}
