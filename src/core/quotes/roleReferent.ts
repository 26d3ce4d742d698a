import type { TaggedToken } from '../text/tagger';
import { isEnglishWord } from '../text/lexicon/englishWords';
import { otherTitlePrefixes, titleAbbreviationsOf, titleWords } from '../text/lexicon/titles';
import type { Named } from './attributionTypes';
import { isPersonName } from './nameKinds';

/** An initial ("J."), built once as the patterns above. */
const initialPattern = /^\p{Lu}\.$/u;

/**
 * Who "the admiral" is: the person the article named earlier with that title ("Admiral Ivo
 * Marsh … The admiral nodded." → Ivo Marsh), so that a pronoun after a sentence about "the
 * admiral" finds that person, not another one named in between ("Admiral Ivo Marsh met the
 * fair. Afterwards General Tom Bell gave a speech. The admiral nodded. “…,” he said." → Ivo Marsh).
 */

/** Words of a name after a title: capitalised, or initials ("Ivo J. Marsh"). */
const nameWordPattern = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)$/u;

/** A word's first letter in a title, but for "of" and "the" ("secretary of state" → "Secretary of State"). */
const titleWordStartPattern = /(^|\s)(?!of\s|the\s)(\p{Ll})/gu;

/** A letter. */
const letterPattern = /\p{L}/u;

/** The last word of a stretch of text, with a full stop after it or not ("Lt. "). */
const lastWordPattern = /(\p{L}+)\.?\s+$/u;

/** The most words a title's name may have ("Ivo J. de Marsh" is four). */
const maxNameWords = 4;

/**
 * The role that is the subject of a sentence or of a clause: "the" (or "this"), at most two
 * adjectives or nouns, then a title word, then a verb ("The admiral nodded", "The former governor has said"); the
 * role word, lower case.
 *
 * @param tokens The sentence's tokens, tagged.
 */
export function subjectRole(tokens: TaggedToken[], isRole: (word: string) => boolean = (word) => titleWords.has(word)): { role: string; at: number } | undefined {
	// Only conjunctions, adverbs and marks so far ("But", "Later,").
	let leading = true;
	for (let i = 0; i < tokens.length; i++) {
		// "The admiral nodded", "But the admiral …", "Questioned twice - on the budget and the docks -
		// the admiral shrugged": "the" opens the sentence or a clause after a comma or a dash.
		const opens = leading || [',', '-', '—', '–'].includes(tokens[i - 1].text);
		leading &&= ['CCONJ', 'ADV', 'PUNCT'].includes(tokens[i].pos);
		if (!opens || !['the', 'this'].includes(tokens[i].lower)) {
			continue;
		}
		for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
			const token = tokens[k];
			const next = tokens[k + 1];
			if (isRole(token.lower) && token.text === token.lower && next && (next.pos === 'VERB' || next.pos === 'AUX')) {
				return { role: token.lower, at: token.start };
			}
			if (!['ADJ', 'NOUN'].includes(token.pos)) {
				break;
			}
		}
	}
	return undefined;
}

/**
 * The last person named with the title `role` before `before`: "Admiral Ivo Marsh", "Adm. Ivo
 * Marsh" or "former admiral Ivo Marsh" for "admiral"; "Secretary of State Ada Vos" for "secretary
 * of state". "Vice President Ada Vos" is no "president" (`otherTitlePrefixes`).
 *
 * @param text The article's text.
 * @param role The title, lower case ("admiral", "secretary of state").
 * @param before Where the role stands: the name must come earlier.
 */
export function titledPerson(text: string, role: string, before: number): TitledPerson | undefined {
	return titledPeople(text, role, before).at(-1);
}

/** A person named with a title, and where the title starts ("Gov. Ada Vos"). */
export type TitledPerson = Named & { titleStart: number };

/** Everyone named with the title `role` before `before`, in the order of the text. */
export function titledPeople(text: string, role: string, before: number): TitledPerson[] {
	const capitalised = role.replace(titleWordStartPattern, (_, space: string, letter: string) => space + letter.toUpperCase());
	const found: TitledPerson[] = [];
	for (const title of new Set([capitalised, role, ...(titleAbbreviationsOf[role] ?? [])])) {
		for (let at = text.indexOf(title); at >= 0 && at < before; at = text.indexOf(title, at + title.length)) {
			if (letterPattern.test(text[at - 1] ?? '') || otherTitlePrefixes.has(wordBefore(text, at))) {
				continue;
			}
			// "Ada Vos, the secretary of state, toured …": the role in apposition after a name.
			const appositive = text[at + title.length] === ',' ? nameBeforeRole(text, at) : undefined;
			if (appositive) {
				found.push({ ...appositive, titleStart: appositive.span.start });
				continue;
			}
			if (text[at + title.length] !== ' ') {
				continue;
			}
			const named = nameAfter(text, at + title.length + 1, before);
			if (named) {
				found.push({ ...named, titleStart: at });
			}
		}
	}
	return found.sort((a, b) => a.span.start - b.span.start);
}

/** A name, a comma and "the" or "a" with up to two words before a role: "Ada Vos, the former " before "secretary of state". */
const nameBeforeRolePattern = /(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}), (?:the|a|an)(?: \p{Ll}[\p{L}-]*){0,2} $/u;

/**
 * The person a role set off after their name stands for:
 *   Ada Vos, the secretary of state, toured Dover. … “…,” the secretary of state said.   → Ada Vos
 */
function nameBeforeRole(text: string, at: number): Named | undefined {
	const found = nameBeforeRolePattern.exec(text.slice(Math.max(0, at - 80), at));
	if (!found || !isPersonName(found[1].toLowerCase().split(' '))) {
		return undefined;
	}
	const start = at - found[0].length;
	return { name: found[1], span: { start, end: start + found[1].length } };
}

/** The word right before `at`, lower case, without a full stop ("Lt." → "lt"). */
function wordBefore(text: string, at: number): string {
	return lastWordPattern.exec(text.slice(Math.max(0, at - 20), at))?.[1].toLowerCase() ?? '';
}

/** The name of up to `maxNameWords` capitalised words that starts at `start`, if it names a person. */
function nameAfter(text: string, start: number, limit: number): Named | undefined {
	const words = text.slice(start, Math.min(limit, start + 80)).split(' ');
	let length = 0;
	let end = start;
	for (const raw of words.slice(0, maxNameWords)) {
		// "Ivo J. Marsh, who …": an initial keeps its full stop; any other mark ends the name.
		// "Adm. Ivo Marsh's fleet": the possessive ends the name too.
		const word = initialPattern.test(raw) ? raw : raw.replace(/(?:['’]s)?[.,;:!?)]*$/, '');
		if (!nameWordPattern.test(word) || titleWords.has(word.toLowerCase().replace(/\.$/, ''))) {
			break;
		}
		length++;
		end += (length > 1 ? 1 : 0) + word.length;
		if (word !== raw) {
			break;
		}
	}
	const name = text.slice(start, end);
	// A person's name: "General Motors" is none, nor is one everyday word ("Admiral Says").
	const keys = name.toLowerCase().split(' ');
	const named = length >= 2 || (length === 1 && !isEnglishWord(keys[0]));
	return named && isPersonName(keys) ? { name, span: { start, end } } : undefined;
}

/** The person a sentence's role subject stands for, read once a sentence (a pronoun looks back at many). */
const rolePersons = new WeakMap<TaggedToken[], { person?: Named; at: number }>();

/**
 * The person that the role subject of a sentence stands for ("The admiral nodded." → the person
 * named "Admiral …" before it), with where the role stands.
 *
 * @param tokens The sentence's tokens, tagged (the same array each time it is asked for).
 * @param start Where the sentence starts: the title must stand before it.
 */
export function rolePersonOf(text: string, tokens: TaggedToken[], start: number): { person?: Named; at: number } {
	let found = rolePersons.get(tokens);
	if (!found) {
		const role = subjectRole(tokens);
		found = role ? { person: titledPerson(text, role.role, start), at: role.at } : { at: Infinity };
		rolePersons.set(tokens, found);
	}
	return found;
}
