import { similarNames } from '../../entities/nameSimilarity';
import { comparablePlaces } from '../../entities/places';
import { firstNames } from '../../text/lexicon/people';
import { nameWordAbbreviations } from '../../text/lexicon/abbreviations';
import { legalSuffixes, organizationHeads } from '../../text/lexicon/sources';
import type { Entity, Severity } from '../../types';
import { entityRules } from '../rules/entities';
import { speechVerbs } from '../../text/lexicon/speech';
import type { CompareContext } from '../context';
import type { Unit } from '../units';
import type { SwapSide } from './swaps';
import { titleModifiers, titleWords } from '../../text/lexicon/titles';

/**
 * Both names are surely people: each is written somewhere in full with a known first name
 * ("Tomas Vey", "Ada Lenz"). A nickname, a role or a film read as a person ("Lenzy",
 * "the Ferryman", "Ada & Ivo") is not, and needs closer passages before it is listed.
 */
export function surelyPeople(...entities: Entity[]): boolean {
	return entities.every((entity) => entity.forms.some((form) => form.split(/\s+/).length >= 2 && firstNames.has(form.split(/\s+/)[0].toLowerCase())));
}

/**
 * Whether a name of each side follows the same word, its role ("Her agent, Tomas Vey, said" /
 * "Her agent, Tomas Brisk, said"): the same slot of two sentences, however else they go on. A
 * name after another word ("Her old friend, Tomas Brisk") or opening its sentence is not.
 */
export function sameRoleBefore(odd: SwapSide, common: SwapSide): boolean {
	const roles = (side: SwapSide) =>
		new Set(
			side.mentions.flatMap((mention, i) => {
				const before = side.units[i].tokens.filter((token) => token.end <= mention.start);
				const word = before.at(-1);
				return word?.content ? [word.norm] : [];
			}),
		);
	const commonRoles = roles(common);
	return [...roles(odd)].some((role) => commonRoles.has(role));
}

/**
 * Whether every passage of a side names its person as a speaker: a verb of speech right after
 * the name ("Sheriff Tomas Vey said"), or among the few words before it ("said county Sheriff
 * Tomas Vey", "according to Ada Lenz"). Two outlets that each quote another official on one
 * event ("…, Sheriff Tomas Vey said" / "…, Undersheriff Ivo Brisk said") name two speakers, not
 * one person twice; the same words given to two people are the attribution finder's.
 */
export function namedAsSpeaker(side: SwapSide): boolean {
	return side.mentions.every((mention, i) => {
		const tokens = side.units[i].tokens;
		const after = tokens.find((token) => token.start >= mention.end);
		const before = tokens.filter((token) => token.end <= mention.start).slice(-entityRules.speakerWindow);
		return (after !== undefined && speechVerbs.has(after.norm)) || before.some((token) => speechVerbs.has(token.norm) || token.norm === 'according');
	});
}

/**
 * The two sides of a swap, the odd one first: the side of fewer passages; of one passage each, the
 * first found, unless the second is a name its own article alone writes against one the folder
 * has settled on (`entityRules.folderSettled`: "launched Brennick, her label" / "launched Osk
 * Records" of four articles).
 */
export function oddSideFirst(sides: [SwapSide, SwapSide], articleCount: (key: string) => number): [SwapSide, SwapSide] {
	const [x, y] = sides;
	if (x.units.length !== y.units.length) {
		return x.units.length < y.units.length ? [x, y] : [y, x];
	}
	return folderSettled(y.key, x.key, articleCount) ? [y, x] : [x, y];
}

/** Whether the folder has settled on `common` against `odd`: `odd` in its own article only, `common` in several (`entityRules.folderSettled`). */
export function folderSettled(odd: string, common: string, articleCount: (key: string) => number): boolean {
	return articleCount(odd) <= 1 && articleCount(common) >= entityRules.folderSettled.articles;
}

/**
 * Whether a place set against another is more likely another place of the story than an outlet's
 * slip. Both are places and the odd one is written by several articles, so the outlets know it as
 * a place of the story; then passages only loosely alike (below `minCloseness.placeHigh`) tell two
 * facts ("the sect leader was held in a county jail in Tarnia" / "several followers were held in a
 * state prison in Vell"), and so do passages short of near copies when no gazetteer sets the two
 * against each other (`comparablePlaces`: a neighbourhood, a village, a district they do not hold:
 * "the victims lived in Orvel" / "the bus crashed in Quillmoor", both places recurring). A stray
 * place, written by its own article alone ("signed in Vessingrad" where the others say Port
 * Halden), stays a swap, and so does a place in near copies.
 *
 * @param odd The odd side's name and type, and how many articles write it.
 * @param common The other side's name and type.
 * @param closeness How alike the two sides' passages are.
 */
export function otherPlaceOfStory(odd: { name: string; type: Entity['type']; articles: number }, common: { name: string; type: Entity['type'] }, closeness: number): boolean {
	const recurring = odd.type === 'place' && common.type === 'place' && odd.articles >= 2;
	return recurring && (closeness < minCloseness.placeHigh || (closeness < minCloseness.nearCopies && !comparablePlaces(odd.name, common.name)));
}

/**
 * How much a swapped name matters. A different place for the event, when several outlets agree
 * on the other and the passages say the same otherwise, is what a fact-checker checks first. A
 * different person in similar sentences is often just another person quoted ("X said" / "Y
 * said"), and different organizations in similar sentences rarely mean a contradiction: low,
 * unless the passages are near copies. Two outlets alone that disagree (one each) rank lower than
 * one outlet against several, yet near copies that differ only by the name are still listed.
 */
export function substitutionSeverity(type: Entity['type'], oddOutlets: number, commonOutlets: number, closeness: number, people: boolean): Severity {
	const majority = commonOutlets >= 2 && oddOutlets === 1;
	const nearCopies = oddOutlets === 1 && closeness >= minCloseness.nearCopies;
	if (type === 'place') {
		if (majority && closeness >= minCloseness.place) {
			// Loosely alike passages that name a different country may just be two sentences about it.
			return closeness >= minCloseness.placeHigh ? 'high' : 'medium';
		}
		return nearCopies ? 'medium' : 'low';
	}
	if (type === 'person') {
		return (majority && closeness >= (people ? minCloseness.namedPerson : minCloseness.person)) || nearCopies ? 'medium' : 'low';
	}
	// Near copies that differ by one body's name for another's say the same of two bodies: "signed by
	// Tarn Port Authority officials" / "signed by Brennick officials" (0.7 alike), as for people.
	return (majority && closeness >= minCloseness.organization) || nearCopies ? 'medium' : 'low';
}

const { minCloseness } = entityRules;

/**
 * A translation that mangled a name keeps some of it: a word ("Kestrian Neue Agency" /
 * "Kestrian News Agency", "Norvik Neue Agency" / "Orla News Agency") or most of its letters.
 */
export function looksGarbled(odd: string, common: string): boolean {
	const words = (name: string) => new Set(name.toLowerCase().split(/[\s-]+/).filter((word) => word.length > 2));
	const commonWords = words(common);
	return [...words(odd)].some((word) => commonWords.has(word)) || similarNames(odd, common);
}

/**
 * One body's or place's name holding the other's, whole or by its initials: "U.N. Security
 * Council" / "United Nations", "the Tarn Port Authority board" / "Tarn Port Authority", "Orren
 * Peak" / "Orren Peak National Park" (a park named after its mountain), "Tarn Medical Assn" /
 * "Tarn Medical Association of the North". Words written short count as their full form and a
 * hyphen as a space (`nameWordAbbreviations`: "Orla-Mt Vess Park" / "Orla Mount Vess Park" is one
 * name written two ways). A part of a body, the body abbreviated, a park and its peak are no
 * other body or place; two that merely share a word ("Tarn Port Authority" / "Vell Port
 * Authority") are.
 */
export function bodyWithin(odd: string, common: string): boolean {
	const words = (name: string) =>
		name
			.split(/[\s\-\u2010\u2013]+/)
			.map((word) => word.replace(/[.,]/g, ''))
			.filter(Boolean)
			.map((word) => nameWordAbbreviations.get(word.toLowerCase()) ?? word);
	const initials = (name: string) =>
		words(name)
			.filter((word) => /^\p{Lu}/u.test(word) && !bodyLinkWords.has(word.toLowerCase()))
			.map((word) => word[0])
			.join('');
	const holds = (outer: string, inner: string) => {
		const padded = ` ${words(outer).join(' ').toLowerCase()} `;
		const abbreviation = initials(inner);
		return padded.includes(` ${words(inner).join(' ').toLowerCase()} `) || (abbreviation.length >= 2 && words(outer).includes(abbreviation));
	};
	return odd !== common && (holds(odd, common) || holds(common, odd));
}

/** Words a body's initials leave out ("Bank of the North" → BN). */
const bodyLinkWords = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des']);

/** "Orla Systems Inc." / "Orla Systems", "Vell Motors, Ltd." / "Vell Motors": one company with and without its legal form (`legalSuffixes`). */
export function sameBodyOtherForm(odd: string, common: string): boolean {
	const bare = (name: string) => {
		const words = name.toLowerCase().replace(/[,.]/g, ' ').split(/\s+/).filter(Boolean);
		while (words.length > 1 && legalSuffixes.has(words[words.length - 1])) {
			words.pop();
		}
		return words.join(' ');
	};
	return odd !== common && bare(odd) === bare(common);
}

/**
 * "Ada Lenz Clinic" / "Ada Lenz Center", "Tarn Police Service" / "Tarn Police Department": the
 * same words with another organization's head word last. Outlets name a body by its kind loosely.
 */
export function sameBodyOtherHead(odd: string, common: string): boolean {
	const [x, y] = [odd.toLowerCase().split(/\s+/), common.toLowerCase().split(/\s+/)];
	return x.length >= 2 && x.length === y.length && x.slice(0, -1).join(' ') === y.slice(0, -1).join(' ') && organizationHeads.has(x[x.length - 1]) && organizationHeads.has(y[y.length - 1]);
}

/** Whether a name ending at `end` stops at a hyphen inside a word ("Jet" of "Jet-set"); read for every mention, so a character test first. */
export function endsInsideHyphenated(text: string, end: number): boolean {
	return text.charCodeAt(end) === 45 && letter.test(text.charAt(end + 1));
}

const letter = /\p{L}/u;

/** "Tomas Vey" → "tomas". */
export function firstWord(name: string): string {
	return name.split(' ')[0].toLowerCase();
}

/**
 * How surely one outlet's other form of a word, in the same place of a claim, is its slip (a
 * misspelt word, "Thay" for "Thai"; another number of a name, "Route 54" for "Route 52"): listed
 * when two articles or more write the other form against one, or when one does in a near copy
 * (`entityRules.minCloseness.nearCopies`); else low, one outlet against one in looser passages.
 *
 * @param odd The passages with the odd form.
 * @param common The passages with the other form.
 */
export function oddFormSeverity(context: CompareContext, odd: Unit[], common: Unit[]): Severity {
	const articles = (units: Unit[]) => new Set(units.map((unit) => unit.article)).size;
	if (articles(common) >= 2 && articles(odd) === 1) {
		return 'medium';
	}
	return odd.some((unit) => common.some((other) => context.aligner.similarity(unit, other) >= minCloseness.nearCopies)) ? 'medium' : 'low';
}

/**
 * A name read with the title before it, the other side's person named bare: "ATTORNEY GENERAL
 * IVO" (a paragraph in capitals, where titles are not told from names by their case) against
 * "Ivo Orbeck". Once its title words are set aside, every word of the odd name is a word of the
 * other: one person, no other name.
 */
export function titledSameName(odd: string, common: string): boolean {
	const commonWords = new Set(common.toLowerCase().split(/[\s-]+/));
	const rest = odd
		.toLowerCase()
		.split(/[\s-]+/)
		.map((word) => word.replace(/\.$/, ''))
		.filter((word) => !titleWords.has(word) && !titleModifiers.has(word));
	return rest.length > 0 && rest.length < odd.split(/\s+/).length && rest.every((word) => commonWords.has(word));
}
