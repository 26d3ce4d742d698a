import type { Entity, Span } from '../../../src/core/types';
import { alreadyFlagged, fileOf, type Edit, type Plant } from '../plant';
import type { ComparedCluster } from '../pipeline';
import { surelyPerson } from './nameTypes';
import type { Random } from '../random';

/** A transliteration-style respelling of a surname, or nothing when the rule does not fit it. */
type Respelling = (name: string) => string | undefined;

const vowels = /^[aeiou]$/i;
/** Consonants a transliteration doubles ("Tarasov" → "Tarassov"); h, j, q, w, x and y are never doubled. */
const doubled = /^[bcdfgklmnprstvz]$/i;

/**
 * The ways one outlet's transliteration differs from another's, each keeping the name
 * recognisable: "Varennikov" → "Varennikoff", "Reid" → "Reyd", "Lyman" → "Liman", "Putin" →
 * "Poutin", "Osterhout" → "Osterhut", "Tarasov" → "Tarassov", "Kallenbach" → "Kalenbach".
 * Letters keep the case of the letters they replace.
 */
const respellings: Record<string, Respelling> = {
	'v→ff': (name) => (/v$/i.test(name) ? name.slice(0, -1) + like(name.slice(-1), 'ff') : undefined),
	'i→y': (name) => at(name, (k) => /i/i.test(name[k]), (k) => like(name[k], 'y')),
	'y→i': (name) => at(name, (k) => /y/i.test(name[k]), (k) => like(name[k], 'i')),
	'u→ou': (name) => at(name, (k) => /u/i.test(name[k]) && !/[oq]/i.test(name[k - 1]), (k) => like(name[k], 'o') + name[k]),
	'ou→u': (name) => at(name, (k) => /o/i.test(name[k]) && /u/i.test(name[k + 1] ?? ''), () => ''),
	'double consonant': (name) =>
		at(name, (k) => doubled.test(name[k]) && vowels.test(name[k - 1]) && k + 1 < name.length && vowels.test(name[k + 1]), (k) => name[k] + name[k]),
	'single consonant': (name) => at(name, (k) => doubled.test(name[k]) && name[k].toLowerCase() === name[k + 1]?.toLowerCase(), () => ''),
};

/** Letters and apostrophes either side of a name would make it part of another word. */
const wordChar = /[\p{L}\p{N}]/u;

/**
 * Surnames of people several outlets name (at least three articles; see `surelyPerson`), each respelled in every
 * capitalised occurrence in one article ("Reid" and "REID"), the other articles left as they are.
 *
 * @param cluster The original, analysed and compared.
 * @param random Chooses the respelling among those that fit the name.
 * @returns One plant per person and article.
 */
export function respellingPlants(cluster: ComparedCluster, random: Random): Plant[] {
	const plants: Plant[] = [];
	const people = cluster.corpus.entities.filter((entity) => entity.type === 'person');
	for (const entity of people.filter((person) => surelyPerson(person, cluster))) {
		const surname = surnameOf(entity);
		const articles = [...new Set(entity.mentions.map((mention) => mention.article))];
		// Two people who share a surname ("Joe Biden", "Hunter Biden") would both be respelled.
		if (!surname || articles.length < 3 || people.some((other) => other !== entity && surnameOf(other) === surname)) {
			continue;
		}
		const fitting = Object.entries(respellings).filter(([, respell]) => respell(surname));
		for (const article of articles.sort()) {
			const spots = occurrences(cluster.texts.get(article)!, surname);
			const named = spots.some((spot) => entity.mentions.some((mention) => mention.article === article && mention.start <= spot.start && spot.end <= mention.end));
			if (fitting.length === 0 || !named || spots.some((spot) => alreadyFlagged(cluster, 'entity', article, spot, true))) {
				continue;
			}
			const [variant, respell] = random.pick(fitting);
			const edits: Edit[] = spots.map(({ start, end, form }) => ({ start, end, text: respell(form)! }));
			plants.push({ kind: 'respelling', variant, article, file: fileOf(cluster, article), edits, witness: articles.find((other) => other !== article)! });
		}
	}
	return plants;
}

/** The last word of a person's name, when it is a plain capitalised word of four letters or more ("Reid", not "Xi" or "O'Neil"). */
function surnameOf(entity: Entity): string | undefined {
	const last = entity.name.split(' ').pop()!;
	return /^\p{Lu}\p{Ll}{3,}$/u.test(last) ? last : undefined;
}

/**
 * Every whole-word occurrence of a surname as written in prose, in title case or capitals;
 * not inside a web address ("…/tara-reid-rehab"), which no reader takes for the name.
 */
function occurrences(text: string, surname: string): (Span & { form: string })[] {
	const found: (Span & { form: string })[] = [];
	for (const form of new Set([surname, surname.toUpperCase()])) {
		for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
			const end = at + form.length;
			const chunk = text.slice(text.lastIndexOf(' ', at) + 1, text.indexOf(' ', end) < 0 ? text.length : text.indexOf(' ', end));
			if (!wordChar.test(text[at - 1] ?? ' ') && !wordChar.test(text[end] ?? ' ') && !chunk.includes('/')) {
				found.push({ start: at, end, form });
			}
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** The first letter after the first one that a rule fits, rewritten. */
function at(name: string, fits: (k: number) => boolean, rewrite: (k: number) => string): string | undefined {
	for (let k = 1; k < name.length; k++) {
		if (fits(k)) {
			return name.slice(0, k) + rewrite(k) + name.slice(k + 1);
		}
	}
	return undefined;
}

/** New letters in the case of the letter they stand for ("V" → "FF"). */
function like(letter: string, replacement: string): string {
	return letter === letter.toUpperCase() ? replacement.toUpperCase() : replacement;
}
