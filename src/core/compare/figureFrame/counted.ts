import type { Figure } from '../../types';
import type { FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import { gapBefore } from './tokenPlaces';

/** What a figure counts: an age ("76-year-old"), else its unit ("people", "%", "days"), or money. */
export function countedOf(passage: FramedPassage, figure: Figure, last: number): string[] {
	if (/-olds?$/i.test(figure.text) || passage.tokens[last + 1]?.norm === 'old') {
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
export function describedBy(passage: FramedPassage, figure: Figure, last: number): string[] | undefined {
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

/**
 * The name a year gives the edition of, after "the", "a" or a possessive: "the 2031 Harbour
 * Prize", "her 2029 Vell Medal" → its capitalised words. Such a year dates the prize, not the
 * sentence's event: "she received the 2029 Vell Medal, as well as the Osk Cross from the bishop"
 * / "the bishop gave her the Osk Cross in 2034" tell two awards, not one year told two ways. "In
 * 2034 Bishop Orlek gave her …" dates the clause (no determiner before the year).
 */
export function editionOf(passage: FramedPassage, figure: Figure, first: number, last: number): string[] | undefined {
	const before = passage.tokens[first - 1];
	if (figure.kind !== 'date' || !/^\d{4}$/.test(figure.text) || !before || !figureRules.editionDeterminers.has(before.norm)) {
		return undefined;
	}
	const words: string[] = [];
	let i = last + 1;
	for (; i < passage.tokens.length && passage.tokens[i].capitalized && passage.tokens[i].content && !gapBefore(passage, i); i++) {
		words.push(passage.tokens[i].norm);
	}
	// "the 2030 Osk film": a name that describes a common noun after it, which the year dates.
	const next = passage.tokens[i];
	const describesNoun = next !== undefined && next.content && !next.capitalized && !gapBefore(passage, i);
	return words.length > 0 && !describesNoun ? words.slice(0, figureRules.headWords) : undefined;
}

/** The capitalised words of a passage, read once per passage. */
export function capitalizedWords(passage: FramedPassage): ReadonlySet<string> {
	let found = capitalizedOf.get(passage.tokens);
	if (!found) {
		found = new Set(passage.tokens.filter((token) => token.capitalized).map((token) => token.norm));
		capitalizedOf.set(passage.tokens, found);
	}
	return found;
}

const capitalizedOf = new WeakMap<readonly unknown[], Set<string>>();

/** The words of a passage in any case, read once per passage. */
export function passageWords(passage: FramedPassage): ReadonlySet<string> {
	let found = wordsOf.get(passage.tokens);
	if (!found) {
		found = new Set(passage.tokens.map((token) => token.norm));
		wordsOf.set(passage.tokens, found);
	}
	return found;
}

const wordsOf = new WeakMap<readonly unknown[], Set<string>>();

/**
 * Whether two years can date one thing: the same edition, or an edition on one side that the
 * other passage writes too ("the 2029 Vell Medal" / "the Vell Medal she won in 2030"), or whose
 * head word it writes in lower case ("chosen in the 2029 Tarn Draft" / "a draft
 * pick in 2030": one draft). A prize's year against a passage that does not name the prize is
 * another fact ("the 2029 Vell Medal" / "the bishop gave her the Osk Cross in 2034").
 */
export function editionsAgree(a: EditionSide, b: EditionSide): boolean {
	const written = (edition: string[] | undefined, other: EditionSide) =>
		edition === undefined || (other.capitals !== undefined && edition.every((word) => other.capitals!.has(word))) || other.words?.has(edition[edition.length - 1]) === true;
	if (a.edition !== undefined && b.edition !== undefined) {
		return a.edition[0] === b.edition[0];
	}
	return written(a.edition, b) && written(b.edition, a);
}

/** What `editionsAgree` reads of a frame. */
interface EditionSide {
	edition?: string[];
	capitals?: ReadonlySet<string>;
	words?: ReadonlySet<string>;
}

/**
 * The noun an age written before it describes: "the 36-year-old driver" → driv, "a 66-year-old
 * cyclist" → cyclist (its stem; a capitalised word, a name, is skipped: "a 38-year-old Tarn man" →
 * man). Absent for an age after a name ("Ivo Marr, 23,") or without a noun after it.
 */
export function ageHeadOf(passage: FramedPassage, figure: Figure, last: number): string | undefined {
	if (!/-year-old$/i.test(figure.text)) {
		return undefined;
	}
	for (let i = last + 1; i < passage.tokens.length && i <= last + figureRules.headWords; i++) {
		const token = passage.tokens[i];
		if (gapBefore(passage, i) || !token.content) {
			return undefined;
		}
		if (!token.capitalized) {
			return token.stem;
		}
	}
	return undefined;
}

/**
 * Whether two ages nobody owns by name can be one person's: "a witness shouted at the 36-year-old
 * driver" / "police held the van driver who struck a 66-year-old cyclist" give the driver's
 * age and the cyclist's, since the second passage names the driver apart from the age it gives.
 * Two nouns neither passage sets apart ("a 38-year-old man" / "the 39-year-old accountant") may
 * be one person told two ways; a relation of someone ("his 15-year-old stepson", `ageRelative`)
 * against an age standing for its person ("the 11-year-old") may not.
 */
export function ageHeadsAgree(a: { ageHead?: string; ageRelative?: boolean; stems?: ReadonlySet<string> }, b: { ageHead?: string; ageRelative?: boolean; stems?: ReadonlySet<string> }): boolean {
	// "his 15-year-old stepson" / "the 11-year-old": a relation of someone against a person the other
	// passage names by age alone; nothing says the relation is that person.
	if ((a.ageRelative && b.ageHead === undefined) || (b.ageRelative && a.ageHead === undefined)) {
		return false;
	}
	if (a.ageHead === undefined || b.ageHead === undefined || a.ageHead === b.ageHead) {
		return true;
	}
	return !(b.stems?.has(a.ageHead) ?? false) && !(a.stems?.has(b.ageHead) ?? false);
}

/**
 * The same thing counted: the same first word ("a five-year deal worth…" / "a five-year deal"),
 * or the same noun with a describing word on one side only ("a 90-day court-ordered stay" / "a
 * 60-day stay"); not two different describing words ("an 11-game win streak" / "a three-game
 * losing streak").
 */
export function countedAgree(a: string[], b: string[]): boolean {
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
export function contrasted(a: string[] | undefined, b: string[] | undefined): boolean {
	return a !== undefined && b !== undefined && a.length > 1 && b.length > 1 && a[a.length - 1] === b[b.length - 1] && a[0] !== b[0];
}
