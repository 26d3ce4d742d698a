import type { Figure } from '../types';
import { figureDay, figureTime, timesAgree } from './anchors';
import { chainPlace } from './figureChain';
import { directionOf, type FigureDirection } from './figureDirection';
import { ageHeadOf, ageHeadsAgree, capitalizedWords, countedAgree, countedOf, contrasted, describedBy, editionOf, editionsAgree, passageWords } from './figureFrame/counted';
import { contentStems } from './passageWords';
import { apposedAgeOwner, namedOwners, ownersAgree, ownersOf } from './figureFrame/owners';
import { partOf, partsAgree, standsApart } from './figureFrame/part';
import { referenceOf, referencesAgree } from './figureFrame/reference';
import { boundOf, roleOf } from './figureFrame/role';
import { outcomeOf } from './figureFrame/outcome';
import { tenseOf } from './figureFrame/tense';
import { rateOf } from './figureFrame/rate';
import { paymentOf } from './figureFrame/payment';
import { figureRules } from './rules/figures';
import { measures, scaleNames, timeUnits } from '../figures/units';
import { indexAt, lastIndexBefore } from './figureFrame/tokenPlaces';
import { timeZones } from '../text/lexicon/time';
import type { Token } from './tokens';
import type { ResolvedMention } from './units';

export { boundsAgree } from './figureFrame/role';

/**
 * How a figure stands in its sentence:
 * - `amount`: the quantity itself ("12 people were hurt");
 * - `elapsed`: a time that points at a moment, not a quantity ("three years ago", "two days later");
 * - `extra`: an addition to something said before ("another five people", "two more ships");
 * - `part`: a stretch of a longer run ("their last three games", "the first 11 seasons", "eight of ten");
 * - `reference`: the value something is measured against ("compared with 55 million", "up from 20%");
 * - `difference`: how far one value is from another ("five rounds sooner than", "rose by 3%", "won by 12 points").
 */
export type FigureRole = 'amount' | 'elapsed' | 'extra' | 'part' | 'reference' | 'difference';

/** How loosely a figure is given: "more than 100" (`over`), "nearly 80" (`under`), "about 40,000" (`about`). */
export type FigureBound = 'over' | 'under' | 'about';

/**
 * What a figure states, beyond its value: what it counts, whose it is, and when. Two figures are
 * one quantity only when their frames agree (`framesAgree`); otherwise they are two facts.
 */
export interface FigureFrame {
	/** What is counted: the unit ("person", "season", "%"). Empty when unknown. */
	counted: string[];
	/** For a hyphenated figure, the words after it, the noun it describes last ("win", "streak" in "an 11-game win streak"). */
	describes?: string[];
	/** For a year after "the" or a possessive, the capitalised words it is the edition of ("the 2031 Harbour Prize" → harbour, prize). */
	edition?: string[];
	/** The passage's capitalised words, to tell whether it names another year's edition; read only for dates. */
	capitals?: ReadonlySet<string>;
	/** The passage's words in any case, to tell whether it writes an edition's head word ("draft" of "the 2031 Tarn Draft"); read only for dates. */
	words?: ReadonlySet<string>;
	/** For an age written before a noun, the noun's stem ("the 36-year-old driver" → driv). */
	ageHead?: string;
	/** For such an age after a possessive ("his 15-year-old stepson"), that it is a relation of someone. */
	ageRelative?: boolean;
	/** The passage's content stems (`contentStems`), to tell whether it names another age's noun apart; read only for such ages. */
	stems?: ReadonlySet<string>;
	/** See `FigureRole`. */
	role: FigureRole;
	/** Whether the role's cue is unmistakable ("ago", "another", "compared with"); "the past three weeks" or "three weeks before" is not: outlets word one stretch of time either way. */
	firm: boolean;
	/** See `FigureBound`; absent for an exact value. */
	bound?: FigureBound;
	/** Who or what the figure belongs to, with each one's type: the names before it in its clause (not the speaker of "X said"), or the person a "76-year-old" describes. */
	owners: Map<string, string>;
	/** Every name of the passage, to tell an owner left unsaid from another owner. */
	named: Set<string>;
	/** An age set off by commas right after its one owner ("Ivo Marr, 23,"), who is then the only person it can be of. */
	apposedAge?: boolean;
	/** For a number of years, whether it is someone's age ("Ivo Marr, 61,", "the 61-year-old", "aged 61") or a term written with its word ("seven years in prison"); absent otherwise. */
	years?: 'age' | 'term';
	/** When: the years of the date nearest to it (`2005`, `1999/2003`), `before` for a background marker ("last year's", "the previous quake", "a decade ago"), `now` for the event's own days ("on Sunday", "yesterday", "this year"). Empty when the sentence does not say. */
	when: Set<string>;
	/** The day its sentence dates it to, as `MM-DD`, or the month, `MM` (`figureDay`: "On April 6, a 7.2 quake struck" → `04-06`); absent when the sentence names neither. */
	day?: string;
	/**
	 * The part of the event its sentence is about, as `noun:ordinal` ("in the second half" →
	 * `half:2`, "during the round" → `round:`, "In the fifth, she landed two jabs" → `:6`). Absent
	 * when the sentence names no part: then the figure is of the whole event.
	 */
	part?: string;
	/** Its place in a score or record, as `place/length` ("1/3" for the 4 of "31-4-1"; `figureChain.ts`). */
	chain?: string;
	/** For a figure of change, whether it rises or falls (`figureDirection.ts`). */
	direction?: FigureDirection;
	/** What happened to what it counts (`figureFrame/outcome.ts`: "dead", "injured", "missing"), when its clause says. */
	outcome?: string;
	/** For a time of day, the zone written after it ("1400 GMT" → `gmt`); absent for a local time, said ("3 p.m. local time") or not. */
	zone?: string;
	/** For a rate, the period it counts over (`figureFrame/rate.ts`: "1.2 million passengers a year" → year). */
	rate?: string;
	/** For a sum told as one part of a price, the form it is paid in (`figureFrame/payment.ts`: "$120 million in stock" → stock). */
	payment?: string;
	/** For a year, whether its clause tells the past or the future (`figureFrame/tense.ts`: "was introduced in 2009" / "will take over in 2014"). */
	tense?: 'past' | 'future';
	/** For a length, what it is measured from (`figureFrame/reference.ts`): `depth`, or the words naming a point ("tarnford", "border"). */
	reference?: string[];
}

/** A passage as the frame reads it. */
export interface FramedPassage {
	/** The text the offsets point into. */
	text: string;
	tokens: Token[];
	names: ResolvedMention[];
	figures: Figure[];
	/** The type of a name's identity ("person", "place"), when known. */
	typeOf?: (key: string) => string | undefined;
}

/**
 * Reads the frame of one figure of a passage.
 *
 * @param passage The passage (a unit of the aligner).
 * @param figure One of its figures.
 * @returns The frame.
 */
export function frameOf(passage: FramedPassage, figure: Figure): FigureFrame {
	const { tokens } = passage;
	const first = indexAt(tokens, figure.start);
	const last = Math.max(first, lastIndexBefore(tokens, figure.end));
	const named = namedOwners(passage);
	const describes = describedBy(passage, figure, last);
	const edition = editionOf(passage, figure, first, last);
	const ageHead = ageHeadOf(passage, figure, last);
	const part = standsApart(passage, figure) ? undefined : partOf(passage);
	const direction = directionOf(tokens, first, last);
	const reference = referenceOf(passage, figure, first, last);
	const outcome = outcomeOf(passage, first, last);
	const zone = figure.kind === 'time' ? zoneAfter(tokens, last) : undefined;
	const day = figureDay(passage, figure);
	const rate = figure.kind === 'date' || figure.kind === 'time' ? undefined : rateOf(passage, last);
	const tense = figure.kind === 'date' && /^\d{4}$/.test(figure.iso ?? '') ? tenseOf(passage, first, last) : undefined;
	const payment = paymentOf(passage, figure, last);
	// An age set off by commas right after a name is that person's alone: "Ada Lenz, who lived
	// nearby, was crossing when Ivo Marr, 23, struck her" gives Marr's age, not Lenz's.
	const ageOwner = apposedAgeOwner(passage, figure);
	return {
		counted: countedOf(passage, figure, last),
		...(describes ? { describes } : {}),
		...(edition ? { edition } : {}),
		...(figure.kind === 'date' ? { capitals: capitalizedWords(passage), words: passageWords(passage) } : {}),
		...(ageHead ? { ageHead, stems: contentStems(passage), ...(figureRules.possessiveDeterminers.has(tokens[first - 1]?.norm ?? '') ? { ageRelative: true } : {}) } : {}),
		...roleOf(tokens, figure, first, last, passage.text),
		...boundOf(tokens, first),
		owners: ageOwner ? new Map([[ageOwner.key, passage.typeOf?.(ageOwner.key) ?? 'name']]) : ownersOf(passage, figure, first, last),
		named,
		...(ageOwner ? { apposedAge: true } : {}),
		...yearsOf(tokens, figure, first, last, ageOwner !== undefined),
		when: figureTime(passage, figure),
		...(day ? { day } : {}),
		...(part !== undefined ? { part } : {}),
		...chainOf(passage.text, figure),
		...(direction ? { direction } : {}),
		...(reference ? { reference } : {}),
		...(outcome ? { outcome } : {}),
		...(zone ? { zone } : {}),
		...(tense ? { tense } : {}),
		...(rate ? { rate } : {}),
		...(payment ? { payment } : {}),
	};
}

/**
 * What a number of years is: an age ("Ivo Marr, 61,", "a 61-year-old", "aged 61") or a term given
 * with its word ("seven years in prison", "six years"). "Dorn, 61, was jailed for seven years" /
 * "sentenced Dorn to six years": the age is no term, whatever words the two sentences share.
 */
function yearsOf(tokens: Token[], figure: Figure, first: number, last: number, apposed: boolean): { years?: 'age' | 'term' } {
	if (figure.kind !== 'duration' || figure.unit !== 'year') {
		return {};
	}
	// "a 59-year old woman" and "59 years old" are ages too, the extractor's figure ending before "old".
	if (apposed || /-years?-old$/i.test(figure.text) || tokens[first - 1]?.norm === 'aged' || tokens[last + 1]?.norm === 'old') {
		return { years: 'age' };
	}
	return /\s+years?$/i.test(figure.text) ? { years: 'term' } : {};
}

/** The time zone written right after a time of day ("1400 GMT", "9 a.m. EST"). */
function zoneAfter(tokens: Token[], last: number): string | undefined {
	const next = tokens[last + 1];
	return next && timeZones.has(next.norm) ? next.norm : undefined;
}

/**
 * Whether two figures' frames let them be one quantity. Unknown parts agree with anything (an
 * outlet that leaves the owner unsaid does not contradict one that names it); known parts must
 * agree: the same counted thing, the same role, an owner the other passage also names, and times
 * that can be one.
 *
 * @param strict For passages that are not one claim (loosely alike sentences): a background
 * marker on one side only is then another time ("last season they took the Gulls to six games" /
 * "the Gulls lost nine games"); inside one claim it is only the outlet saying more.
 */
export function framesAgree(a: FigureFrame, b: FigureFrame, strict = false): boolean {
	return (
		countedAgree(a.counted, b.counted) &&
		!contrasted(a.describes, b.describes) &&
		// "the 2029 Vell Medal" / "the Osk Cross in 2034": the years of two awards.
		editionsAgree(a, b) &&
		// "the 36-year-old driver" / "the van driver who struck a 66-year-old cyclist": two people's ages, when no name owns them.
		((a.owners.size > 0 && b.owners.size > 0) || ageHeadsAgree(a, b)) &&
		// Loosely alike sentences: "an 11-game streak" describes a streak, "10 games" counts games.
		(!strict || (a.describes === undefined) === (b.describes === undefined)) &&
		(!strict || informative(a, b)) &&
		rolesAgree(a, b, strict) &&
		ownersAgree(a, b) &&
		timesAgree(a.when, b.when, strict) &&
		partsAgree(a.part, b.part) &&
		a.chain === b.chain &&
		// "fell 30 percent" / "up more than 70 percent": a fall and a rise are two quantities.
		(a.direction === undefined || b.direction === undefined || a.direction === b.direction) &&
		// "a depth of 14 miles" / "37 miles west of Tarnford": two measures of one quake.
		referencesAgree(a.reference, b.reference) &&
		// "31 dead" / "some 150 hurt": what happened to them is part of what is counted.
		outcomesAgree(a, b) &&
		// "at 3 p.m." (local) / "at 1400 GMT": one moment told on two clocks.
		a.zone === b.zone &&
		// "when he was introduced in 2009" / "he will take over in 2014": a past year and a future one.
		(a.tense === undefined || b.tense === undefined || a.tense === b.tense) &&
		// "Dorn, 61," / "six years in jail": an age and a term.
		(a.years === undefined || b.years === undefined || a.years === b.years) &&
		// "1.2 million passengers a year" / "100,000 passengers a month": two rates.
		(a.rate === undefined || b.rate === undefined || a.rate === b.rate) &&
		// "$310 million in cash" / "pays $400 million": a part of the price and the whole. Unlike the
		// parts above, a part told on one side only is not the other outlet saying less: it is less.
		a.payment === b.payment
	);
}

/**
 * The same outcome, or none said. A toll told on one side only (`figureRules.tollOutcomes`)
 * counts some of those the other counts: "killing one worker" / "a dozen workers had been
 * dancing" are the dead and all who were there. Other outcomes are often told with verbs the
 * lexicon does not hold ("26 pirates arrested" / "navy nabs 26 pirates"), and nothing happens
 * to a measure: "a magnitude 6.4 quake damaged houses" is the quake's size (`isMeasure`).
 */
function outcomesAgree(a: FigureFrame, b: FigureFrame): boolean {
	if (a.outcome === b.outcome) {
		return true;
	}
	if (a.outcome !== undefined && b.outcome !== undefined) {
		return false;
	}
	const told = a.outcome ?? b.outcome!;
	// An age is no toll either: "a 52-year-old fisherman drowned" / "a 57-year-old fisherman".
	const measure = (frame: FigureFrame) => frame.counted.length === 0 || frame.ageHead !== undefined || frame.apposedAge === true || frame.counted.some(isMeasure);
	return !figureRules.tollOutcomes.has(told) || measure(a) || measure(b);
}

/** A unit nothing happens to, so an outcome word after it says nothing of what it counts: a length or a weight (`measures`), a time, a scale's reading ("magnitude"), a share. */
function isMeasure(unit: string): boolean {
	return measures.has(unit) || unit in timeUnits || scaleNames.has(unit) || unit === '%' || unit === 'percent';
}

/** A bare number's place in a score or record, when it stands in one. */
function chainOf(text: string, figure: Figure): { chain?: string } {
	const chain = figure.kind === 'number' ? chainPlace(text, figure.start, figure.end) : undefined;
	return chain ? { chain } : {};
}

/** The same role; inside one claim a role read from a soft cue counts as a plain amount ("the past three weeks" / "three weeks"). */
function rolesAgree(a: FigureFrame, b: FigureFrame, strict: boolean): boolean {
	return strict ? a.role === b.role : (a.firm ? a.role : 'amount') === (b.firm ? b.role : 'amount');
}

/**
 * Loosely alike sentences need a frame that says something: a counted thing on both sides or an
 * owner the other passage names. Two bare numbers ("Philadelphia's six" / "a mark of .519") in
 * sentences that only share a topic are not one quantity.
 */
function informative(a: FigureFrame, b: FigureFrame): boolean {
	return (a.counted.length > 0 && b.counted.length > 0) || [...a.owners.keys()].some((owner) => b.named.has(owner)) || [...b.owners.keys()].some((owner) => a.named.has(owner));
}
