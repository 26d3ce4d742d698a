import * as peopleLexicon from '../text/lexicon/people';
import * as placesLexicon from '../text/lexicon/places';
import * as nameSimilarityModule from './nameSimilarity';
import * as keyWordsModule from './keyWords';
import { DisjointSets } from './disjointSets';
import * as placesModule from './places';
import { hasGeneration, twoNumbersOfOneWord } from './spellingGuards';
import { nicknameOf } from '../text/nicknames';
import * as englishWordsLexicon from '../text/lexicon/englishWords';
import type { Entity, EntityType } from '../types';
import { collectForms, compatible, groupOf, indicesWhere, merged, type ArticleMentions, type Form } from './forms';
import { buildEntities, groupType } from './identities';

export type { ArticleMentions } from './forms';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { firstNames } = peopleLexicon;
const { isEnglishWord } = englishWordsLexicon;
const { gazetteer, placeAliases } = placesLexicon;
const { inGazetteers } = placesModule;
const { editDistance, similarNames } = nameSimilarityModule;
const { endsWith, initials, isSubsequence, lastName, startsWith, withoutArticle } = keyWordsModule;

/**
 * Groups mentions into identities across a folder: one entity per person, organization or place,
 * with every spelling and every mention. Spellings join when they differ only in case
 * ("BORODINE"/"Borodine"); when one is a part of one longer name only ("Borodin" → "Vadim Borodin",
 * "Lu" → "Lu Hanwei", "Tianbao" → "Tianbao News Agency"); when one is the other's acronym ("IOC");
 * when one is a rarer transliteration of the other, or comes from another outlet ("Borodine" →
 * "Borodin"); and when they name one country ("US", "United States"). A surname shared by two full
 * names ("Joel Farrow", "Hana Farrow") joins neither.
 *
 * @param articles Each article's id, text and mentions, in folder order.
 * @returns The entities, with ids `e1`, `e2`, … in order of first appearance.
 */
export function groupEntities(articles: readonly ArticleMentions[]): Entity[] {
	const forms = collectForms(articles);
	const sets = new DisjointSets(forms.length);
	joinAliases(forms, sets);
	joinLongerNames(forms, sets);
	joinNearNames(forms, sets);
	joinAcronyms(forms, sets);
	joinSingleWords(forms, sets);
	joinVariants(forms, sets);
	return buildEntities(forms, sets, new Map(articles.map((article, n) => [article.id, n])));
}

/** "US", "U.S.", "USA" and "United States" are one place, even with no expansion in the folder. */
function joinAliases(forms: Form[], sets: DisjointSets): void {
	const first = new Map<string, number>();
	forms.forEach((form, i) => {
		const alias = placeAliases.get(form.key);
		if (alias === undefined) {
			return;
		}
		const seen = first.get(alias);
		if (seen === undefined) {
			first.set(alias, i);
		} else {
			sets.union(seen, i);
		}
	});
}

/**
 * Joins names of two words or more to a longer name that holds them: the same first and last word
 * with middle names or initials left out ("Ivo Marr" → "Ivo Tomas Marr Jr."), or the
 * start or end of one longer name only ("General Assembly" → "United Nations General Assembly").
 * NOTE: types must agree, and a known place is a place of its own ("New York", "New York Times").
 */
function joinLongerNames(forms: Form[], sets: DisjointSets): void {
	const long = indicesWhere(forms, (form) => form.words.length > 1);
	const pending: [number, number][] = [];
	for (const i of long) {
		const holders: number[] = [];
		for (const j of long) {
			const short = forms[i];
			const other = forms[j];
			if (i === j || short.words.length >= other.words.length || !compatible(short.lexical, other.lexical)) {
				continue;
			}
			if (short.words[0] === other.words[0] && lastName(short.words) === lastName(other.words) && isSubsequence(short.words, other.words)) {
				holders.push(j);
			} else if ((startsWith(other.words, short.words) || endsWith(other.words, short.words)) && !gazetteer.has(short.key)) {
				pending.push([i, j]);
			}
		}
		// "Ivo Strel" beside both "Ivo J. Strel" and "Ivo Strel Jr.": the father, not the son.
		const sons = holders.filter((j) => hasGeneration(forms[j].words) && !hasGeneration(forms[i].words));
		const joined = sons.length < holders.length ? holders.filter((j) => !sons.includes(j)) : holders;
		// "Ivo Strel" beside "Ivo J. Strel" and "Ivo K.J. Strel": two people of one name, joined to neither.
		const apart = joined.some((j) => joined.some((k) => !isSubsequence(forms[j].words, forms[k].words) && !isSubsequence(forms[k].words, forms[j].words)));
		if (!apart) {
			joined.forEach((j) => sets.union(i, j));
		}
	}
	joinUnambiguous(pending, sets, forms);
}

/**
 * Joins names that differ in one word, when that word is spelt another way ("Vadim Borodine" →
 * "Vadim Borodin"), mistyped ("Anre Vellasco"), or, in a name of three words or more, garbled
 * ("Kestrian Neue Agency" → "Kestrian News Agency"), or shortened ("Sam Orlek" → "Samuel Orlek"), and the odd
 * spelling is much rarer or comes from other articles.
 * NOTE: two first names are two people ("Joan Smith"/"John Smith").
 */
function joinNearNames(forms: Form[], sets: DisjointSets): void {
	const long = indicesWhere(forms, (form) => form.words.length > 1);
	for (const i of long) {
		for (const j of long) {
			const a = forms[i];
			const b = forms[j];
			if (j <= i || a.words.length !== b.words.length || !compatible(a.lexical, b.lexical)) {
				continue;
			}
			const differing = onlyDifference(a.words, b.words);
			if (differing < 0 && transliterated(a.words, b.words) && consensusAllows(a, b)) {
				sets.union(i, j);
				continue;
			}
			if (differing < 0 || !consensusAllows(a, b)) {
				continue;
			}
			const x = a.words[differing];
			const y = b.words[differing];
			const distance = editDistance(x, y);
			const garbled = Math.min(x.length, y.length) >= 4 && (distance <= 1 || (a.words.length >= 3 && x[0] === y[0] && distance <= 2));
			// "Sam Orlek" is "Samuel Orlek": a short form of the first name.
			const shortened = differing === 0 && a.words.length === 2 && Math.min(x.length, y.length) >= 3 && (x.startsWith(y) || y.startsWith(x));
			// "Jim Vellaster" is "James Vellaster": a nickname of the first name (`nicknameOf`).
			const nickname = differing === 0 && a.words.length === 2 && nicknameOf(x, y);
			if (shortened || nickname || ((similarNames(x, y) || garbled) && !(firstNames.has(x) && firstNames.has(y)))) {
				sets.union(i, j);
			}
		}
	}
}

/**
 * A two-word name transliterated another way as a whole, as translated copy spells a name from
 * another alphabet: "Arkadiy Vostrov" / "Arkady Wostrow". Each word sounds like the other's
 * (`similarNames`), and, as for one word (`joinNearNames`), two first names news writes often are
 * two people's: "Joan Smyth" and "John Smith".
 */
function transliterated(a: readonly string[], b: readonly string[]): boolean {
	return a.length === 2 && similarNames(a[0], b[0]) && similarNames(a[1], b[1]) && !(firstNames.has(a[0]) && firstNames.has(b[0]));
}

/** The one place where two lists of words of one length differ ("sam dalembert" / "samuel dalembert": 0), or -1 (none, or more than one). */
function onlyDifference(a: readonly string[], b: readonly string[]): number {
	let differing = -1;
	for (let n = 0; n < a.length; n++) {
		if (a[n] !== b[n]) {
			if (differing >= 0) {
				return -1;
			}
			differing = n;
		}
	}
	return differing;
}

/**
 * The cross-outlet consensus lets a variant join: it is used three times less than the other
 * spelling, or never in the same article.
 */
function consensusAllows(a: Form, b: Form): boolean {
	const [rare, common] = a.mentions.length <= b.mentions.length ? [a, b] : [b, a];
	return rare.mentions.length * 3 <= common.mentions.length || ![...rare.articles].some((id) => common.articles.has(id));
}

/** Joins an acronym to the one name whose initials it spells ("IOC" → "International Olympic Committee"). */
function joinAcronyms(forms: Form[], sets: DisjointSets): void {
	const pending: [number, number][] = [];
	// Each longer name's initials, spelt once (not once per acronym of the folder).
	const initialsOf = forms.map((form) => (form.words.length > 1 ? initials(form.words) : undefined));
	forms.forEach((acronym, i) => {
		if (!acronym.acronym) {
			return;
		}
		forms.forEach((form, j) => {
			// "P.J." is someone's initials, not "Phil Jacksons".
			if (initialsOf[j] === acronym.key && form.lexical !== 'person' && groupType(forms, sets, j) !== 'person') {
				pending.push([i, j]);
			}
		});
	});
	joinUnambiguous(pending, sets, forms);
}

/**
 * Joins a single word to the one longer name that opens or ends with it: a surname ("Borodin" →
 * "Vadim Borodin"), a Chinese family name, which comes first ("Lu" → "Lu Hanwei"), a short
 * name of an organization ("Tianbao" → "Tianbao News Agency"). A word two names share stays alone
 * ("Farrow" with "Joel Farrow" and "Hana Farrow"), and a known place is a place of its own
 * ("Dravonia" and "Dravonia News Agency", "Lantern" and "Lantern Strait").
 */
function joinSingleWords(forms: Form[], sets: DisjointSets): void {
	const pending: [number, number][] = [];
	// The longer names by their first word and by their surname, each list in the folder's order.
	const byEdgeWord = new Map<string, number[]>();
	forms.forEach((form, j) => {
		if (form.words.length >= 2) {
			// "Haddad" → "Samir al-Haddad": the surname without the article outlets drop by house style.
			const surname = lastName(form.words);
			for (const word of new Set([form.words[0], surname, withoutArticle(surname) ?? surname])) {
				(byEdgeWord.get(word) ?? byEdgeWord.set(word, []).get(word)!).push(j);
			}
		}
	});
	forms.forEach((single, i) => {
		if (single.words.length !== 1) {
			return;
		}
		for (const j of byEdgeWord.get(single.key) ?? []) {
			const type = groupType(forms, sets, j);
			const usedAsPlace = single.votes.place > single.votes.person + single.votes.organization;
			if (compatible(single.lexical, type) && (!usedAsPlace || type === 'place' || surnameInPlaceSlot(single, forms[j], type, groupOf(forms, sets, j))) && !gazetteer.has(single.key)) {
				pending.push([i, j]);
			}
		}
	});
	joinUnambiguous(pending, sets, forms);
}

/**
 * Whether a single word typed a place only by the words around it is the surname of a person the
 * folder knows, named in full in two articles or more: "the crowd in Brevik cheered", where two
 * outlets write "Orla Tamsin Brevik", is her name after a preposition that made it a place, no
 * town of its own. A gazetteer's place stays a place ("Tom Napier" and "the rally in
 * Napier"), and so does a town beside a person one article names ("the bank in Orlen" and the
 * odd "Sergeant Ivo Orlen").
 */
function surnameInPlaceSlot(single: Form, full: Form, type: EntityType, group: Form[]): boolean {
	if (type !== 'person' || single.lexical !== undefined || lastName(full.words) !== single.key) {
		return false;
	}
	const named = new Set(group.filter((form) => form.words.length > 1).flatMap((form) => [...form.articles]));
	return named.size >= 2 && !inGazetteers(single.key);
}

/**
 * Joins a single-word spelling to another group when the two sound alike ("Borodine" → "Borodin",
 * "Vadim Borodin"), with the consensus rule of `consensusAllows` applied to the whole groups.
 */
function joinVariants(forms: Form[], sets: DisjointSets): void {
	// "the Marrs" beside "Ivo Marr": a family, a name's plural, never a spelling of it.
	const surnames = new Set(forms.filter((form) => form.words.length > 1).map((form) => lastName(form.words)));
	const family = (form: Form) => form.words.length === 1 && form.key.endsWith('s') && surnames.has(form.key.slice(0, -1));
	const singles = indicesWhere(forms, (form) => form.words.length === 1 && !form.acronym && form.key.length >= 3 && !family(form));
	// What each form offers to a single word, read once: its word (a longer name's surname), or "" when it offers none (an acronym, a family).
	const wordOf = forms.map((other) => (other.acronym || family(other) ? '' : other.words.length === 1 ? other.key : lastName(other.words)));
	for (const i of singles) {
		for (let j = 0; j < forms.length; j++) {
			const word = wordOf[j];
			if (word === '' || word === forms[i].key || sets.find(i) === sets.find(j) || !similarNames(forms[i].key, word) || twoNumbersOfOneWord(forms[i].key, word)) {
				continue;
			}
			if (everydayWordApart(forms[i], groupOf(forms, sets, j), word, groupType(forms, sets, j))) {
				continue;
			}
			const [a, b] = [groupOf(forms, sets, i), groupOf(forms, sets, j)];
			if (a.some((form) => form.words.length > 1) && b.some((form) => form.words.length > 1)) {
				continue;
			}
			const typesAllow = compatible(groupType(forms, sets, i), groupType(forms, sets, j)) || typedByContextAlone(a) || typedByContextAlone(b);
			if (typesAllow && consensusAllows(merged(a), merged(b))) {
				sets.union(i, j);
			}
		}
	}
}

/**
 * Whether an everyday word keeps a single-word spelling from the name it is close to: the head
 * noun of an organization or a place ("the Tarn Institute of Gazettes" or "Vell Gazette" is no
 * outlet "Gazetto", even when "Vell" is also a person's name), or a word written in capitals alone
 * ("LETTERS", a section's header, is no "Leathers"). A person's surname that is also a word, after
 * a given name in the group it belongs to or alone, still meets its spellings ("Ada Wood",
 * "Wood" / "Woode").
 */
function everydayWordApart(single: Form, group: Form[], word: string, type: EntityType): boolean {
	const full = group.filter((form) => form.words.length > 1);
	const surname = type === 'person' && (full.length === 0 || full.some((form) => firstNames.has(form.words[0]) && lastName(form.words) === word));
	const shouted = [...single.surfaces.keys()].every((surface) => surface === surface.toUpperCase());
	return (isEnglishWord(word) && !surname) || (isEnglishWord(single.key) && (shouted || !surname));
}

/**
 * A spelling met in one article only, whose words imply no type, is typed by the words around it
 * alone: a misspelt "Germani" after "of" reads as a person, yet sounds like the place "Germany"
 * that other outlets write. Its type then does not keep it from the group it sounds like.
 */
function typedByContextAlone(group: Form[]): boolean {
	return group.every((form) => form.lexical === undefined) && new Set(group.flatMap((form) => [...form.articles])).size === 1;
}

/**
 * Joins each shorter form to its one candidate group. A form with candidates in two groups is
 * ambiguous and stays apart ("Farrow" with "Joel Farrow" and "Hana Farrow"), unless one group is
 * mentioned four times as often as any other ("Brisk" with "Tomas Brisk" ×15, "Tom Brisk" ×3).
 */
function joinUnambiguous(pairs: [number, number][], sets: DisjointSets, forms: Form[]): void {
	const candidates = new Map<number, Set<number>>();
	for (const [short, long] of pairs) {
		const roots = candidates.get(short) ?? new Set();
		roots.add(sets.find(long));
		candidates.set(short, roots);
	}
	const size = (root: number) => groupOf(forms, sets, root).reduce((sum, form) => sum + form.mentions.length, 0);
	const joins: [number, number][] = [];
	for (const [short, roots] of candidates) {
		const ranked = [...roots].map((root) => ({ root, size: size(root) })).sort((a, b) => b.size - a.size);
		if (ranked.length === 1 || ranked[0].size >= 4 * ranked[1].size) {
			joins.push([short, ranked[0].root]);
		}
	}
	for (const [short, root] of joins) {
		sets.union(short, root);
	}
}
