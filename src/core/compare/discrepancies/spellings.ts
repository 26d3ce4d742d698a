import { withoutAccents } from '../../entities/nameStyles';
import { variantForms } from '../../entities/variantForms';
import { americanSpelling } from '../../text/spellingVariants';
import { demonyms } from '../../text/lexicon/places';
import type { Entity } from '../../types';
import { mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { countOf, sidesText } from '../wording/sides';
import { nicknameOf } from '../../text/nicknames';

/**
 * "Varga" in four outlets and "Vargue" in one: the same identity spelled differently. Case,
 * hyphens, spaces or accents alone ("NORDA" / "norda", "Vásquez" / "Vasquez": `sameLetters`) are
 * low; different letters (a transliteration) are medium.
 */
export function findSpellings(context: CompareContext): DiscrepancyDraft[] {
	const drafts: DiscrepancyDraft[] = [];
	for (const entity of context.corpus.entities) {
		const variants = variantForms(entity);
		if (variants.length < 2) {
			continue;
		}
		const outlets = new Set(variants.flatMap((variant) => variant.articles));
		if (outlets.size < 2) {
			continue;
		}
		const sorted = [...variants].sort((x, y) => y.articles.length - x.articles.length);
		const main = sorted[0];
		const caseOnly = sorted.every((variant) => sameLetters(variant.form, main.form));
		const familiar =
			!caseOnly &&
			sorted.every(
				(variant) => sameLetters(variant.form, main.form) || shortFirstName(variant.form, main.form) || acceptedSpelling(variant.form, main.form) || (romanised(variant.form, main.form) && !variant.articles.some((article) => main.articles.includes(article))),
			);
		const mentions = sorted.flatMap((variant) =>
			variant.articles.flatMap((article) => {
				const mention = mentionOfForm(entity, article, variant.form);
				return mention ? [mentionOf(context, article, mention, variant.form, variant !== main)] : [];
			}),
		);
		drafts.push({
			kind: 'entity',
			severity: caseOnly || familiar ? 'low' : 'medium',
			summary: `${entity.name} spelled differently: ${sidesText(sorted.map((variant) => ({ text: variant.form, articles: variant.articles })), context.outlet)}`,
			reason: caseOnly
				? 'The same name in different capitals, hyphens, spaces or accents.'
				: familiar
					? 'The same name, with the short form of the first name, an accepted spelling, or its first letter romanised otherwise, in outlets that keep to their form.'
					: `One ${entity.type}, ${countOf(sorted.length, 'spelling')}; the outlets' other references agree it is the same ${entity.type}.`,
			strength: caseOnly ? 0.9 : 0.75,
			mentions,
			missing: [],
			weight: caseOnly || familiar ? 0 : 0.5,
		});
	}
	return drafts;
}

/** The same letters but for capitals, accents, spaces, hyphens and full stops ("Sea-Wall" / "Seawall", "Vásquez" / "Vasquez"). */
function sameLetters(a: string, b: string): boolean {
	const letters = (form: string) => withoutAccents(form).toLowerCase().replace(/[\s\-‐–.]+/g, '');
	return letters(a) === letters(b);
}

/**
 * Two accepted spellings of one name, which no reader takes for a disagreement: British and
 * American forms ("Harbour Board" / "Harbor Board", "Tarn Centre" / "Tarn Center", "Recognised"
 * / "Recognized": `americanSpelling`), a country's name or its adjective ("Kenya Defence Forces" /
 * "Kenyan Defense Forces"), the head word
 * in the singular or the plural ("a Vell Award" / "the Vell Awards"), and a final "e" on a
 * one-word name ("Bern" / "Berne"). A letter changed or doubled inside is still a misspelling.
 */
function acceptedSpelling(a: string, b: string): boolean {
	const plain = (form: string) =>
		form
			.toLowerCase()
			.split(' ')
			.map(americanSpelling)
			.join(' ')
			// The plural of a head word: "Vell Awards", not the last letters of "Ross" / "Ros".
			.replace(/(\s\S{3,}[^s\s])s$/, '$1')
			.replace(/^(\S+)e$/, '$1');
	const [x, y] = [plain(a).split(' '), plain(b).split(' ')];
	// A country and its adjective in a body's name: "Kenya Defence Forces" / "Kenyan Defense Forces".
	return x.length === y.length && x.every((word, i) => word === y[i] || countryAndAdjective(word, y[i]));
}

/** "kenya" / "kenyan", "iraq" / "iraqi": a country's name and its adjective (`demonyms`), either way round. */
function countryAndAdjective(a: string, b: string): boolean {
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 3 && demonyms.has(long);
}

/** "NORDA" / "norda", "Jet-Set Pilot" / "Jetset Pilot": the same letters, in other capitals or hyphens. */


/**
 * "Kostas Vey" / "Costas Vey", "Yelena" / "Jelena", "Katerina" / "Caterina": one word's
 * first letter romanised otherwise, the rest the same. An outlet that keeps to such a form
 * throughout follows its own transliteration; a slip of the keyboard rarely hits a first letter.
 */
function romanised(a: string, b: string): boolean {
	const [x, y] = [a.toLowerCase().split(/\s+/), b.toLowerCase().split(/\s+/)];
	if (x.length !== y.length) {
		return false;
	}
	const differing = x.map((word, i) => [word, y[i]]).filter(([one, other]) => one !== other);
	return differing.length === 1 && differing[0][0].length >= 4 && differing[0][0].slice(1) === differing[0][1].slice(1);
}

/** "Sam Orlek" / "Samuel Orlek", "Lou Brandt" / "Louis Brandt", "Ben Ames" / "Benjamin Lee Ames": a first name and its short form, or its nickname ("Bill Ames" / "William Ames": `nicknameOf`). */
export function shortFirstName(a: string, b: string): boolean {
	const [first, ...rest] = a.toLowerCase().split(/\s+/);
	const [otherFirst, ...otherRest] = b.toLowerCase().split(/\s+/);
	// "Benedikt Aron Velk" / "Ben Velk": a middle name left out too.
	const [fewer, more] = rest.length <= otherRest.length ? [rest, otherRest] : [otherRest, rest];
	const sameRest = fewer.join(' ') === more.join(' ') || (fewer.length === 1 && more.length === 2 && fewer[0] === more[1]);
	if (rest.length === 0 || otherRest.length === 0 || !sameRest || first === otherFirst) {
		return false;
	}
	const [short, long] = first.length < otherFirst.length ? [first, otherFirst] : [otherFirst, first];
	return (short.length >= 2 && long.startsWith(short)) || nicknameOf(first.replace(/\.$/, ''), otherFirst.replace(/\.$/, ''));
}

/**
 * The mention of an article that writes a spelling: the spelling itself ("Vargue"), else a part
 * of it ("Varennikov" for "Aleksandr Varennikov": the article uses the short form only).
 */
function mentionOfForm(entity: Entity, article: string, form: string) {
	const words = new Set(form.toLowerCase().split(/\s+/));
	const own = entity.mentions.filter((mention) => mention.article === article);
	return (
		own.find((mention) => mention.text.toLowerCase() === form.toLowerCase()) ??
		own.find((mention) => mention.text.toLowerCase().split(/\s+/).every((word) => words.has(word)))
	);
}
