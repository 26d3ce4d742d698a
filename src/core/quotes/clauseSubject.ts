import type { TaggedToken } from '../text/tagger';
import { postnominalAdjectives } from '../text/lexicon/people';
import { orderingOpeners, relativeWords, sentenceOpeners, subordinators } from '../text/lexicon/functionWords';
import { tellingLemmas } from '../text/lexicon/speech';
import { timeSpanNouns } from '../text/lexicon/time';
import { genderOfFirstName } from '../text/givenNames';
import { isVerbAt, maxAppositive, readPhrase, skipParenthesis, textBetween, verbInPhrase, type ClauseSubject } from './clausePhrase';

export type { ClauseSubject } from './clausePhrase';

/**
 * Attribution by sentence structure, for quotes that no reporting verb touches: the person who
 * speaks is the subject of the clause the quote stands in, whatever its verb.
 *
 *   Senator Lena Ortiz says the plan appeals to the “worst instincts” of voters.   → Lena Ortiz
 *   In an interview on Friday, the harbour master called it a “disgrace.”           → harbour master
 *   Brandt, who once described the port as “a relic,” voted against it.             → Brandt
 *   As the Courier reported, “the vote was delayed twice.”                           → the Courier
 *   “Go home,” Ortiz snapped, and left the room.                                     → Ortiz
 *   Ortiz on the harbour vote: ‘We were never asked.’                                 → Ortiz (a headline)
 *
 * Each function reads tagged tokens (`text/tagger.ts`) and returns the subject phrase as written;
 * the caller resolves a pronoun to its person. This module reads the clause before the quote;
 * `clauseAfter.ts`, `clauseNearest.ts` and `clauseHeadline.ts` the other places a subject stands,
 * on the noun phrases of `clausePhrase.ts`.
 */

/** Tags that open an introductory phrase before the subject ("In an interview, …", "Despite …, …", "Asked about it, …"). */
const introTags = new Set(['ADP', 'SCONJ', 'VERB', 'ADV']);

/** The longest noun phrase of time that opens a sentence ("The day after the primary, …", "Last month, …"). */
const maxTimePhrase = 6;

/**
 * The most introductory phrases skipped before the subject: "At a fair in Dover, Del., on Sunday,
 * Senator Ada Vos backed the plan" opens with a place, its state and a time, each set off by a comma.
 */
const maxIntroductions = 4;

/**
 * The subject of the clause a quote stands in, read before the quote: the noun phrase that a
 * verb follows, after any introductory phrase and appositive.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 * @returns The subject, or nothing when the clause before the quote has none (a headline, a fragment).
 */
export function subjectBefore(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const before = tokens.filter((token) => token.end <= quoteStart);
	let i = 0;
	// "First, they were meant to …": a word that counts a point, before its comma, is no subject.
	while (i < before.length && (sentenceOpeners.has(before[i].lower) || before[i].pos === 'CCONJ' || before[i].text === ',' || (orderingOpeners.has(before[i].lower) && before[i + 1]?.text === ','))) {
		i++;
	}
	// "Now Tom Brandt, the mayor, is promising to create “…”": one adverb opens the sentence before a
	// name; not one that opens a clause of its own ("When Vos died, Lund said …").
	if (before[i]?.pos === 'ADV' && before[i + 1]?.pos === 'PROPN' && !subordinators.has(before[i].lower) && !relativeWords.has(before[i].lower)) {
		i++;
	}
	i = pastAge(before, i);
	// "But, said Sollo, “…”": an opening conjunction and its comma stand before the verb.
	const inverted = invertedSubject(before, i);
	if (inverted) {
		return inverted;
	}
	const asClause = asClauseSubject(before, i, quoteStart);
	if (asClause) {
		return asClause;
	}
	const timeComma = before.findIndex((token, k) => k > i && token.text === ',');
	if (timeComma > 0 && opensWithTimeClause(before, i, timeComma)) {
		i = timeComma + 1;
	}
	for (let round = 0; round < maxIntroductions; round++) {
		const found = subjectAt(before, i, quoteStart);
		if (found) {
			return found;
		}
		// "In an interview on Friday, the harbour master called it …": skip the introduction once; a
		// short one may be a noun phrase of time ("The day after the vote, Dukes called it …").
		const comma = before.findIndex((token, k) => k > i && token.text === ',');
		if (comma < 0 || !(introTags.has(before[i]?.pos ?? '') || comma - i <= maxTimePhrase)) {
			return undefined;
		}
		i = placeGoesOn(before, comma) ?? comma + 1;
		// "On “Harbour Hour,” Ortiz said …": the comma may stand inside the closing mark.
		while (i < before.length && before[i].pos === 'PUNCT') {
			i++;
		}
		const late = invertedSubject(before, i) ?? asClauseSubject(before, i, quoteStart);
		if (late) {
			return late;
		}
	}
	return undefined;
}

/** Words that join a span of time to a clause ("two days after …", "an hour before …"). */
const timeClauseWords = new Set(['after', 'before', 'since', 'until']);

/**
 * "Fifteen minutes after Marsh was picked as his running mate, Ada Vos called …": a span of time
 * and a clause of its own open the sentence; the subject stands after their comma.
 */
function opensWithTimeClause(tokens: TaggedToken[], i: number, comma: number): boolean {
	for (let k = i + 1; k < comma && k <= i + 3; k++) {
		if (timeClauseWords.has(tokens[k].lower)) {
			return tokens.slice(i, k).some((token) => timeSpanNouns.has(token.lower) || token.lower === 'minutes' || token.lower === 'hours');
		}
	}
	return false;
}

/** Past an age written before a name: "76-year-old Ada Brandt, a founder, said …" → from "Ada". */
function pastAge(tokens: TaggedToken[], i: number): number {
	const [number, hyphen, year, second, old] = tokens.slice(i, i + 5);
	const isAge = number?.pos === 'NUM' && hyphen?.text === '-' && (year?.lower === 'year' || year?.lower === 'years') && second?.text === '-' && old?.lower === 'old';
	return isAge ? i + 5 : i;
}

/** "As the Courier reported, “…”", "Of course, as Joel Polk of the Courier observed, …": the subject of the "as" clause speaks. */
function asClauseSubject(before: TaggedToken[], i: number, quoteStart: number): ClauseSubject | undefined {
	if (before[i]?.lower !== 'as') {
		return undefined;
	}
	// The name before its complement: "as Joel Polk of the Courier observed".
	const head = readPhrase(before, i + 1);
	const object = head && before[head.next]?.pos === 'ADP' ? readPhrase(before, head.next + 1) : undefined;
	if (head && object && isTelling(before[object.next])) {
		return head.subject;
	}
	// "As Akil Amar, a professor of law, put it, “…”": with an appositive.
	const appositive = before[i + 1]?.pos === 'PROPN' ? subjectAt(before, i + 1, quoteStart) : undefined;
	if (appositive) {
		return appositive;
	}
	const verb = before[head?.next ?? -1];
	return head && isTelling(verb) ? head.subject : undefined;
}

/**
 * A verb of telling in an "as" clause ("As the Courier reported", "as Polk put it"); "As the hall
 * began to clap, Morlan quipped, “…”" is a time, and the subject after the comma speaks.
 */
function isTelling(verb: TaggedToken | undefined): boolean {
	return verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && tellingLemmas.has(verb.lemma);
}

/**
 * An introduction that ends in a place goes on with the place's region or country: "Speaking at a
 * rally in Dover, Kent, Ortiz went after Brandt" (Kent is no subject).
 *
 * @returns Where the clause starts after the region's comma, or nothing.
 */
function placeGoesOn(before: TaggedToken[], comma: number): number | undefined {
	if (before[comma - 1]?.pos !== 'PROPN') {
		return undefined;
	}
	let k = comma + 1;
	while (k < before.length && k <= comma + 3 && before[k].pos === 'PROPN') {
		k++;
	}
	if (k === comma + 1 || before[k]?.text !== ',') {
		return undefined;
	}
	// "In Dover, Ortiz, the mayor, said": there the name is the subject, and what follows its comma no clause.
	const phrase = readPhrase(before, k + 1);
	const verb = phrase ? before[phrase.next] : undefined;
	return verb?.pos === 'VERB' || verb?.pos === 'AUX' ? k + 1 : undefined;
}

/**
 * "Said Ortiz, who grew up by the quay, “…”", "In other words, explained moderator Nan Cord: “…”":
 * the verb first, then its subject, which ends at a comma, a colon or the quote.
 */
function invertedSubject(before: TaggedToken[], v: number): ClauseSubject | undefined {
	if (before[v]?.pos !== 'VERB') {
		return undefined;
	}
	const phrase = readPhrase(before, v + 1);
	const next = phrase ? before[phrase.next] : undefined;
	return phrase && (next === undefined || next.text === ',' || next.text === ':') ? phrase.subject : undefined;
}

/** The subject at `i` when a verb of its clause follows before the quote, or the quote sits inside its appositive. */
function subjectAt(before: TaggedToken[], i: number, quoteStart: number): ClauseSubject | undefined {
	const phrase = readPhrase(before, i);
	if (!phrase) {
		return undefined;
	}
	// "Mr. Smith shot [NOUN] back: “…”": as after a quote, a name and an everyday word before a particle.
	const following = before[phrase.next];
	const split = following && (following.pos === 'ADV' || following.pos === 'ADP' || following.text === ':') ? verbInPhrase(before, i, phrase.next) : undefined;
	if (split) {
		return split;
	}
	let v = skipParenthesis(before, phrase.next);
	// A description's own complement: "Another delegate on the Ortiz slate, Bo Lund, said …" (the
	// name in apposition follows), "A spokesman for Platte Docks declined …", "Another source
	// familiar with Ruiz's thinking said …" (the description with it is the subject).
	if (phrase.subject.kind === 'description') {
		const preposition = before[v]?.pos === 'ADJ' && postnominalAdjectives.has(before[v].lower) ? v + 1 : v;
		const single = before[preposition]?.pos === 'ADP' ? readPhrase(before, preposition + 1) : undefined;
		// "The minister of trade and ports, Ada Vos, said …": the complement may join two nouns.
		const joined = single && before[single.next]?.pos === 'CCONJ' ? readPhrase(before, single.next + 1) : undefined;
		const object = joined && before[joined.next]?.text === ',' ? joined : single;
		if (object && before[object.next]?.text === ',') {
			v = object.next;
		} else if (object && isVerbAt(before, object.next, quoteStart)) {
			const last = before[object.next - 1];
			return { ...phrase.subject, name: textBetween(before, i, object.next), span: { start: phrase.subject.span.start, end: last.end } };
		}
	}
	if (before[v]?.text !== ',') {
		return isVerbAt(before, v, quoteStart) ? phrase.subject : undefined;
	}
	// "Brandt, the port's lawyer, said …"; "Brandt, who once called it “a relic,” voted …".
	const close = before.findIndex((token, k) => k > v && token.text === ',');
	// "The port's lawyer, Ada Brandt, said …": the name in apposition is the person.
	const owned = phrase.subject.kind === 'description' || before.slice(i, phrase.next).some((token) => token.pos === 'PART');
	const named = owned ? (readPhrase(before, v + 1) ?? givenNameBetween(before, v, close)) : undefined;
	if (named?.subject.kind === 'name' && named.next === close) {
		phrase.subject = named.subject;
	}
	if (close < 0) {
		// "Last month, Port Director Jim Dale called it “careless”": a verb right after the phrase that
		// follows the comma makes the first phrase an introduction, and the second the subject.
		const next = readPhrase(before, v + 1);
		if (next && isVerbAt(before, skipParenthesis(before, next.next), quoteStart)) {
			return next.subject;
		}
		return v + 1 < before.length ? phrase.subject : undefined;
	}
	// "Mara Quill, a professor who worked for Sen. Ann Loy (R-Ore.), one of its authors, called it …":
	// the appositive may hold commas of its own; the verb follows one of them.
	for (let comma = close; comma >= 0 && comma - v <= maxAppositive; comma = before.findIndex((token, k) => k > comma && token.text === ',')) {
		// "In Dover, Del., on Sunday, Vos backed it, saying …": a participle after a comma hangs on
		// the clause, and is no verb of "Del.".
		if (isVerbAt(before, comma + 1, quoteStart) && !before[comma + 1].lower.endsWith('ing')) {
			return phrase.subject;
		}
	}
	return undefined;
}

/**
 * "Vos’s son, Grant, defended his father": a given name alone between the commas after a
 * description, which the tagger may read as a verb or a noun ("Grant", "Will"), is the person.
 *
 * @param comma The comma after the description.
 * @param close The comma after the name.
 */
function givenNameBetween(before: TaggedToken[], comma: number, close: number): { subject: ClauseSubject; next: number } | undefined {
	const token = before[comma + 1];
	if (close !== comma + 2 || !token || token.text === token.lower || genderOfFirstName(token.text) === undefined) {
		return undefined;
	}
	return { subject: { name: token.text, span: { start: token.start, end: token.end }, kind: 'name', head: token.lower }, next: close };
}
