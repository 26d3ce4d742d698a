import { roleNouns } from '../text/lexicon/people';
import { otherTitlePrefixes, titleWords } from '../text/lexicon/titles';
import type { Named } from './attributionTypes';
import { titledPeople, type TitledPerson } from './roleReferent';

/**
 * Who "the governor" is when a quote's speaker is a role said with "the": the person the article
 * named earlier with that title, written out or abbreviated.
 *
 *   Gov. Ada Vos toured the docks. “We will rebuild,” the governor said.   → Ada Vos
 *   Secretary of State Tom Brandt flew in. “…,” said the former secretary of state.   → Tom Brandt
 *
 * A role nobody was named with stays as written ("the judge"): a guess by salience alone would
 * often name the wrong person.
 */

/** A letter. */
const letterPattern = /\p{L}/u;

/** A capital first. */
const capitalStartPattern = /^\p{Lu}/u;

/** How far back (in characters) the titled person must be mentioned last, by name or surname. */
const maxDistance = 600;

/** A lower-case letter first. */
const lowerStartPattern = /^\p{Ll}/u;

/** "of" and one lower-case word ("of state", "of staff"). */
const ofAfterPattern = /^ of \p{Ll}+/u;

/** "the " or "The " right before a description. */
const theBeforePattern = /\b[Tt]he\s+$/;

/**
 * The title a definite description names ("former Kent governor" → "governor", "secretary of
 * state" → "secretary of state"), when the description is lower case after "the" and its head is
 * a title or a role.
 *
 * @param text The article's text.
 * @param found The description as read, without its "the".
 */
export function definiteRole(text: string, found: Named): string | undefined {
	if (!lowerStartPattern.test(found.name) || !theBeforePattern.test(text.slice(Math.max(0, found.span.start - 5), found.span.start))) {
		return undefined;
	}
	// "said the secretary of state": the phrase as read may stop before "of".
	const complement = ofAfterPattern.exec(text.slice(found.span.end, found.span.end + 30))?.[0] ?? '';
	const words = (found.name + complement).split(' ');
	const of = words.lastIndexOf('of');
	// "secretary of state", "chief of staff": the title with its complement.
	// "vice president": a word that makes the head another title stays with it.
	const first = of > 0 && of === words.length - 2 ? of - 1 : words.length - 1;
	const role = words.slice(first > 0 && otherTitlePrefixes.has(words[first - 1]) ? first - 1 : first).join(' ');
	const head = words[first];
	return titleWords.has(head) || roleNouns.has(head) ? role : undefined;
}

/**
 * The person a definite role stands for: the last person named with that title before it.
 *
 * @param text The article's text.
 * @param found The description as read ("governor" after "the").
 */
export function personOfRole(text: string, found: Named): Named | undefined {
	const role = definiteRole(text, found);
	const people = role ? titledPeople(text, role, found.span.start) : [];
	// "Sen. Ada Vos … Sen. Tom Brandt … Vos toured the docks. “…,” the senator said": of the people
	// with that title, the one the text mentions last.
	let best: TitledPerson | undefined;
	let bestAt = -1;
	for (const person of people) {
		const surname = person.name.slice(person.name.lastIndexOf(' ') + 1);
		const at = lastMention(text, surname, found.span.start);
		if (at >= bestAt) {
			best = person;
			bestAt = at;
		}
	}
	// "Sen. Ada Vos spoke in May. … [pages about Tom Brandt] … “…,” the senator said": a titled person
	// mentioned long before is no sure referent (Brandt may be a senator the text never titles).
	if (!best || found.span.start - bestAt > maxDistance) {
		return undefined;
	}
	// Named as the article titles them ("Gov. Ada Vos"): a capitalised title is part of how the
	// article names them; a role in lower case ("actress Lena Ortiz") is not.
	const titled = capitalStartPattern.test(text[best.titleStart]);
	return { name: titled ? text.slice(best.titleStart, best.span.end) : best.name, span: best.span };
}

/** Where `word` stands last as a whole word before `before`, or -1. */
function lastMention(text: string, word: string, before: number): number {
	for (let at = text.lastIndexOf(word, before - word.length); at >= 0; at = text.lastIndexOf(word, at - 1)) {
		if (!letterPattern.test(text[at - 1] ?? '') && !letterPattern.test(text[at + word.length] ?? '')) {
			return at;
		}
	}
	return -1;
}
