import { articlesNaming } from '../articlesNaming';
import { distinctPassages } from '../distinctPassages';
import { comparablePlaces, isLandmark, mayLieInside } from '../../entities/places';
import type { Entity, LocatedMention, Severity } from '../../types';
import { entityKey, type Unit } from '../units';
import { listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { entityRules } from '../rules/entities';
import { sharedBesideNames } from '../passageWords';
import { placePair, placesWrittenTogether } from '../placesTogether';
import { isMedia } from '../../quotes/nameKinds';
import { findReplacedWords } from './replacedWords';
import { findRespelledWords } from './respelledWords';
import { findSpellings } from './spellings';
import { bodyWithin, endsInsideHyphenated, titledSameName, otherPlaceOfStory, firstWord, looksGarbled, namedAsSpeaker, oddSideFirst, folderSettled, sameBodyOtherForm, sameBodyOtherHead, sameRoleBefore, substitutionSeverity, surelyPeople } from './substitutionJudging';
import { misplacedPerson } from './misplacedPerson';
import { acronymSpelledOut, bodyAgainstPlace, inOtherEvent, namedAsPart, speakerAgainstActor } from './swapRoles';
import { oneWordApart } from './swapPairing';
import { SwapFinder, type Swap } from './swaps';
import { sidesText } from '../wording/sides';
import { NearMissCopies } from '../nearMissCopies';
import { sameNameInOtherStyle } from '../../entities/nameStyles';

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
 * In aligned passages, a name one outlet has where the others name someone or somewhere else
 * *in the same place of the sentence*: "signed in Vessingrad" where three outlets say "signed in
 * Port Halden" (the word diff pairs the two names). A name found in no other article of the
 * folder is a garbled translation ("Kestrian Neue Agency" for "Kestrian News Agency"); a name
 * known elsewhere is a different place or person.
 *
 * @param context The comparison (its claims and near misses are the passages read).
 * @param drafts Where the drafts are kept by pair of names and odd outlets (the incremental
 *   comparison passes its own, to merge one claim's drafts with the others' as this does).
 * @param swapFinder The swap finder, which remembers pairs of passages met (the incremental
 *   comparison keeps one while the folder's identities stay the same).
 */
export function findSubstitutions(context: CompareContext, drafts = new Map<string, DiscrepancyDraft>(), swapFinder = new SwapFinder(context)): DiscrepancyDraft[] {
	// The identity of each key (of two with one key, the last), its articles counted when first read (`articlesNaming`).
	const identityOf = new Map<string, Entity>();
	for (const entity of context.corpus.entities) {
		identityOf.set(entityKey(entity), entity);
	}
	// Claims, then sentences too far apart to be one claim that are each other's best match: a
	// replaced name can be what pushed them apart ("said Halloran" where the other says "said Reid").
	const nearMisses = context.aligner.nearMisses();
	const groups = [
		...context.claims.filter((claim) => claim.members.length >= 2).map((claim) => ({ claim: claim.id as string | undefined, units: claim.members.map((member) => context.unitOf(member)), nearMiss: 'no', at: -1 })),
		// Outbid pairs too ("…keen to meet Orlov at the regatta in Port Halden, which officials … shun"
		// packs a second claim), for a name no other article has (invented or garbled), as weak evidence.
		// Passages paired for their years only (`echo`) say nothing of names.
		// A pair in which one passage names nobody holds no swap (`findSwaps` reads passages with names).
		// (Its flags read only then: the editor's comparison notes those read.)
		...nearMisses.flatMap((pair, at) => (!pair.echo && pair.a.names.length > 0 && pair.b.names.length > 0 ? [{ claim: undefined, units: [pair.a, pair.b], nearMiss: pair.outbid ? 'outbid' : pair.mutual ? 'mutual' : 'one-sided', at }] : [])),
	];
	// Near misses between verbatim copies of two passages in which no swap reaches a draft are judged once (`NearMissCopies`).
	const copies = NearMissCopies.over(context, nearMisses);
	const articleCount = (key: string) => {
		const identity = identityOf.get(key);
		return identity ? articlesNaming(identity) : 0;
	};
	const singleton = (unit: Unit, other: Unit) => [...unit.entities].some((key) => !other.entities.has(key) && articleCount(key) <= 1);
	for (const { claim: claimId, units, nearMiss, at } of groups) {
		if (at >= 0 && copies?.foundNothing(at)) {
			continue;
		}
		// Whether a swap passed the checks that read the passages alone (what its copies would pass too).
		let reached = false;
		// A capitalised word one outlet misspells, read as a name met once ("a Thay trawler"), or one
		// that replaces a word not read as a name ("unhurt, Avenue said"): claims only.
		if (nearMiss === 'no') {
			for (const [key, draft] of [...findRespelledWords(context, units, claimId, articleCount), ...findReplacedWords(context, units, claimId)]) {
				const kept = drafts.get(key);
				if (!kept || replacesDraft(kept, draft.mentions.length, draft.severity)) {
					drafts.set(key, draft);
				}
			}
		}
		if (nearMiss === 'outbid' && !singleton(units[0], units[1]) && !singleton(units[1], units[0])) {
			if (at >= 0) {
				copies?.note(at, true);
			}
			continue;
		}

		const swaps = swapFinder.findSwaps(units, context);
		if (claimId !== undefined && units.some((unit) => unit.quote?.source)) {
			addSourceSwaps(context, units, swaps);
		}
		for (const [pairKey, swap] of swaps) {
			// The side fewer outlets take is the odd one; between two outlets, flagged both ways once,
			// unless the folder has settled the name (`settled` below): then the name it writes once.
			const [first, second] = oddSideFirst(swap.sides, articleCount);
			// Between two outlets, a person the folder knows standing in the other's place's slot is the odd one (`personInPlaceSlot`).
			const personFirst = first.units.length === second.units.length && misplacedPerson(context, second, first, articleCount);
			const [odd, common] = personFirst ? [second, first] : [first, second];
			if (nearMiss === 'outbid' && articleCount(odd.key) > 1) {
				continue;
			}
			// "U.S. Coast Guard" / "United States Coast Guard", "Mei-Lin Zhou" / "Mei Lin Zhou": one name in two house styles.
			if (sameNameInOtherStyle(context.entity(odd.key)!.name, context.entity(common.key)!.name)) {
				continue;
			}
			reached = true;
			const key = `${pairKey}|${odd.units.map((unit) => unit.article).join(',')}`;
			// A draft of the same names and odd outlets that names more passages stays whatever this one's severity (`replacesDraft`):
			// wire copy meets one pair of names in many near misses, each judged only if it may replace the draft kept.
			const kept = drafts.get(key);
			if (kept && odd.mentions.length + common.mentions.length < kept.mentions.length) {
				continue;
			}
			const oddEntity = context.entity(odd.key)!;
			const commonEntity = context.entity(common.key)!;
			// What the swap is worth depends on the two passages, their names and the near miss's flags alone: judged once
			// for the near misses between copies of the same two passages (`NearMissCopies.sameFor`).
			const judge = () => {
				// "the Jet-set Pilot" read as "Jet": a name cut at a hyphen is the finder's slip, not the outlet's.
				const cutAtHyphen = [odd, common].some((side) => side.mentions.some((mention, i) => endsInsideHyphenated(context.textOf(side.units[i].article), mention.end)));
				// A few passages tell how alike the two sides are; a claim of hundreds need not be measured whole.
				// (Passages with words of their own: ten prints of one wire sentence tell what one does, `distinctPassages`.)
				const oddSample = distinctPassages(odd.units, (unit) => unit, context.textOf, 3);
				const commonSample = distinctPassages(common.units, (unit) => unit, context.textOf, 5);
				const closeness = Math.max(...oddSample.flatMap((unit) => commonSample.map((other) => context.aligner.similarity(unit, other))));
				const garbled = articleCount(odd.key) <= 1 && !cutAtHyphen && closeness >= entityRules.garbledCloseness && looksGarbled(oddEntity.name, commonEntity.name);
				// "Tarn Clinic" / "Tarn Center": one body under another common head word, worth a look only.
				const otherHead = garbled && sameBodyOtherHead(oddEntity.name, commonEntity.name);
				const type = commonEntity.type;
				// "Tomas Brisk" where another outlet says "Tomas Vey": when one of them is met in one article
				// only, the same person misnamed, not another person quoted ("Dale Ames" / "David Ames").
				const misnamed = oddEntity.type === 'person' && commonEntity.type === 'person' && oneWordApart(oddEntity.name, commonEntity.name) && Math.min(articleCount(odd.key), articleCount(common.key)) <= 1;
				// One passage against one, when the folder has settled the name: the odd one written in its own
				// article only, the other in several (`entityRules.folderSettled`), in the same place of one claim.
				// Looser passages do when two people follow the same word, their role ("with his brother
				// Brennick on the sequel" / "for the comedies he made with his brother Ivo"): `folderSettled.roleCloseness`.
				// Not bodies: "Photo: Getty Images" / "Photo: Twitter" credits two sources.
				const people = oddEntity.type === 'person' && commonEntity.type === 'person';
				const settled =
					odd.units.length === 1 &&
					common.units.length === 1 &&
					folderSettled(odd.key, common.key, articleCount) &&
					(closeness >= entityRules.folderSettled.closeness || (people && closeness >= entityRules.folderSettled.roleCloseness && sameRoleBefore(odd, common)));
				// Two places nearly every article names are the story's places, each with its own facts (`entityRules.storyPlaces`).
				const storyPlaces = oddEntity.type === 'place' && commonEntity.type === 'place' && [odd.key, common.key].every((key) => articleCount(key) >= entityRules.storyPlaces * context.corpus.articles.length);
				// "a California clinic" / "a Vellmouth clinic": a town the gazetteers do not know may lie in the region (`mayLieInside`).
				// A landmark, a street or a natural feature against another place may lie in it (`isLandmark`,
				// `comparablePlaces`): "West Ninth Avenue" / "Mount Orren", "Orla Glacier" / "Mount Vessen",
				// whatever type its one sentence gave it. A name garbled in translation has its own evidence.
				const landmark = (oddEntity.type === 'place' || commonEntity.type === 'place') && (isLandmark(oddEntity.name) || isLandmark(commonEntity.name));
				const uncertain = landmark && !garbled && !comparablePlaces(oddEntity.name, commonEntity.name);
				// …and one the folder itself writes inside the other ("the Halden section of Tarnford": `placesWrittenTogether`).
				// …and one written as a part ("in the Orlek area", `namedAsPart`) against a place named bare, when no gazetteer sets the two apart.
				const partAgainstWhole = (side: typeof odd, other: typeof odd) => namedAsPart(side, context.textOf) && !namedAsPart(other, context.textOf) && !comparablePlaces(oddEntity.name, commonEntity.name);
				// …and two events' places: one side's in a clause about another event ("three days before the defeat in Tarnford", `inOtherEvent`), the other's not.
				const otherEvent = () => inOtherEvent(odd) !== inOtherEvent(common);
				const nested =
					(oddEntity.type === 'place' && commonEntity.type === 'place' && (mayLieInside(oddEntity.name, commonEntity.name) || placesWrittenTogether(context.corpus).has(placePair(odd.key, common.key)) || partAgainstWhole(odd, common) || partAgainstWhole(common, odd) || otherEvent())) ||
					uncertain;
				// Passages that share no word outside their names tell no swap (`entityRules.sharedBesideNames`); read only when it decides.
				const unshared = () => !oddSample.some((unit) => commonSample.some((other) => sharedBesideNames(unit, other) >= entityRules.sharedBesideNames));
				// Two people the folder knows, each named as a speaker: two officials quoted (`namedAsSpeaker`).
				const twoSpeakers = oddEntity.type === 'person' && commonEntity.type === 'person' && Math.min(articleCount(odd.key), articleCount(common.key)) >= entityRules.speakerSwapArticles && namedAsSpeaker(odd) && namedAsSpeaker(common);
				// Two places of the story, no swap: the odd one recurs, in passages loosely alike or no gazetteer sets the two against each other (`otherPlaceOfStory`).
				const otherPlace = !garbled && otherPlaceOfStory({ name: oddEntity.name, type: oddEntity.type, articles: articleCount(odd.key) }, commonEntity, closeness);
				// "U.N. Security Council" / "United Nations", "Orren Peak" / "Orren Peak National Park": a body or a place and a part of it, or its initials (`bodyWithin`),
				// whatever type its one sentence gave the odd name ("the climb up Orren-Mount Vess" read as a person's).
				const partOfBody = !people && bodyWithin(oddEntity.name, commonEntity.name);
				// "support from its Staff Welfare Unit" / "from the Glasgow police": a body of several words against a place the gazetteers know, two roles (`bodyAgainstPlace`).
				// "Sergeant Tomas Vey said …" / "Ivo Brisk, 32, slipped …": the one who reports against the one who acted, in passages short of near copies (`speakerAgainstActor`);
				// "THP Officer Lenz said" / "Tarn Highway Patrol Officer Lenz said": an acronym the other passage spells out (`acronymSpelledOut`).
				// "told Tidewire on Monday" / "told Nordwire on Monday": each outlet names the agency it relays, two sources, not a slip
				// (a garbled agency's name is one agency: `garbled`).
				const twoRoles =
					(!garbled && isMedia(oddEntity.name) && isMedia(commonEntity.name)) ||
					bodyAgainstPlace(oddEntity, commonEntity) ||
					bodyAgainstPlace(commonEntity, oddEntity) ||
					(people && closeness < entityRules.minCloseness.nearCopies && speakerAgainstActor(odd, common)) ||
					acronymSpelledOut(odd, common) ||
					acronymSpelledOut(common, odd);
				// "ATTORNEY GENERAL IVO" / "Ivo Orbeck": the same person read with a title (`titledSameName`).
				const titled = commonEntity.type === 'person' && titledSameName(oddEntity.name, commonEntity.name);
				// "the crash in Corvell" / "the crash in Orla Bay", Corvell the driver everywhere else: no place stands there
				// (`personInPlaceSlot`), so neither another place of the story nor a place inside the other, however the
				// preposition typed the name.
				const personInPlace = misplacedPerson(context, odd, common, articleCount);
				const judged = personInPlace
					? 'medium'
					: storyPlaces || twoRoles || nested || twoSpeakers || otherPlace || partOfBody || titled
						? 'low'
						: garbled || misnamed || settled
							? 'medium'
							: unshared()
								? 'low'
								: substitutionSeverity(type, odd.units.length, common.units.length, closeness, surelyPeople(oddEntity, commonEntity));
				// A surname misspelt past recognition is read as surely in sentences that are each other's best
				// match on one side only: the name met once says it is no other person ("her agent, Tomas Brisk,
				// said" / "her agent, Tomas Vey, said"). Another first name is not: "her
				// brother Jack Vey" is another Vey, and "Bill Vey" is William Vey.
				const surnameMisspelt = misnamed && firstWord(oddEntity.name) === firstWord(commonEntity.name) && (closeness >= entityRules.misspeltSurnameCloseness || sameRoleBefore(odd, common));
				const severity = !swap.placed || otherHead || cutAtHyphen || sameBodyOtherForm(oddEntity.name, commonEntity.name) ? 'low' : nearMiss === 'no' ? judged : (nearMiss === 'mutual' || (surnameMisspelt && nearMiss === 'one-sided')) && judged !== 'low' ? 'medium' : 'low';
				return { garbled, closeness, severity };
			};
			const { garbled, closeness, severity } = at >= 0 && copies ? copies.sameFor(at, pairKey, judge) : judge();
			// A name met once that stands where the others name a place is read as that place ("in Brennick" / "in Port Halden").
			const what = commonEntity.type;
			const oddText = odd.mentions[0].text;
			// Met again in another claim (a quote's sentence and the quote itself), the draft with more
			// outlets stays; of two with as many, the surer one (one pair of passages in the same place
			// of a sentence says more than a looser pair of the same two names).
			if (kept && !replacesDraft(kept, odd.mentions.length + common.mentions.length, severity)) {
				continue;
			}
			const outletsOf = (side: typeof odd) => listOutlets(context, side.units.map((unit) => unit.article));
			drafts.set(key, {
				kind: 'entity',
				severity,
				summary: garbled
					? `${oddText} (${outletsOf(odd)}) where the others say ${commonEntity.name} (${outletsOf(common)})`
					: `Different ${what}: ${sidesText([{ text: oddText, articles: odd.units.map((unit) => unit.article) }, { text: commonEntity.name, articles: common.units.map((unit) => unit.article) }], context.outlet)}`,
				reason: garbled
					? `“${oddText}” appears in no other article; in the same place of the same passage ${outletsOf(common)} name ${commonEntity.name}: likely garbled in translation.`
					: `In aligned passages ${outletsOf(common)} name ${commonEntity.name} where ${outletsOf(odd)} name ${oddEntity.name}.`,
				strength: Math.min(1, 0.25 + 0.1 * common.units.length + 0.5 * closeness),
				mentions: [
					...odd.mentions.map((mention, i) => mentionOf(context, odd.units[i].article, mention, mention.text, true)),
					...common.mentions.map((mention, i) => mentionOf(context, common.units[i].article, mention, mention.text, false)),
				],
				missing: [],
				...(claimId ? { claim: claimId } : {}),
				weight: garbled ? 0.8 : 1,
			});
		}
		if (at >= 0) {
			copies?.note(at, !reached);
		}
	}
	return [...drafts.values()];
}

/**
 * Whether a new draft of a pair of names, met again in another claim or near miss with the same
 * odd outlets, takes the place of the one kept: when it names more passages, or as many at a
 * higher severity ("her publicist, Tomas Vey, said" / "Tomas Brisk, her publicist, confirmed"
 * listed where a looser pair of sentences with the same two names was low).
 */
export function replacesDraft(kept: Pick<DiscrepancyDraft, 'mentions' | 'severity'>, mentions: number, severity: Severity): boolean {
	return mentions > kept.mentions.length || (mentions === kept.mentions.length && severityOrder[severity] > severityOrder[kept.severity]);
}

const severityOrder: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/**
 * The same quote relayed by differently named media ("…," said Vey, quoted by the Tarn Neue
 * Agency / Vey is quoted by the Tarn News Agency as saying "…"): the source of a quote fills one
 * role wherever the outlet puts it, before the quote or after, so two sources are paired as if
 * the word diff had placed them. Only organizations: a quote's source is a medium.
 */
function addSourceSwaps(context: CompareContext, units: Unit[], swaps: Map<string, Swap>): void {
	const sourced = units.flatMap((unit) => {
		const entity = unit.quote?.source ? context.entityNamed(unit.quote.source.name) : undefined;
		return entity?.type === 'organization' ? [{ unit, key: entityKey(entity), span: unit.quote!.source!.span }] : [];
	});
	for (const a of sourced) {
		for (const b of sourced) {
			if (a.key >= b.key) {
				continue;
			}
			const pairKey = [a.key, b.key].join('↔');
			const side = (key: string) => ({ key, units: [] as Unit[], mentions: [] as LocatedMention[], seen: new Set<Unit>() });
			const swap: Swap = swaps.get(pairKey) ?? { sides: [side(a.key), side(b.key)], placed: true };
			swap.placed = true;
			for (const { key, unit, span } of [a, b]) {
				const target = swap.sides.find((candidate) => candidate.key === key)!;
				if (!target.seen.has(unit)) {
					target.seen.add(unit);
					target.units.push(unit);
					target.mentions.push({ article: unit.article, ...span, text: context.textOf(unit.article).slice(span.start, span.end) });
				}
			}
			swaps.set(pairKey, swap);
		}
	}
}
