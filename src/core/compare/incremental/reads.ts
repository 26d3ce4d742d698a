import type { ArticleAnalysis, Figure } from '../../types';
import { quotesOverlapping } from '../context';
import type { Aligner, NearMiss } from '../aligner';
import { bandOf } from '../alignment/bands';
import type { Unit } from '../units';
import { quotesKey, samePart } from './analysisParts';

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
	/**
	 * An article's quotes asked for those overlapping a span (`CompareContext.quotesIn`: "which
	 * quotes of this article overlap this sentence?"), with what they were (`quotesKey`): such a
	 * read holds while the article's quotes over the span are the same. An edit inside one quote of
	 * an article leaves the reads of its other sentences' quotes standing.
	 */
	quoteSpans: QuoteSpanRead[];
}

/** One `quotesIn` asked of an article's analysis, and the quotes it gave (`quotesKey`). */
export interface QuoteSpanRead {
	analysis: ArticleAnalysis;
	start: number;
	end: number;
	answer: string;
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
	return { pairs: [], values: [], bandPairs: [], thresholds: [], bands: [], flags: '', analyses: [], parts: [], figureTests: [], quoteSpans: [] };
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
	for (const { analysis, start, end, answer } of reads.quoteSpans) {
		const now = update.analysisOf(analysis.parsed.article.id);
		if (now !== analysis && (now === undefined || quotesKey(now, quotesOverlapping(now.quotes, start, end)) !== answer)) {
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
