import { ordinalUnits } from '../text/lexicon/numbers';
import { eventParts, eventPartsAlone } from '../text/lexicon/time';
import type { Figure } from '../types';
import { figureTime, timesAgree } from './anchors';
import { chainPlace } from './figureChain';
import { directionOf, type FigureDirection } from './figureDirection';
import { figureRules } from './rules/figures';
import type { Token } from './tokens';
import type { ResolvedMention } from './units';

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
	/** When: the years of the date nearest to it (`2005`, `1999/2003`), `before` for a background marker ("last year's", "the previous quake", "a decade ago"), `now` for the event's own days ("on Sunday", "yesterday", "this year"). Empty when the sentence does not say. */
	when: Set<string>;
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
	const named = new Set(passage.names.map((name) => name.key));
	const describes = describedBy(passage, figure, last);
	const part = standsApart(passage, figure) ? undefined : partOf(passage);
	const direction = directionOf(tokens, first, last);
	// An age set off by commas right after a name is that person's alone: "Ada Lenz, who lived
	// nearby, was crossing when Ivo Marr, 23, struck her" gives Marr's age, not Lenz's.
	const ageOwner = apposedAgeOwner(passage, figure);
	return {
		counted: countedOf(passage, figure, last),
		...(describes ? { describes } : {}),
		...roleOf(tokens, figure, first, last),
		...boundOf(tokens, first),
		owners: ageOwner ? new Map([[ageOwner.key, passage.typeOf?.(ageOwner.key) ?? 'name']]) : ownersOf(passage, figure, first, last),
		named,
		...(ageOwner ? { apposedAge: true } : {}),
		when: figureTime(passage, figure),
		...(part !== undefined ? { part } : {}),
		...chainOf(passage.text, figure),
		...(direction ? { direction } : {}),
	};
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
		// Loosely alike sentences: "an 11-game streak" describes a streak, "10 games" counts games.
		(!strict || (a.describes === undefined) === (b.describes === undefined)) &&
		(!strict || informative(a, b)) &&
		rolesAgree(a, b, strict) &&
		ownersAgree(a, b) &&
		timesAgree(a.when, b.when, strict) &&
		partsAgree(a.part, b.part) &&
		a.chain === b.chain &&
		// "fell 30 percent" / "up more than 70 percent": a fall and a rise are two quantities.
		(a.direction === undefined || b.direction === undefined || a.direction === b.direction)
	);
}

/** A bare number's place in a score or record, when it stands in one. */
function chainOf(text: string, figure: Figure): { chain?: string } {
	const chain = figure.kind === 'number' ? chainPlace(text, figure.start, figure.end) : undefined;
	return chain ? { chain } : {};
}

/**
 * Whether two figures are of one part of the event. A part on one side only is another quantity,
 * even inside one claim: "landed 28 punches during the round" is not "landed 178 punches" of the
 * whole fight. A part with its ordinal or its noun left unsaid meets the same part said in full
 * ("during the round" / "in the sixth round"; "in the sixth" / "in the sixth round").
 */
function partsAgree(a: string | undefined, b: string | undefined): boolean {
	if (a === b) {
		return true;
	}
	if (a === undefined || b === undefined) {
		return false;
	}
	const [nounA, ordinalA] = a.split(':');
	const [nounB, ordinalB] = b.split(':');
	return (nounA === '' || nounB === '' || nounA === nounB) && (ordinalA === '' || ordinalB === '' || ordinalA === ordinalB);
}

/**
 * Whether two values of one quantity agree once their bounds are read: "more than 100" and 120
 * do, "nearly 80" and 82 do not. `approximately` says the values differ but one is given as
 * "about" and lies within `figureRules.approximateShare` of the other ("about 40,000" / 38,500).
 */
export function boundsAgree(a: { value: number; bound?: FigureBound }, b: { value: number; bound?: FigureBound }): 'yes' | 'approximately' | 'no' {
	// Only against a value given as it is or as about: "at least three" and "at least six" are two different claims.
	const within = (bounded: { value: number; bound?: FigureBound }, other: { value: number; bound?: FigureBound }): boolean =>
		(other.bound === undefined || other.bound === 'about') &&
		((bounded.bound === 'over' && other.value > bounded.value) || (bounded.bound === 'under' && other.value < bounded.value && other.value >= bounded.value * (1 - figureRules.underShare)));
	// A floor under a ceiling leaves room for one value: "more than 100 mph" / "up to 120 mph".
	const overlapping = (floor: { value: number; bound?: FigureBound }, ceiling: { value: number; bound?: FigureBound }) =>
		floor.bound === 'over' && ceiling.bound === 'under' && floor.value < ceiling.value;
	if (within(a, b) || within(b, a) || overlapping(a, b) || overlapping(b, a)) {
		return 'yes';
	}
	const loose = a.bound === 'about' || b.bound === 'about';
	const high = Math.max(Math.abs(a.value), Math.abs(b.value));
	return loose && high > 0 && Math.abs(a.value - b.value) / high <= figureRules.approximateShare ? 'approximately' : 'no';
}

/**
 * The same thing counted: the same first word ("a five-year deal worth…" / "a five-year deal"),
 * or the same noun with a describing word on one side only ("a 90-day court-ordered stay" / "a
 * 60-day stay"); not two different describing words ("an 11-game win streak" / "a three-game
 * losing streak").
 */
function countedAgree(a: string[], b: string[]): boolean {
	if (a.length === 0 || b.length === 0 || a[0] === b[0]) {
		return true;
	}
	return a[a.length - 1] === b[b.length - 1] && a.length !== b.length;
}

/**
 * Two hyphenated figures describe different things when the same noun has a different word before
 * it ("an 11-game win streak" / "a three-game losing streak"). Different nouns say nothing: "a
 * 90-day stint" and "a 90-day stay" are one thing in other words.
 */
function contrasted(a: string[] | undefined, b: string[] | undefined): boolean {
	return a !== undefined && b !== undefined && a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1] && a[0] !== b[0];
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

/**
 * Two owners differ only when they are of one type (two people, two places) and neither passage
 * names the other's (an age's one owner always differs from another person): "Lena Marsh, 70," / "said 76-year-old Piet Dorr"; "in Tarn, 20,000 marched"
 * / "in Vell, 10,000 marched". A person against a team or a city says nothing: "the Gulls paid him
 * $3 million" / "Arlow earned $3 million".
 */
function ownersAgree(a: FigureFrame, b: FigureFrame): boolean {
	// An age belongs to one person: "Ada Lenz, 59," / "Ivo Marr, 23," are two people's however
	// many of them each passage names.
	if (a.apposedAge && b.apposedAge && a.owners.size === 1 && b.owners.size === 1) {
		return [...a.owners.keys()][0] === [...b.owners.keys()][0];
	}
	const crossNamed = [...a.owners.keys()].some((owner) => b.named.has(owner)) || [...b.owners.keys()].some((owner) => a.named.has(owner));
	if (crossNamed) {
		return true;
	}
	const typesA = new Set(a.owners.values());
	return ![...b.owners.values()].some((type) => typesA.has(type));
}

/** What a figure counts: an age ("76-year-old"), else its unit ("people", "%", "days"), or money. */
function countedOf(passage: FramedPassage, figure: Figure, last: number): string[] {
	if (/-old$/i.test(figure.text) || passage.tokens[last + 1]?.norm === 'old') {
		return ['age'];
	}
	if (figure.kind === 'percent' && passage.tokens[last + 1]?.norm === 'of') {
		// "13.6 percent of output": a share of something named.
		const of = passage.tokens.slice(last + 2, last + 5).find((token) => token.content);
		return of ? [`%:${of.stem}`] : ['%'];
	}
	// Money is money whatever the currency (a conversion is judged apart). A share (".519") says
	// no more than a bare number of what it measures: "a .314 mark from the line" / "a winning
	// percentage of .519" are two rates.
	return figure.kind === 'money' ? ['money'] : figure.unit && figure.unit !== 'share' ? [figure.unit.toLowerCase()] : [];
}

/**
 * The noun a hyphenated figure describes ("a 90-day stay", "an 11-game win streak"): compared
 * only with another hyphenated figure's, since "90 days of treatment" is the same as "a 90-day
 * stay", but "a 90-day stay" is not "a 30-day programme".
 */
function describedBy(passage: FramedPassage, figure: Figure, last: number): string[] | undefined {
	if (!/\w-\p{L}+$/u.test(figure.text) || /-old$/i.test(figure.text)) {
		return undefined;
	}
	const heads: string[] = [];
	for (let i = last + 1; i < passage.tokens.length && heads.length < figureRules.headWords; i++) {
		const token = passage.tokens[i];
		if (!token.content || /\d/.test(token.norm) || gapBefore(passage, i)) {
			break;
		}
		heads.push(token.stem);
	}
	return heads.length > 0 ? heads : undefined;
}

function roleOf(tokens: Token[], figure: Figure, first: number, last: number): { role: FigureRole; firm: boolean } {
	const before = wordsBefore(tokens, first, figureRules.roleWindow);
	const after = tokens[last + 1]?.norm;
	const inner = figure.text.toLowerCase().split(/[^\p{L}]+/u);
	if (figure.kind === 'duration' && figureRules.elapsedAfter.has(after ?? '')) {
		return { role: 'elapsed', firm: false };
	}
	if ((figure.kind === 'duration' || figure.kind === 'count') && figureRules.stintAfter.has(after ?? '')) {
		return { role: 'part', firm: true };
	}
	if (before.some((word) => figureRules.referenceBefore.has(word)) || (before[0] === 'from' && tokens[last + 1]?.norm === 'to') || (before[0] === 'from' && figureRules.changeWords.has(before[1] ?? ''))) {
		return { role: 'reference', firm: true };
	}
	// "finished five rounds sooner than in 2008", "12 points higher than", "rose by 3%", "won by 12 points".
	const comparative = after !== undefined && tokens[last + 2]?.norm === 'than' && isComparative(after);
	if (comparative || (before[0] === 'by' && (figureRules.changeWords.has(before[1] ?? '') || figureRules.marginVerbs.has(before[1] ?? '')))) {
		return { role: 'difference', firm: true };
	}
	if (before.some((word) => figureRules.extraBefore.has(word)) || inner.some((word) => figureRules.extraInside.has(word)) || (after !== undefined && figureRules.extraInside.has(after) && tokens[last + 2]?.norm !== 'than')) {
		return { role: 'extra', firm: true };
	}
	// "eight of their last 10", "the side's eighth in 10 matches": the second number is the run.
	const ofRun = figureRules.partOf.has(before[0] ?? '') && /^(?:\d|\p{L}+(?:th|st|nd|rd)$)/u.test(before[1] ?? '');
	if (figureRules.partBefore.has(before[0] ?? '') || ofRun || (after === 'of' && figure.kind === 'number')) {
		return { role: 'part', firm: false };
	}
	return { role: 'amount', firm: false };
}

/** "sooner", "higher", "more", "fewer" before "than"; not "rather", "other" ("rather than", "other than"). */
function isComparative(word: string): boolean {
	return figureRules.comparatives.has(word) || (/^\p{L}{3,}er$/u.test(word) && !figureRules.notComparatives.has(word));
}

/**
 * The part of the event a passage is about: a preposition, a determiner, an ordinal and a part
 * noun ("in the second half", "on the third day", "after the first round"), an ordinal alone
 * before a comma or the end ("In the fifth, she landed two jabs"), or a part noun that never
 * names a whole event ("during the round"). The whole sentence is scoped: "landed 31 punches
 * during the round, while the champion landed four" speaks of one round throughout.
 */
function partOf(passage: FramedPassage): string | undefined {
	let part = partsOf.get(passage.tokens);
	if (part === undefined) {
		part = readPart(passage) ?? null;
		partsOf.set(passage.tokens, part);
	}
	return part ?? undefined;
}

/** Each passage's part, read once however many figures and claims ask (`null`: none). */
const partsOf = new WeakMap<Token[], string | null>();

function readPart(passage: FramedPassage): string | undefined {
	const { tokens } = passage;
	for (let i = 0; i + 2 < tokens.length; i++) {
		if (!figureRules.partPrepositions.has(tokens[i].norm) || !figureRules.partDeterminers.has(tokens[i + 1].norm)) {
			continue;
		}
		const at = i + 2;
		const noun = tokens[at + 1];
		const ends = noun === undefined || gapBefore(passage, at + 1);
		const ordinal = ordinalOf(tokens[at].norm);
		if (ordinal !== undefined) {
			if (!ends && eventParts.has(noun.norm)) {
				return `${singularPart(noun.norm)}:${ordinal}`;
			}
			if (ends) {
				return `:${ordinal}`;
			}
		} else if (eventPartsAlone.has(tokens[at].norm) && (ends || !noun.content)) {
			return `${singularPart(tokens[at].norm)}:`;
		}
	}
	return undefined;
}

/**
 * A figure set apart from its sentence, of which the sentence's part says nothing: a record or an
 * age apposed to a name ("Vey, 31-2, 20 KOs, stopped him in the seventh round", "Vey (31-2)"), or
 * any figure in brackets.
 */
function standsApart(passage: FramedPassage, figure: Figure): boolean {
	const { text } = passage;
	// An opening bracket before the figure, in its passage, with no closing one between.
	for (let at = figure.start - 1; at >= (passage.tokens[0]?.start ?? figure.start); at--) {
		if (text[at] === ')') {
			break;
		}
		if (text[at] === '(') {
			return true;
		}
	}
	return passage.names.some((name) => name.end <= figure.start && /^[\s,([]+[\s,([\d\-\u2013]*$/.test(text.slice(name.end, figure.start)));
}

/** "first", "opening", "6th", "last" → "1", "1", "6", "last"; anything else → undefined. */
function ordinalOf(word: string): string | undefined {
	if (figureRules.lastParts.has(word)) {
		return 'last';
	}
	if (word === 'opening') {
		return '1';
	}
	const numeral = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
	return numeral ? numeral[1] : ordinalUnits[word] !== undefined ? String(ordinalUnits[word]) : undefined;
}

/** "halves" → "half", "rounds" → "round", "innings" → "inning". */
function singularPart(word: string): string {
	return word.replace(/ves$/, 'f').replace(/s$/, '');
}

function boundOf(tokens: Token[], first: number): { bound?: FigureBound } {
	const two = wordsBefore(tokens, first, 2);
	const phrase = [two[1], two[0]].filter(Boolean).join(' ');
	for (const [bound, words] of Object.entries(figureRules.bounds) as [FigureBound, string[]][]) {
		if (words.some((word) => word === two[0] || word === phrase)) {
			return { bound };
		}
	}
	return {};
}

/**
 * The names a figure belongs to: those before it in its clause, but not a speaker ("Ms Ward
 * said 40 people…", "according to Ward, 40 people…"), and for an age the person after it ("a
 * 76-year-old farmer, Piet Dorr").
 */
/** The name whose age the figure is when set off by commas right after it ("Ivo Marr, 23,"). */
function apposedAgeOwner(passage: FramedPassage, figure: Figure): ResolvedMention | undefined {
	const { text, names } = passage;
	if (figure.kind !== 'duration' || figure.unit !== 'year' || !/^\d{1,3}$/.test(figure.text) || !/^\s*,/.test(text.slice(figure.end, figure.end + 3))) {
		return undefined;
	}
	return names.find((name) => name.end <= figure.start && /^,\s*$/.test(text.slice(name.end, figure.start)));
}

function ownersOf(passage: FramedPassage, figure: Figure, first: number, last: number): Map<string, string> {
	const { tokens, names } = passage;
	const clauseStart = clauseStartBefore(passage, first);
	const owners = new Map<string, string>();
	const typeOf = (key: string) => passage.typeOf?.(key) ?? 'name';
	for (const name of names) {
		if (name.end <= figure.start && name.start >= clauseStart && !isSpeaker(tokens, name)) {
			owners.set(name.key, typeOf(name.key));
		}
	}
	// "Bowe (45-1, 33 KOs)": a bracket opens a clause, yet what it holds is of the name just before it.
	const apposed = names.find((name) => name.end <= figure.start && /^[\s,([]*$/.test(passage.text.slice(name.end, figure.start)));
	if (apposed && owners.size === 0) {
		owners.set(apposed.key, typeOf(apposed.key));
	}
	const next = tokens[last + 1]?.norm === 'old' ? last + 2 : last + 1;
	const age = /-old$/i.test(figure.text) || next === last + 2;
	if (age && owners.size === 0) {
		const after = names.find((name) => name.start >= figure.end && tokens.slice(next, next + figureRules.ageNameWindow).some((token) => token.start === name.start));
		if (after) {
			owners.set(after.key, typeOf(after.key));
		}
	}
	return owners;
}

/** The offset where the figure's clause starts: after a semicolon, colon, bracket or dash, a word that opens a new clause ("while", "but"), or ", and". */
function clauseStartBefore(passage: FramedPassage, first: number): number {
	const { tokens } = passage;
	for (let i = first; i > 0; i--) {
		// ", and the new terminal will handle 2.4 million tonnes": a comma and "and" open a clause too.
		const commaAnd = tokens[i - 1].norm === 'and' && gapBefore(passage, i - 1, /,/);
		if (gapBefore(passage, i, /[;:()\u2013\u2014]/) || figureRules.clauseWords.has(tokens[i - 1].norm) || commaAnd) {
			return tokens[i].start;
		}
	}
	return tokens[0]?.start ?? 0;
}

/** A name followed by a verb of saying ("Ward said"), or after "according to": the source, not the owner. */
function isSpeaker(tokens: Token[], name: ResolvedMention): boolean {
	const after = tokens.findIndex((token) => token.start >= name.end);
	const before = tokens.findIndex((token) => token.start >= name.start);
	// NOTE: not a name after the verb: "THR says Ross accepted $8 million" is Ross's sum.
	return (after >= 0 && figureRules.sayingVerbs.has(tokens[after].norm)) || (before >= 2 && tokens[before - 2].norm === 'according' && tokens[before - 1].norm === 'to');
}

/** Up to `count` words before token `first`, nearest first, skipping determiners ("the", "their"). */
function wordsBefore(tokens: Token[], first: number, count: number): string[] {
	const words: string[] = [];
	for (let i = first - 1; i >= 0 && words.length < count; i--) {
		if (!figureRules.determiners.has(tokens[i].norm)) {
			words.push(tokens[i].norm);
		}
	}
	return words;
}

/** Whether punctuation (a comma, or the given marks) stands between token `i - 1` and token `i`. */
function gapBefore(passage: FramedPassage, i: number, marks = /[,;:()\u2013\u2014]/): boolean {
	const previous = passage.tokens[i - 1];
	return previous !== undefined && marks.test(passage.text.slice(previous.end, passage.tokens[i].start));
}

function indexAt(tokens: Token[], offset: number): number {
	const index = tokens.findIndex((token) => token.end > offset);
	return index < 0 ? tokens.length : index;
}

function lastIndexBefore(tokens: Token[], offset: number): number {
	let index = -1;
	for (let i = 0; i < tokens.length && tokens[i].start < offset; i++) {
		index = i;
	}
	return index;
}
