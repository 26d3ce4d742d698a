import type { ArticleAnalysis, Figure } from '../../types';
import type { Aligner, NearMiss } from '../aligner';
import { bandOf } from '../alignment/bands';
import type { Unit } from '../units';

/**
 * What one judgement of a claim or near miss read besides its passages, with the values it saw:
 * the similarities of pairs of passages (`Aligner.similarity`), the scores it was given (a
 * claim's members', a near miss's) and a near miss's flags. While each still holds, the
 * judgement is kept.
 */
export interface Reads {
	/** The pairs whose similarity was read, two units each (a₀, b₀, a₁, b₁, …), each pair once. */
	pairs: Unit[];
	/** The similarity of each pair when read. */
	values: number[];
	/**
	 * The pairs whose similarity was compared with thresholds only (`Aligner.similarityBand`), two
	 * units each, with the thresholds and the band each fell in: such a read holds while the
	 * similarity stays in its band.
	 */
	bandPairs: Unit[];
	thresholds: (readonly number[])[];
	bands: number[];
	/** The scores read, in order (a claim's members', or a near miss's one), as they were; undefined when none was read. */
	scores?: number[];
	/** A near miss's flags read, as they were ("best=true|mutual=false"); '' when none was. */
	flags: string;
	/**
	 * The analyses of whole articles read (`CompareContext.analysisOf`), each once, with what of
	 * each was read (`AnalysisPart`, in `parts`): such a read holds while the article is not
	 * analysed again, or gives the same figures or quotes. "9 months" against "11 months" is told
	 * low when each side's article writes the other's value elsewhere; an edit of another sentence
	 * of one of those articles can change that.
	 */
	analyses: ArticleAnalysis[];
	parts: AnalysisPart[];
	/**
	 * The families of figures (kind and unit: "duration|month", "percent|%") of the passages
	 * judged: an article's figures are read to set them against those of the passages (each
	 * against a figure of its own family), so only those families of an article read must stay
	 * the same. Undefined: every family.
	 */
	families?: readonly string[];
	/**
	 * An article's figures asked whether one of them passes a test (`figures.some`: "does this
	 * article write, elsewhere, a figure that agrees with 11 months?"), with the test and the
	 * answer: such a read holds while the article's figures give the same answer.
	 */
	figureTests: FigureTest[];
}

/** One `figures.some` asked of an article's analysis, and its answer. */
export interface FigureTest {
	analysis: ArticleAnalysis;
	test: (figure: Figure, index: number, figures: Figure[]) => unknown;
	answer: boolean;
}

/** What of an article's analysis a finder read: its figures, its quotes, or anything else (the whole). */
export type AnalysisPart = 'figures' | 'quotes' | 'whole';

/** A near miss's flags (its score is read as one of the scores). */
export const nearMissFlags = ['best', 'echo', 'mutual', 'outbid'] as const;
export type NearMissFlag = (typeof nearMissFlags)[number];

/** The named flags of a near miss with their values ("best=true|mutual=false"). */
export function flagsOf(nearMiss: NearMiss, flags: readonly NearMissFlag[]): string {
	return flags.map((flag) => `${flag}=${String(nearMiss[flag])}`).join('|');
}

/** Similarities of passages, as `Aligner.similarity` gives them. */
export type Similarity = (a: Unit, b: Unit) => number;

/** Reads with nothing read yet. */
export function noReads(): Reads {
	return { pairs: [], values: [], bandPairs: [], thresholds: [], bands: [], flags: '', analyses: [], parts: [], figureTests: [] };
}

/**
 * An aligner that answers as the real one, with its own near misses, and its similarities from
 * `similarity`, noting each read (once per pair) in `reads`: a similarity's value
 * (`similarity`: it may reach a draft, "similarity 0.41" in a reason, a rank), or only its band
 * among some thresholds (`similarityBand`: the finder compared it with those alone). Every read
 * of a similarity goes through one of the two, so no finder can read one unnoted.
 */
export function watchedAligner(aligner: Aligner, nearMisses: NearMiss[], similarity: Similarity, reads: Reads): Aligner {
	const seen = new Map<Unit, Set<Unit>>();
	const watched = (a: Unit, b: Unit) => {
		const value = similarity(a, b);
		const known = seen.get(a) ?? seen.set(a, new Set()).get(a)!;
		if (!known.has(b)) {
			known.add(b);
			reads.pairs.push(a, b);
			reads.values.push(value);
		}
		return value;
	};
	const seenBands = new Map<Unit, Map<Unit, (readonly number[])[]>>();
	const watchedBand = (a: Unit, b: Unit, thresholds: readonly number[]) => {
		const band = bandOf(similarity(a, b), thresholds);
		const byB = seenBands.get(a) ?? seenBands.set(a, new Map()).get(a)!;
		const known = byB.get(b) ?? byB.set(b, []).get(b)!;
		if (!known.includes(thresholds)) {
			known.push(thresholds);
			reads.bandPairs.push(a, b);
			reads.thresholds.push(thresholds);
			reads.bands.push(band);
		}
		return band;
	};
	return Object.assign(Object.create(aligner) as Aligner, { nearMisses: () => nearMisses, similarity: watched, similarityBand: watchedBand });
}

/** What the aligner's last update changed, as a kept judgement is checked against it. */
export interface Update {
	/** The passages whose weighted features changed (`Aligner.changedUnits`). */
	changed: ReadonlySet<Unit>;
	/** The passages let go (`Aligner.goneUnits`). */
	gone: ReadonlySet<Unit>;
	/** The similarities now. */
	similarity: Similarity;
	/** Each article's analysis now. */
	analysisOf(article: string): ArticleAnalysis | undefined;
}

/**
 * Whether two analyses of an article give the same figures of some families, or the same quotes
 * (every field and the text each spans), as a finder reads them: "rose 14%" changed to "rose 15%"
 * leaves the article's quotes and durations as they were. Anything else read of an analysis
 * (`whole`) is another for another analysis.
 *
 * @param families The families of figures compared (undefined: all).
 */
function samePart(before: ArticleAnalysis, now: ArticleAnalysis, part: AnalysisPart, families: readonly string[] | undefined): boolean {
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
			quotes: () => (quotes ??= JSON.stringify(analysis.quotes.map((quote) => [quote, text.slice(quote.start, quote.end)]))),
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

/** A figure's family: its kind and unit ("percent|%"). */
export function figureFamily(figure: Pick<Figure, 'kind' | 'unit'>): string {
	return `${figure.kind}|${figure.unit ?? ''}`;
}

/**
 * Whether what a judgement read still holds: each similarity whose value it read the same now (a
 * similarity that moves in its last digit is another input to the finders), each similarity it
 * compared with thresholds in the same band, each score and flag the same. A similarity is computed
 * again only when one of its passages is among those whose weighted features changed in the last
 * update; the others are what they were at the last check. A pair with a passage let go since no
 * longer holds.
 *
 * Example: a judgement of the claim {ferry, quay, berth} that read the similarity of ferry and
 * quay alone still holds after an edit that changed the weights of berth's words only.
 *
 * @param scores The scores now, in the order read (a claim's members', a near miss's).
 * @param flags The flags now, as `flagsOf` gives them.
 */
export function stillHolds(reads: Reads, update: Update, scores: () => number[], flags: string): boolean {
	if (reads.flags !== flags) {
		return false;
	}
	for (let i = 0; i < reads.analyses.length; i++) {
		const analysis = reads.analyses[i];
		const now = update.analysisOf(analysis.parsed.article.id);
		if (now !== analysis && (now === undefined || !samePart(analysis, now, reads.parts[i], reads.families))) {
			return false;
		}
	}
	for (const { analysis, test, answer } of reads.figureTests) {
		const now = update.analysisOf(analysis.parsed.article.id);
		if (now !== analysis && (now === undefined || now.figures.some(test) !== answer)) {
			return false;
		}
	}
	const { pairs, values } = reads;
	const { changed, gone, similarity } = update;
	for (let i = 0; i < values.length; i++) {
		const a = pairs[2 * i];
		const b = pairs[2 * i + 1];
		// A passage read beside the claim's own (the sentence that holds a quote) may have been edited away.
		if (gone.has(a) || gone.has(b)) {
			return false;
		}
		if ((changed.has(a) || changed.has(b)) && similarity(a, b) !== values[i]) {
			return false;
		}
	}
	const { bandPairs, thresholds, bands } = reads;
	for (let i = 0; i < bands.length; i++) {
		const a = bandPairs[2 * i];
		const b = bandPairs[2 * i + 1];
		if (gone.has(a) || gone.has(b)) {
			return false;
		}
		if ((changed.has(a) || changed.has(b)) && bandOf(similarity(a, b), thresholds[i]) !== bands[i]) {
			return false;
		}
	}
	if (reads.scores) {
		const now = scores();
		if (now.length !== reads.scores.length || now.some((score, i) => score !== reads.scores![i])) {
			return false;
		}
	}
	return true;
}

/**
 * Kept judgements by the passages they read. After an edit only those that read a passage whose
 * weights changed, or one let go, need their reads checked (`stillHolds`); any other holds while
 * its passages, scores and flags are the same. A folder of 1,000 articles keeps hundreds of
 * thousands of judgements, and an edit changes the weights of a few passages: a judgement of the
 * near miss {ferry, quay} is not looked at when only berth's weights moved.
 */
export class ReadersIndex<T extends { reads: Reads }> {
	/** By passage, and by an article's analysis read whole (`Reads.analyses`). */
	private readonly readers = new WeakMap<Unit | ArticleAnalysis, T[]>();

	/** Notes a judgement under each passage and analysis it read: once, when the judgement is made (its reads never change). */
	note(record: T): void {
		for (const read of [record.reads.pairs, record.reads.bandPairs, record.reads.analyses, record.reads.figureTests.map((asked) => asked.analysis)]) {
			for (const unit of read) {
				const list = this.readers.get(unit);
				if (!list) {
					this.readers.set(unit, [record]);
				} else if (list[list.length - 1] !== record) {
					list.push(record);
				}
			}
		}
	}

	/**
	 * The judgements that read a passage of the update (changed or let go), or an analysis since
	 * replaced, among those `alive` says may still serve; the others are forgotten on the way.
	 *
	 * @param replaced The analyses of the articles analysed again since the last comparison, as they were.
	 */
	suspects(update: Pick<Update, 'changed' | 'gone'>, alive: (record: T) => boolean, replaced: readonly ArticleAnalysis[] = []): Set<T> {
		const found = new Set<T>();
		for (const units of [update.changed, update.gone, replaced]) {
			for (const unit of units) {
				const list = this.readers.get(unit);
				if (!list) {
					continue;
				}
				const live = list.filter(alive);
				if (live.length !== list.length) {
					this.readers.set(unit, live);
				}
				for (const record of live) {
					found.add(record);
				}
			}
		}
		return found;
	}
}
