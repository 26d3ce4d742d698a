import type { Figure } from '../../types';
import type { FigureFrame, FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import type { Token } from '../tokens';
import type { ResolvedMention } from '../units';
import { gapBefore, indexAt } from './tokenPlaces';

/** The name whose age the figure is when set off by commas right after it ("Ivo Marr, 23,"). */
export function apposedAgeOwner(passage: FramedPassage, figure: Figure): ResolvedMention | undefined {
	const { text, names } = passage;
	if (figure.kind !== 'duration' || figure.unit !== 'year' || !/^\d{1,3}$/.test(figure.text) || !/^\s*,/.test(text.slice(figure.end, figure.end + 3))) {
		return undefined;
	}
	return names.find((name) => name.end <= figure.start && /^,\s*$/.test(text.slice(name.end, figure.start)));
}

/**
 * The names a figure belongs to: those before it in its clause, but not a speaker ("Ms Ward
 * said 40 people…", "according to Ward, 40 people…"), and for an age the person after it ("a
 * 76-year-old farmer, Piet Dorr").
 */
export function ownersOf(passage: FramedPassage, figure: Figure, first: number, last: number): Map<string, string> {
	const { tokens, names } = passage;
	const clauseStart = complementStart(passage, clauseStartBefore(passage, first), first, figure);
	const owners = new Map<string, string>();
	const typeOf = (key: string) => passage.typeOf?.(key) ?? 'name';
	const next = tokens[last + 1]?.norm === 'old' ? last + 2 : last + 1;
	const age = /-olds?$/i.test(figure.text) || next === last + 2;
	// An age the object of a verb is someone else's than the clause's names: only a name after it can own it.
	if (!(age && ageOfObject(passage, first))) {
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
	}
	// "about 30 homes collapsed in Tarnby" / "some 80 homes collapsed in Vellmark": a place
	// after "in" in the figure's clause is where the count was made, so two places' counts are two
	// facts (a town's and its province's), as a place before the figure makes them.
	if (!age && ![...owners.values()].includes('place')) {
		const place = placeAfter(passage, figure, last);
		if (place) {
			owners.set(place.key, 'place');
		}
	}
	if (age && owners.size === 0) {
		const after = names.find((name) => name.start >= figure.end && tokens.slice(next, next + figureRules.ageNameWindow).some((token) => token.start === name.start));
		if (after) {
			owners.set(after.key, typeOf(after.key));
		}
	}
	return owners;
}

/**
 * Whether an age stands as the object of a verb or a preposition, so that it is someone else's
 * than the clause's names: "Marr was convicted of robbing a 14-year-old", "Marr arrived with his
 * 12-year-old". An age after a comma or a copula is its subject's ("Marr, a 59-year-old
 * fisherman,", "Marr is a 59-year-old fisherman").
 */
function ageOfObject(passage: FramedPassage, first: number): boolean {
	const { tokens } = passage;
	const determiner = tokens[first - 1];
	const before = tokens[first - 2];
	return (
		determiner !== undefined &&
		before !== undefined &&
		figureRules.ageDeterminers.has(determiner.norm) &&
		!figureRules.copulas.has(before.norm) &&
		!gapBefore(passage, first - 1, /,/)
	);
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

/**
 * Where a "that" clause holding a name of its own starts, between the clause's start and the
 * figure: its subject owns the figure, not the names of the clause it hangs on. "Judge Ivo Marr
 * dropped two charges, noting that Vey owns 20 boats": the boats are Vey's, not the judge's.
 * Without a name after "that" the clause's names stay: "Marr said that 20 boats were lost".
 */
function complementStart(passage: FramedPassage, clauseStart: number, first: number, figure: Figure): number {
	const { tokens, names } = passage;
	for (let i = first - 1; i > 0 && tokens[i].start >= clauseStart; i--) {
		if (tokens[i].norm === 'that') {
			const start = tokens[i + 1]?.start ?? clauseStart;
			return names.some((name) => name.start >= start && name.end <= figure.start) ? start : clauseStart;
		}
	}
	return clauseStart;
}

/** A name followed by a verb of saying ("Ward said"), or after "according to": the source, not the owner. */
function isSpeaker(tokens: Token[], name: ResolvedMention): boolean {
	const after = tokens.findIndex((token) => token.start >= name.end);
	const before = tokens.findIndex((token) => token.start >= name.start);
	// NOTE: not a name after the verb: "THR says Ross accepted $8 million" is Ross's sum.
	return (after >= 0 && figureRules.sayingVerbs.has(tokens[after].norm)) || (before >= 2 && tokens[before - 2].norm === 'according' && tokens[before - 1].norm === 'to');
}

/**
 * The names of a passage that another outlet's owner may be, without the places that only hold
 * another place of the passage: in "six homes were flooded in Orlek, the capital of the Vell
 * district," the district says where Orlek is; the homes are Orlek's, and an outlet that counts
 * "about 800 homes flooded in the Vell district" counts another place's. A place set off by a comma after
 * another and named after "of" or "in" a few words on ("…, the capital of Vell", "…, a town in
 * Vell") is such a holder.
 */
export function namedOwners(passage: FramedPassage): Set<string> {
	const named = new Set<string>();
	passage.names.forEach((name, n) => {
		if (!isHolder(passage, n)) {
			named.add(name.key);
		}
	});
	return named;
}

/** Whether the `n`th name is a place set off after another place to say where that one is (`namedOwners`). */
function isHolder(passage: FramedPassage, n: number): boolean {
	const { text, names, tokens } = passage;
	const name = names[n];
	if (passage.typeOf?.(name.key) !== 'place') {
		return false;
	}
	// "of Vell", "of the Vell district".
	const start = indexAt(tokens, name.start);
	const at = tokens[start - 1]?.norm === 'the' ? start - 1 : start;
	const link = tokens[at - 1];
	if (!link || (link.norm !== 'of' && link.norm !== 'in')) {
		return false;
	}
	// Back from the link over a few lower-case words ("the capital", "a town") to a comma right after another place.
	for (let i = at - 1; i > 0 && at - i <= figureRules.holderWords; i--) {
		if (gapBefore(passage, i, /,/)) {
			const held = names.find((other) => other !== name && other.end <= tokens[i].start && other.end >= tokens[i - 1].end && passage.typeOf?.(other.key) === 'place');
			return held !== undefined && /^\s*,\s*$/.test(text.slice(held.end, tokens[i].start));
		}
		if (tokens[i - 1].capitalized) {
			return false;
		}
	}
	return false;
}

/**
 * Two owners differ only when they are of one type (two people, two places) and neither passage
 * names the other's (an age's one owner always differs from another person): "Lena Marsh, 70," / "said 76-year-old Piet Dorr"; "in Tarn, 20,000 marched"
 * / "in Vell, 10,000 marched". A person against a team or a city says nothing: "the Gulls paid him
 * $3 million" / "Arlow earned $3 million".
 */
export function ownersAgree(a: FigureFrame, b: FigureFrame): boolean {
	// An age belongs to one person: "Ada Lenz, 59," / "Ivo Marr, 23," are two people's however
	// many of them each passage names.
	// So does a count of one person's: "Vey, accused of owning two boats," / "noting that Marr owns
	// 20 boats and Vey owns two" are two people's, though each passage names both. Not a date: a
	// name before a year is seldom its owner ("hosted the Vell Awards in 2004" / "Ivo Marr in 2005").
	const count = (frame: FigureFrame) => frame.counted.length > 0 && !frame.counted.some((unit) => unit === 'date' || unit === 'year');
	const onePersonsCounts = () => count(a) && count(b) && [...a.owners.values(), ...b.owners.values()].every((type) => type === 'person');
	if (a.owners.size === 1 && b.owners.size === 1 && ((a.apposedAge && b.apposedAge) || onePersonsCounts())) {
		return [...a.owners.keys()][0] === [...b.owners.keys()][0];
	}
	const crossNamed = [...a.owners.keys()].some((owner) => b.named.has(owner)) || [...b.owners.keys()].some((owner) => a.named.has(owner));
	if (crossNamed) {
		return true;
	}
	const typesA = new Set(a.owners.values());
	return ![...b.owners.values()].some((type) => typesA.has(type));
}

/** The first place named after "in" between the figure and the end of its clause (a comma, a semicolon, a bracket, a dash, a word like "while", or one that opens a subordinate clause: "when", "after"). */
function placeAfter(passage: FramedPassage, figure: Figure, last: number): ResolvedMention | undefined {
	const { tokens } = passage;
	let end = last + 1;
	while (end < tokens.length && !gapBefore(passage, end) && !figureRules.clauseWords.has(tokens[end].norm) && !figureRules.subordinateWords.has(tokens[end].norm)) {
		end++;
	}
	const clauseEnd = tokens[end - 1]?.end ?? figure.end;
	return passage.names.find((name) => {
		if (name.start < figure.end || name.end > clauseEnd || passage.typeOf?.(name.key) !== 'place') {
			return false;
		}
		return tokens[indexAt(tokens, name.start) - 1]?.norm === 'in';
	});
}
