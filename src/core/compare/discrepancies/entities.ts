import { similarNames, variantForms } from '../../entityGrouping';
import { firstNames } from '../../nameLexicon';
import type { Entity, LocatedMention, Severity, Span } from '../../types';
import type { Token } from '../tokens';
import { diffWords } from '../wordDiff';
import { entityKey, type Unit } from '../units';
import { listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';

/**
 * Finds names that outlets write differently, and names that stand in one outlet where the
 * others name someone or somewhere else.
 *
 * @param context The comparison.
 * @returns Spelling drafts (one per identity) and substitution drafts (one per claim and name).
 */
export function findEntityDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	return [...findSpellings(context), ...findSubstitutions(context)];
}

/**
 * "Putin" in four outlets and "Poutine" in one: the same identity spelled differently. Case alone
 * ("AUKUS" / "aukus") is low; different letters (a transliteration) are medium.
 */
function findSpellings(context: CompareContext): DiscrepancyDraft[] {
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
		const caseOnly = sorted.every((variant) => variant.form.toLowerCase() === main.form.toLowerCase());
		const familiar = !caseOnly && sorted.every((variant) => variant.form.toLowerCase() === main.form.toLowerCase() || shortFirstName(variant.form, main.form));
		const mentions = sorted.flatMap((variant) =>
			variant.articles.flatMap((article) => {
				const mention = mentionOfForm(entity, article, variant.form);
				return mention ? [mentionOf(context, article, mention, variant.form, variant !== main)] : [];
			}),
		);
		drafts.push({
			kind: 'entity',
			severity: caseOnly || familiar ? 'low' : 'medium',
			summary: `${entity.name} spelled differently: ${sorted.map((variant) => `${variant.form} (${listOutlets(context, variant.articles)})`).join(' vs ')}`,
			reason: caseOnly
				? 'The same name in different capitals.'
				: familiar
					? 'The same name, with the short form of the first name in some outlets.'
					: `One ${entity.type}, ${sorted.length} spellings; the outlets' other references agree it is the same ${entity.type}.`,
			confidence: caseOnly ? 0.9 : 0.75,
			mentions,
			missing: [],
			weight: caseOnly || familiar ? 0 : 0.5,
		});
	}
	return drafts;
}

/**
 * Both names are surely people: each is written somewhere in full with a known first name
 * ("Gary Ross", "Jack Ketsoyan"). A nickname, a role or a film read as a person ("LiLo",
 * "Wolverine", "Liz & Dick") is not, and needs closer passages before it is listed.
 */
function surelyPeople(...entities: Entity[]): boolean {
	return entities.every((entity) => entity.forms.some((form) => form.split(/\s+/).length >= 2 && firstNames.has(form.split(/\s+/)[0].toLowerCase())));
}

/** "Sam Dalembert" / "Samuel Dalembert", "Lou Williams" / "Louis Williams": a first name and its short form. */
function shortFirstName(a: string, b: string): boolean {
	const [first, ...rest] = a.toLowerCase().split(/\s+/);
	const [otherFirst, ...otherRest] = b.toLowerCase().split(/\s+/);
	if (rest.length === 0 || rest.join(' ') !== otherRest.join(' ') || first === otherFirst) {
		return false;
	}
	const [short, long] = first.length < otherFirst.length ? [first, otherFirst] : [otherFirst, first];
	return short.length >= 2 && long.startsWith(short);
}

/**
 * In aligned passages, a name one outlet has where the others name someone or somewhere else
 * *in the same place of the sentence*: "signed in Vessingrad" where three outlets say "signed in
 * Port Halden" (the word diff pairs the two names). A name found in no other article of the
 * folder is a garbled translation ("Kestrian Neue Agency" for "Kestrian News Agency"); a name
 * known elsewhere is a different place or person.
 */
function findSubstitutions(context: CompareContext): DiscrepancyDraft[] {
	const articlesOf = new Map<string, Set<string>>();
	for (const entity of context.corpus.entities) {
		articlesOf.set(entityKey(entity), new Set(entity.mentions.map((mention) => mention.article)));
	}
	const drafts = new Map<string, DiscrepancyDraft>();
	// Claims, then sentences too far apart to be one claim that are each other's best match: a
	// replaced name can be what pushed them apart ("said Halloran" where the other says "said Reid").
	const groups = [
		...context.claims.filter((claim) => claim.members.length >= 2).map((claim) => ({ claim: claim.id as string | undefined, units: claim.members.map((member) => context.unitOf(member)), nearMiss: 'no' })),
		// Outbid pairs too ("…eager to meet Xi at the Olympics in Beijing, which officials … boycott"
		// packs a second claim), for a name no other article has (invented or garbled), as weak evidence.
		...context.aligner.nearMisses().map(({ a, b, mutual, outbid }) => ({ claim: undefined, units: [a, b], nearMiss: outbid ? 'outbid' : mutual ? 'mutual' : 'one-sided' })),
	];
	const singleton = (unit: Unit, other: Unit) => [...unit.entities].some((key) => !other.entities.has(key) && (articlesOf.get(key)?.size ?? 0) <= 1);
	for (const { claim: claimId, units, nearMiss } of groups) {
		if (nearMiss === 'outbid' && !singleton(units[0], units[1]) && !singleton(units[1], units[0])) {
			continue;
		}

		const swaps = findSwaps(context, units);
		for (const [pairKey, swap] of swaps) {
			// The side fewer outlets take is the odd one; a tie between two outlets flags both ways once.
			const [odd, common] = swap.sides[0].units.length <= swap.sides[1].units.length ? swap.sides : [swap.sides[1], swap.sides[0]];
			if (nearMiss === 'outbid' && (articlesOf.get(odd.key)?.size ?? 0) > 1) {
				continue;
			}
			const oddEntity = context.entity(odd.key)!;
			const commonEntity = context.entity(common.key)!;
			const garbled = (articlesOf.get(odd.key)?.size ?? 0) <= 1 && looksGarbled(oddEntity.name, commonEntity.name);
			const what = oddEntity.type === 'organization' ? 'organization' : oddEntity.type;
			// A few passages tell how alike the two sides are; a claim of hundreds need not be measured whole.
			const closeness = Math.max(...odd.units.slice(0, 3).flatMap((unit) => common.units.slice(0, 5).map((other) => context.aligner.similarity(unit, other))));
			const judged = garbled ? 'medium' : substitutionSeverity(oddEntity.type, odd.units.length, common.units.length, closeness, surelyPeople(oddEntity, commonEntity));
			const severity = !swap.placed ? 'low' : nearMiss === 'no' ? judged : nearMiss === 'mutual' && judged !== 'low' ? 'medium' : 'low';
			const oddText = odd.mentions[0].text;
			const key = `${pairKey}|${odd.units.map((unit) => unit.article).join(',')}`;
			if (drafts.has(key)) {
				continue;
			}
			const outletsOf = (side: typeof odd) => listOutlets(context, side.units.map((unit) => unit.article));
			drafts.set(key, {
				kind: 'entity',
				severity,
				summary: garbled
					? `${oddText} (${outletsOf(odd)}) where the others say ${commonEntity.name} (${outletsOf(common)})`
					: `Different ${what}: ${oddText} (${outletsOf(odd)}) vs ${commonEntity.name} (${outletsOf(common)})`,
				reason: garbled
					? `“${oddText}” appears in no other article; in the same place of the same passage ${outletsOf(common)} name ${commonEntity.name}: likely garbled in translation.`
					: `In aligned passages ${outletsOf(common)} name ${commonEntity.name} where ${outletsOf(odd)} name ${oddEntity.name}.`,
				confidence: Math.min(1, 0.25 + 0.1 * common.units.length + 0.5 * closeness),
				mentions: [
					...odd.mentions.map((mention, i) => mentionOf(context, odd.units[i].article, mention, mention.text, true)),
					...common.mentions.map((mention, i) => mentionOf(context, common.units[i].article, mention, mention.text, false)),
				],
				missing: [],
				...(claimId ? { claim: claimId } : {}),
				weight: garbled ? 0.8 : 1,
			});
		}
	}
	return [...drafts.values()];
}

/**
 * How much a swapped name matters. A different place for the event, when several outlets agree
 * on the other and the passages say the same otherwise, is what a fact-checker checks first. A
 * different person in similar sentences is often just another person quoted ("X said" / "Y
 * said"), and different organizations in similar sentences rarely mean a contradiction: low,
 * unless the passages are near copies. Two outlets alone that disagree (one each) rank lower than
 * one outlet against several, yet near copies that differ only by the name are still listed.
 */
function substitutionSeverity(type: Entity['type'], oddOutlets: number, commonOutlets: number, closeness: number, people: boolean): Severity {
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
	return majority && closeness >= minCloseness.organization ? 'medium' : 'low';
}

/** Least similarity of the passages for a swap to rank above low, by the swapped name's type (a place high from `placeHigh`), and for two outlets alone. */
const minCloseness = { place: 0.2, placeHigh: 0.3, person: 0.5, namedPerson: 0.35, organization: 0.6, nearCopies: 0.6 };

/**
 * A translation that mangled a name keeps some of it: a word ("Kestrian Neue Agency" /
 * "Kestrian News Agency", "China Neue Agency" / "Xinhua News Agency") or most of its letters.
 */
function looksGarbled(odd: string, common: string): boolean {
	const words = (name: string) => new Set(name.toLowerCase().split(/[\s-]+/).filter((word) => word.length > 2));
	const commonWords = words(common);
	return [...words(odd)].some((word) => commonWords.has(word)) || similarNames(odd, common);
}

/** Two names of one kind that the word diff of aligned passages puts in the same place. */
interface Swap {
	sides: [SwapSide, SwapSide];
	/** The diff or a shared placing word puts them in the same place; else only elimination pairs them (`soleUnshared`). */
	placed: boolean;
}

interface SwapSide {
	key: string;
	units: Unit[];
	mentions: LocatedMention[];
}

/** Finds, across every pair of units of a claim, names replaced by other names of the same type. */
function findSwaps(context: CompareContext, units: Unit[]): Map<string, Swap> {
	const swaps = new Map<string, Swap>();
	const withNames = units.filter((unit) => unit.names.length > 0);
	for (let i = 0; i < withNames.length; i++) {
		// Each passage is compared with a few others, not all: a claim a thousand outlets carry
		// must not cost a million diffs, and a swap shows against any passage that has the rival.
		for (let j = i + 1; j < Math.min(withNames.length, i + 1 + comparedPerPassage); j++) {
			const [a, b] = [withNames[i], withNames[j]];
			const paired = diffWords(a.tokens, b.tokens)
				.changes.filter((change) => change.removed.length > 0 && change.added.length > 0)
				.flatMap((change) =>
					namesIn(context, a, change.removed).flatMap((left) =>
						namesIn(context, b, change.added).map((right) => ({ left, right, compact: change.removed.length <= maxSwapWords || change.added.length <= maxSwapWords, placed: true })),
					),
				);
			const leftNames = namesIn(context, a, a.tokens);
			const rightNames = namesIn(context, b, b.tokens);
			const byPreposition = leftNames.flatMap((left) =>
				rightNames.filter((right) => sameLeadWord(a, left.mention, b, right.mention)).map((right) => ({ left, right, compact: false, placed: true })),
			);
			for (const { left, right, compact, placed } of [...paired, ...byPreposition, ...soleUnshared(a, leftNames, b, rightNames)]) {
				// The odd name is absent from the other passage; its rival is absent from this one,
				// unless the diff pairs the two in a short stretch ("in February's Xinjiang region" / "in Beijing").
				if (left.key === right.key || left.entity.type !== right.entity.type || b.entities.has(left.key) || (a.entities.has(right.key) && !compact)) {
					continue;
				}
				const pairKey = [left.key, right.key].sort().join('↔');
				const swap = swaps.get(pairKey) ?? { sides: [{ key: left.key, units: [], mentions: [] }, { key: right.key, units: [], mentions: [] }] as [SwapSide, SwapSide], placed };
				swap.placed ||= placed;
				for (const [side, unit, mention] of [
					[swap.sides.find((candidate) => candidate.key === left.key)!, a, left.mention],
					[swap.sides.find((candidate) => candidate.key === right.key)!, b, right.mention],
				] as const) {
					if (!side.units.includes(unit)) {
						side.units.push(unit);
						side.mentions.push(mention);
					}
				}
				swaps.set(pairKey, swap);
			}
		}
	}
	return swaps;
}

/**
 * Two aligned passages that each name one person the other does not:
 * "In a March interview with Harbour Weekly, the skipper Tamsin Rook said …" / "In an interview
 * in March, Halloran told Harbour Weekly …". The word order differs too much for the diff to pair
 * them, yet with everything else shared, the one name left on each side fills the same role.
 * Only people: one outlet's "Port Halden" against another's "Kestria" is the same place told
 * finer. Weaker evidence than a diff: such a swap is listed as low.
 */
function soleUnshared(a: Unit, leftNames: NamedMention[], b: Unit, rightNames: NamedMention[]): { left: NamedMention; right: NamedMention; compact: boolean; placed: boolean }[] {
	const people = (names: NamedMention[], other: Unit) => names.filter((name) => name.entity.type === 'person' && !other.entities.has(name.key));
	const lefts = people(leftNames, b);
	const rights = people(rightNames, a);
	const sole = (names: NamedMention[]) => new Set(names.map((name) => name.key)).size === 1;
	return sole(lefts) && sole(rights) ? [{ left: lefts[0], right: rights[0], compact: false, placed: false }] : [];
}

/** How many following passages of a claim each passage is compared with for swapped names. */
const comparedPerPassage = 8;

/** Longest replaced stretch in which a name may be paired with a name the other passage also has. */
const maxSwapWords = 4;

/** Words that place a name: "in Vessingrad" / "in Port Halden", "by the … agency". */
const leadWords = new Set(['in', 'at', 'to', 'from', 'by', 'near', 'of', 'with', 'told', 'said', 'for']);

/**
 * Whether two mentions follow the same placing word ("in", "at", "by") and are the only names
 * after it in their passages: then they fill the same role. "Officials in Marlow Bay … the
 * regatta in Vessingrad" gives "in" two names, and says nothing about which one another
 * outlet's "in Port Halden" stands for.
 */
function sameLeadWord(a: Unit, left: LocatedMention, b: Unit, right: LocatedMention): boolean {
	const word = leadWord(a, left);
	return word !== undefined && leadWords.has(word) && word === leadWord(b, right) && soleAfter(a, word) && soleAfter(b, word);
}

/** The word before a mention, articles skipped. */
function leadWord(unit: Unit, mention: Span): string | undefined {
	const before = unit.tokens.filter((token) => token.end <= mention.start && !/^(?:the|a|an)$/.test(token.norm));
	return before[before.length - 1]?.norm;
}

/** Whether one name only of the passage follows the word. */
function soleAfter(unit: Unit, word: string): boolean {
	return unit.names.filter((name) => leadWord(unit, name) === word).length === 1;
}

/** A name of a passage with its identity. */
interface NamedMention {
	key: string;
	entity: Entity;
	mention: LocatedMention;
}

/** The names whose mention overlaps some of the tokens. */
function namesIn(context: CompareContext, unit: Unit, tokens: Token[]): NamedMention[] {
	const found: NamedMention[] = [];
	const text = context.textOf(unit.article);
	for (const name of unit.names) {
		const entity = context.entity(name.key);
		if (entity && tokens.some((token) => token.start < name.end && name.start < token.end)) {
			found.push({ key: name.key, entity, mention: { article: unit.article, start: name.start, end: name.end, text: text.slice(name.start, name.end) } });
		}
	}
	return found;
}

/**
 * The mention of an article that writes a spelling: the spelling itself ("Poutine"), else a part
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
