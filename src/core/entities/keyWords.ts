import * as placesLexicon from '../text/lexicon/places';
import * as titlesLexicon from '../text/lexicon/titles';

// The words of a name's key ("vadim borodin"), as the grouping and the variants read them.

// NOTE: imports read once, as in `entities/tokens.ts`.
const { placeAliases } = placesLexicon;
const { articlePrefixes, nameSuffixes } = titlesLexicon;

/** Words that acronyms skip ("International Olympic Committee" → IOC, "Bank of England" → BoE). */
export const acronymSkips: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'de', '&', 'on', 'in']);

/** "international olympic committee" → "ioc"; "bank of england" → "be". */
export function initials(words: readonly string[]): string {
	return words
		.filter((word) => !acronymSkips.has(word))
		.map((word) => word[0])
		.join('');
}

/**
 * Whether the spelling `host` holds `part`: `part`'s words appear in it in order ("lenz" in
 * "ada lenz", "haddad" in "samir al-haddad"), `part` spells its initials ("ioc"), or both
 * name one country ("us" in "united states").
 */
export function holds(host: string, part: string): boolean {
	const hostWords = host.split(' ');
	const partWords = part.split(' ');
	if (partWords.length < hostWords.length && (isSubsequence(partWords, hostWords) || isSubsequence(partWords, hostWords.map((word) => withoutArticle(word) ?? word)))) {
		return true;
	}
	if (partWords.length === 1 && hostWords.length > 1 && initials(hostWords) === part) {
		return true;
	}
	const alias = placeAliases.get(part);
	return alias !== undefined && alias === placeAliases.get(host) && host.length > part.length;
}

/** The last word of a name, a "Jr." or "III" after it left out. */
export function lastName(words: readonly string[]): string {
	const last = words[words.length - 1];
	return nameSuffixes.has(last) && words.length > 1 ? words[words.length - 2] : last;
}

/** A surname without the Arabic article joined to it ("al-haddad" → "haddad"), or undefined when it has none. */
export function withoutArticle(word: string): string | undefined {
	const hyphen = word.indexOf('-');
	return hyphen > 0 && word.length - hyphen > 3 && articlePrefixes.has(word.slice(0, hyphen)) ? word.slice(hyphen + 1) : undefined;
}

/** Whether `part` appears in `whole` in order, gaps allowed ("arcade comeaux" in "arcade joseph comeaux jr"). */
export function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
	let k = 0;
	for (const word of whole) {
		if (word === part[k]) {
			k++;
		}
	}
	return k === part.length;
}

export function startsWith(whole: readonly string[], part: readonly string[]): boolean {
	return part.every((word, n) => whole[n] === word);
}

export function endsWith(whole: readonly string[], part: readonly string[]): boolean {
	const offset = whole.length - part.length;
	return part.every((word, n) => whole[offset + n] === word);
}
