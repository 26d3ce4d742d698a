import type { Figure } from '../../types';
import type { CompareContext, DiscrepancyDraft } from '../context';
import { listOutlets, mentionOf } from '../context';
import { boundsAgree, frameOf, framesAgree, type FigureFrame } from '../figureFrame';
import { figureRules } from '../rules/figures';
import type { Unit } from '../units';
import { addTo } from './addTo';
import { outcomes } from '../../text/lexicon/outcomes';
import { scaleNames } from '../../figures/units';

/**
 * Finds a headline that gives the story's toll otherwise than the reports: "Ferry sinking off
 * Tarn kills 14" over first sentences, its own and the other outlets', that say 12 were killed. The
 * aligner compares a headline with headlines only (a headline sums up the story and seldom shares
 * a sentence's words), but a count of the dead, the hurt or the missing (`figureFrame/outcome.ts`)
 * is one quantity wherever it stands. A reader who sees only the headline is told another toll.
 *
 * Only against a count that the first sentences (`figureRules.headlineCounts.ledeSentences`) of
 * `agreed` articles or more give exactly, with the same outcome, when no first sentence gives the
 * headline's count (or, when no first sentence gives any such count, the headlines of `agreed`
 * other articles): a headline's bound ("more than 10 dead") takes any count it allows; a reported
 * bound ("at least three") neither bears the headline out nor counts against it; a count told as
 * background ("a ferry sank there in 2019, killing 12"), as a part ("three of them children") or
 * on top of another ("two more died") is none of the story's toll.
 *
 * @param context The comparison.
 * @returns One draft per headline whose count differs.
 */
export function findHeadlineCounts(context: CompareContext): DiscrepancyDraft[] {
	const { agreed, ledeSentences } = figureRules.headlineCounts;
	const headlines: Counted[] = [];
	const reported = new Map<string, Counted[]>();
	for (const article of context.articleIds) {
		const units = firstUnits(context, article, ledeSentences);
		for (const unit of units) {
			for (const counted of tolls(context, unit)) {
				if (unit.kind === 'headline') {
					headlines.push(counted);
				} else {
					addTo(reported, counted.outcome, counted);
				}
			}
		}
	}
	const drafts: DiscrepancyDraft[] = [];
	for (const headline of headlines) {
		const reportedCounts = (reported.get(headline.outcome) ?? []).filter((count) => sameThing(count, headline));
		// Where no first sentence gives the toll, the other outlets' headlines are what the reader meets:
		// "Ferry fire off Vell kills 12" and "Twelve killed as ferry burns" over "At least 14 dead in ferry blaze".
		const fromHeadlines = reportedCounts.length === 0;
		const counts = fromHeadlines ? headlines.filter((other) => other.unit.article !== headline.unit.article && other.outcome === headline.outcome && sameThing(other, headline)) : reportedCounts;
		if (counts.some((count) => bearsOut(count, headline))) {
			continue;
		}
		// The count the most articles give exactly; one the headline's bound allows is none against it.
		const majority = mostGiven(counts.filter((count) => count.frame.bound === undefined));
		if (majority && new Set(majority.map((count) => count.unit.article)).size >= agreed && !bearsOut(majority[0], headline)) {
			drafts.push(headlineDraft(context, headline, majority, fromHeadlines));
		}
	}
	return drafts;
}

/** A count with an outcome, or a scale's reading, where it stands. */
interface Counted {
	unit: Unit;
	figure: Figure;
	frame: FigureFrame;
	/** What it tells: `frame.outcome` ("dead"), or the scale it reads ("magnitude"). */
	outcome: string;
}

/** An article's headline, if it has one, and its first `sentences` sentences of prose (no time stamp, no quote). */
function firstUnits(context: CompareContext, article: string, sentences: number): Unit[] {
	const found: Unit[] = [];
	let prose = 0;
	for (const id of context.aligner.unitIds(article)) {
		const unit = context.aligner.unit(id);
		if (!unit || unit.stamp || unit.kind === 'quote') {
			continue;
		}
		if (unit.kind === 'sentence' && ++prose > sentences) {
			break;
		}
		found.push(unit);
	}
	return found;
}

/**
 * The counts of a passage that tell a toll (a count or a bare number with an outcome) or a scale's
 * reading (a quake's magnitude), as an amount of the story's event. Whether two are of one event
 * is also their frames' to say (`sameThing`): "in 2019" sets a toll apart from a headline's.
 */
function tolls(context: CompareContext, unit: Unit): Counted[] {
	// Most passages tell no outcome and no scale's reading: their figures are not framed (a frame reads the whole passage).
	const readings = unit.figures.filter((figure) => figure.kind === 'count' && scaleNames.has(figure.unit));
	if (readings.length === 0 && (unit.figures.length === 0 || !unit.tokens.some((token) => outcomes.has(token.norm)))) {
		return [];
	}
	const counted: Counted[] = [];
	const passage = { text: context.textOf(unit.article), tokens: unit.tokens, names: unit.names, figures: unit.figures, typeOf: (key: string) => context.entity(key)?.type };
	for (const figure of unit.figures) {
		if (figure.kind !== 'count' && figure.kind !== 'number') {
			continue;
		}
		const frame = frameOf(passage, figure);
		// "Magnitude 6.4 quake hits Tarn": the event's size on its scale, as its toll is its outcome.
		const what = readings.includes(figure) ? figure.unit : frame.outcome;
		// A figure its sentence sets at another time ("last year", "an hour later") is another event's: an aftershock's magnitude, an earlier toll.
		if (what && frame.role === 'amount' && frame.part === undefined && !frame.when.has('before')) {
			counted.push({ unit, figure, frame, outcome: what });
		}
	}
	return counted;
}

/**
 * Whether a reported count bears out the headline's: the same value, or one the headline's bound
 * allows ("more than 10 dead" / 12 people). A reported bound does not: "at least three" allows the
 * headline's 5, but says nothing for it against the outlets that give three.
 */
function bearsOut(count: Counted, headline: Counted): boolean {
	return count.figure.value === headline.figure.value || (headline.frame.bound !== undefined && boundsAgree({ value: headline.figure.value, bound: headline.frame.bound }, { value: count.figure.value, bound: count.frame.bound }) !== 'no');
}

/**
 * Whether two counts count one thing: a count of people is no count of boats ("12 people" / "12
 * boats"), a bare number may be either; and their frames agree (`framesAgree`: whose, when, which
 * part of the event).
 */
function sameThing(a: Counted, b: Counted): boolean {
	return !(a.figure.kind === 'count' && b.figure.kind === 'count' && a.figure.unit !== b.figure.unit) && framesAgree(a.frame, b.frame);
}

/** The counts of the value the most articles give, when no other value is given by as many; else undefined. */
function mostGiven(counts: Counted[]): Counted[] | undefined {
	const groups: Counted[][] = [];
	for (const count of counts) {
		const group = groups.find((other) => other[0].figure.value === count.figure.value);
		if (group) {
			group.push(count);
		} else {
			groups.push([count]);
		}
	}
	const articles = (group: Counted[]) => new Set(group.map((count) => count.unit.article)).size;
	const [first, second] = groups.sort((x, y) => articles(y) - articles(x));
	return first && (!second || articles(second) < articles(first)) ? first : undefined;
}

/** "Dead: 12 people (Ledger, Post, Daily) vs 14 in Daily’s headline"; `fromHeadlines`: the majority's counts are their headlines'. */
function headlineDraft(context: CompareContext, headline: Counted, majority: Counted[], fromHeadlines: boolean): DiscrepancyDraft {
	const outlet = context.outlet(headline.unit.article);
	const what = outcomeLabel(headline.outcome);
	// As a sentence writes it, not a page's capitals ("THREE PEOPLE HAVE DIED …").
	const shown = (majority.find((count) => count.figure.text !== count.figure.text.toUpperCase()) ?? majority[0]).figure.text;
	return {
		kind: 'figure',
		severity: 'medium',
		summary: `${what}: ${shown} (${listOutlets(context, majority.map((count) => count.unit.article))}) vs ${headline.figure.text} in ${outlet}’s headline`,
		reason: `${outlet}’s headline gives ${headline.figure.text}, where the ${fromHeadlines ? 'headlines' : 'first sentences'} of ${listOutlets(context, majority.map((count) => count.unit.article))} give ${shown}, and none gives the headline’s count.`,
		strength: 0.7,
		mentions: [
			mentionOf(context, headline.unit.article, headline.figure, headline.figure.text, true),
			...majority.map((count) => mentionOf(context, count.unit.article, count.figure, count.figure.text, false)),
		],
		missing: [],
		weight: 1,
	};
}

/** "dead" → "Dead", "dead+injured" → "Dead and injured". */
function outcomeLabel(outcome: string): string {
	const label = outcome.split('+').join(' and ');
	return label.charAt(0).toUpperCase() + label.slice(1);
}
