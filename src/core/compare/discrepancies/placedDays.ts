import type { Span } from '../../types';
import { weekdayRules } from '../rules/weekdays';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { relativeDayWords } from '../../text/lexicon/time';
import { speechVerbs } from '../../text/lexicon/speech';
import { tagRange } from '../../text/tagger';

// The weekdays a passage names, each read with what places it, once per passage (`weekdays.ts`,
// `ledeDays.ts` and `dayEvents.ts` compare them).

/** A passage's one weekday, with what places it: the word before it ("on", "said") and the content words around it. */
export interface PlacedDay {
	unit: Unit;
	day: Token;
	/** The day's name, lower case, without a possessive ("friday" for "Friday's"). */
	name: string;
	before: string | undefined;
	/** Content stems of the day's clause (`weekdayRules.window` words either side at most), names and parts of a day left out. */
	around: Set<string>;
	/** The passage's telling figures, as `kind:value` (`weekdayRules.tellingFigure`): "a 104-97 defeat" gives number:104 and number:97. */
	figures: Set<string>;
	/** The words beside the day (`weekdayRules.window`). */
	near: Token[];
	/** The stems of `around` that are verbs in this sentence, read by the tagger when first asked ("charged", "opened"). */
	verbs?: Set<string>;
	/** The extractor dated the day alone from its article's date ("Wednesday" in a story of April 12 is April 11). */
	dated: boolean;
	/** What the day's mention marks: the day, or the date the extractor read ("last Thursday"), so that the figure finder's draft of that date and this one are one discrepancy. */
	mark: Span;
}

/** Each passage's day, read once however many claims and near misses it meets (`null`: none). */
const daysOf = new WeakMap<Unit, PlacedDay | null>();

/**
 * A day as read from a passage's words, by those words: verbatim copies share their words and
 * figures (`unitsOfCopies.ts`), so ten files of one wire story read the day once, each copy's
 * passage given its own `PlacedDay`. What the reading saw is kept to check it: the words' text
 * (between the words, a clause break), the figures and whether the passage is a stamp.
 */
const readingsOf = new WeakMap<Unit['tokens'], { text: string; figures: Unit['figures']; stamp: Unit['stamp']; day: PlacedDay | undefined }>();

/** The passage's weekday when it names exactly one, outside a figure the extractor read (a date "Tuesday, October 14" is compared as a date). */
export function placedDay(unit: Unit, text: string): PlacedDay | undefined {
	let day = daysOf.get(unit);
	if (day === undefined) {
		const reading = readingsOf.get(unit.tokens);
		if (reading && reading.text === text && reading.figures === unit.figures && reading.stamp === unit.stamp) {
			day = reading.day ? { ...reading.day, unit, verbs: undefined } : null;
		} else {
			day = readDay(unit, text) ?? null;
			readingsOf.set(unit.tokens, { text, figures: unit.figures, stamp: unit.stamp, day: day ?? undefined });
		}
		daysOf.set(unit, day);
	}
	return day ?? undefined;
}

function readDay(unit: Unit, text: string): PlacedDay | undefined {
	const days = dayWords(unit);
	return days.length === 1 ? readDayAt(unit, text, days[0]) : undefined;
}

/** Each passage's days when it names two or more, read once (`placedDays`). */
const severalDaysOf = new WeakMap<Unit, PlacedDay[]>();

/**
 * Every day of a passage that names two or more, each read with its own clause's words as
 * `placedDay` reads a passage's one day: "was fired on Thursday and bought a rifle on Friday"
 * gives Thursday beside "fired" and Friday beside "bought" (`discrepancies/dayEvents.ts` sets
 * each against the day of another outlet's passage that stands like it). A passage with one day
 * or none gives nothing here.
 */
export function placedDays(unit: Unit, text: string): PlacedDay[] {
	let days = severalDaysOf.get(unit);
	if (days === undefined) {
		const words = dayWords(unit);
		days = words.length < 2 ? [] : words.map((word) => readDayAt(unit, text, word, true)).filter((day): day is PlacedDay => day !== undefined);
		severalDaysOf.set(unit, days);
	}
	return days;
}

/** Whether the day at `index` dates a saying: right after a verb of speech, "on" between or not ("said on Monday", "announced Friday"). */
function saidOn(unit: Unit, index: number): boolean {
	const before = unit.tokens[index - 1]?.norm === 'on' ? index - 2 : index - 1;
	return speechVerbs.has(unit.tokens[before]?.norm ?? '');
}

/**
 * The passage's weekday words (none in a stamp: "Published Tuesday, 4:10 pm" dates the page).
 * Beside another day, a day right after a verb of speech dates the saying, no event: "won the
 * run-off on Sunday, the commission said on Monday" tells the run-off's day alone.
 */
function dayWords(unit: Unit): { token: Token; index: number; name: string }[] {
	if (unit.stamp) {
		return [];
	}
	const days: { token: Token; index: number; name: string }[] = [];
	unit.tokens.forEach((token, index) => {
		const name = dayName(token.norm);
		if (name !== undefined) {
			days.push({ token, index, name });
		}
	});
	const told = days.length > 1 ? days.filter((day) => !saidOn(unit, day.index)) : days;
	return told.length > 0 ? told : days;
}

/** The day `word` of a passage, placed by its clause; nothing for a day inside a date or after "since", "until", "as of". */
function readDayAt(unit: Unit, text: string, { token, index, name }: { token: Token; index: number; name: string }, several = false): PlacedDay | undefined {
	// A date the extractor read around the day ("Tuesday, October 14") is compared as a date. A day
	// it dated alone, from the article's date, is still a weekday against a passage of an undated
	// article, whose "Friday" no figure holds: "had yet to wake Wednesday" (a story of April 12) /
	// "had yet to wake Friday" (a page without a date) put one fact on two days.
	const covering = unit.figures.filter((figure) => figure.start < token.end && token.start < figure.end);
	// Of a passage with several days, "last Thursday" and "this Monday" too, whose date holds the word
	// before the day: a passage with several dates is one the figure finder cannot pair ("fired last
	// Thursday … bought a rifle on Friday" / "fired last Saturday … on Friday"), while a passage's one
	// relative day it compares as a date itself.
	const written = covering[0]?.text.toLowerCase() ?? '';
	const dated = covering.length === 1 && covering[0].kind === 'date' && dayName(several ? withoutRelativeWord(written) : written) === name;
	if (covering.length > 0 && !dated) {
		return undefined;
	}
	const [second, first] = [unit.tokens[index - 2]?.norm, unit.tokens[index - 1]?.norm];
	if ((first !== undefined && weekdayRules.referenceBefore.has(first)) || (second !== undefined && weekdayRules.referencePairs.has(`${second} ${first}`))) {
		return undefined;
	}
	const near = wordsBeside(unit, index, text, weekdayRules.window);
	// The day's own clause tells no event ("…, on Sunday night, …", "On Saturday, …"): its verb before, or the words after its comma.
	const untold = eventStems(near).size === 0;
	const verb = clauseVerbBeyond(unit, index, text, weekdayRules.window) ?? (untold ? verbBeforeSetOff(unit, index, text) : undefined);
	if (verb) {
		near.push(verb);
	} else if (untold) {
		near.push(...clauseAfterOpeningDay(unit, index, text));
	}
	const around = eventStems(near);
	const figures = new Set(unit.figures.filter(weekdayRules.tellingFigure).map((figure) => `${figure.kind}:${figure.value}`));
	const mark = dated ? { start: covering[0].start, end: covering[0].end } : { start: token.start, end: token.end };
	return { unit, day: token, name, before: unit.tokens[index - 1]?.norm, around, figures, near, dated, mark };
}

/**
 * The words either side of a passage's word `index`, `reach` words at most, up to the clause's end
 * (`weekdayRules.clauseBreak`) or a word that opens another event's clause (`otherEventAfter`).
 */
export function wordsBeside(unit: Unit, index: number, text: string, reach: number): Token[] {
	const near: Token[] = [];
	for (const step of [-1, 1]) {
		for (let k = index + step; k >= 0 && k < unit.tokens.length && Math.abs(k - index) <= reach; k += step) {
			const [left, right] = step < 0 ? [unit.tokens[k], unit.tokens[k + 1]] : [unit.tokens[k - 1], unit.tokens[k]];
			if (endsClause(text, left, right, unit.tokens[k])) {
				break;
			}
			near.push(unit.tokens[k]);
		}
	}
	return near;
}

/**
 * The verb of a day's clause when it stands beyond the words read beside the day (`reach`): "Vey
 * hit and killed a 70-year-old Tarnby woman in the car park of the Orla Bay Mall Friday night"
 * happened on Friday as much as "the woman was killed Wednesday night" did, though the victim's
 * name and the place fill the words between. The nearest verb before the day (the tagger's), in
 * its clause (no clause break or word of another event between, `wordsBeside`); a verb of speech
 * tells when it was said, which the words beside the day already read ("said Friday").
 */
function clauseVerbBeyond(unit: Unit, index: number, text: string, reach: number): Token | undefined {
	const clauseStart = clauseBreakBefore(unit, index, text) + 1;
	if (index - clauseStart <= reach) {
		return undefined;
	}
	const farthestRead = index - reach;
	const verbStarts = new Set(tagRange(text, unit.tokens[clauseStart].start, unit.tokens[farthestRead - 1].end).filter((token) => token.pos === 'VERB').map((token) => token.start));
	for (let at = farthestRead - 1; at >= clauseStart; at--) {
		const token = unit.tokens[at];
		if (verbStarts.has(token.start) && token.content && !speechVerbs.has(token.norm)) {
			return token;
		}
	}
	return undefined;
}

/**
 * The verb a day set off by commas belongs to: "checked into the Hale Clinic in Orla Bay, Tarnia,
 * on Thursday night, for a three-month stay" puts the checking in on Thursday, though the day's own
 * clause (", on Thursday night,") holds no word of what happened. Read when the clause holds none:
 * the nearest verb before it (the tagger's) across commas, `weekdayRules.setOffReach` words back at
 * most, past no other clause break or word of another event; a verb of speech there tells when
 * something was said, which is no event to read ("Brandt said, on Friday, that …").
 */
function verbBeforeSetOff(unit: Unit, index: number, text: string): Token | undefined {
	const k = clauseBreakBefore(unit, index, text);
	let first = k;
	while (first >= 0 && index - first <= weekdayRules.setOffReach && !weekdayRules.otherEventAfter.has(unit.tokens[first].norm) && !(first > 0 && otherBreakPattern.test(text.slice(unit.tokens[first - 1].end, unit.tokens[first].start)))) {
		first--;
	}
	first++;
	if (k < 0 || first > k || !setOffCommaPattern.test(text.slice(unit.tokens[k].end, unit.tokens[k + 1].start))) {
		return undefined;
	}
	// The whole passage tagged: cut short, a clinic's name may read as a verb ("the Ada Lenz Clinic", "Lenz" a verb).
	const verbStarts = new Set(tagRange(text, unit.tokens[0].start, unit.tokens[unit.tokens.length - 1].end).filter((token) => token.pos === 'VERB').map((token) => token.start));
	for (let at = k; at >= first; at--) {
		const token = unit.tokens[at];
		if (verbStarts.has(token.start) && token.content && !token.capitalized) {
			return speechVerbs.has(token.norm) ? undefined : token;
		}
	}
	return undefined;
}

/**
 * The words a day that opens its sentence, set off by a comma, dates: "On Saturday, the actor was
 * handed the part when he was unveiled as the new lead" puts the handing over and the unveiling on
 * Saturday, though the day's own clause ("On Saturday,") holds no word of what happened. The words
 * after the comma, `weekdayRules.setOffReach` at most, up to a break other than a comma.
 */
function clauseAfterOpeningDay(unit: Unit, index: number, text: string): Token[] {
	let last = index;
	while (weekdayRules.partsOfDay.has(unit.tokens[last + 1]?.norm ?? '')) {
		last++;
	}
	const opens = unit.tokens.slice(0, index).every((token) => weekdayRules.openingDayWords.has(token.norm));
	const next = unit.tokens[last + 1];
	if (!opens || !next || !setOffCommaPattern.test(text.slice(unit.tokens[last].end, next.start))) {
		return [];
	}
	const words: Token[] = [];
	for (let k = last + 1; k < unit.tokens.length && k - last <= weekdayRules.setOffReach; k++) {
		if (k > last + 1 && otherBreakPattern.test(text.slice(unit.tokens[k - 1].end, unit.tokens[k].start))) {
			break;
		}
		words.push(unit.tokens[k]);
	}
	return words;
}

/** A comma before the day's clause, maybe after an abbreviation's full stop ("Tarnia, Calif., on Friday"). */
const setOffCommaPattern = /^\.?\s*,\s*$/;

/** A clause break other than a comma (`weekdayRules.clauseBreak`). */
const otherBreakPattern = /[;:()\u2013\u2014]/;

/** The last word before the day's clause (a break or a word of another event after it, `endsClause`), or -1 when the clause opens the passage. */
function clauseBreakBefore(unit: Unit, index: number, text: string): number {
	let k = index - 1;
	while (k >= 0 && !endsClause(text, unit.tokens[k], unit.tokens[k + 1], unit.tokens[k])) {
		k--;
	}
	return k;
}

/** Whether the day's clause ends between two neighbouring words: a clause break between them, or `word` (one of them) opens another event's clause. */
function endsClause(text: string, left: Token, right: Token, word: Token): boolean {
	return weekdayRules.clauseBreak.test(text.slice(left.end, right.start)) || weekdayRules.otherEventAfter.has(word.norm);
}

/** The stems of words that tell what happened on a day: content words, names and parts of a day left out. */
export function eventStems(words: Token[]): Set<string> {
	return new Set(words.filter((word) => word.content && !word.capitalized && !weekdayRules.partsOfDay.has(word.norm)).map((word) => word.stem));
}

/** "last thursday" → "thursday" (`relativeDayWords`); any other text as it is. */
function withoutRelativeWord(written: string): string {
	const space = written.indexOf(' ');
	return space > 0 && relativeDayWords.has(written.slice(0, space)) ? written.slice(space + 1).trimStart() : written;
}

/** "friday", "friday's" → "friday"; any other word → nothing. */
function dayName(norm: string): string | undefined {
	const name = norm.replace(/'s$/, '');
	return weekdayRules.days.has(name) ? name : undefined;
}
