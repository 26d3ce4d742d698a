import type { Claim } from '../aligner';
import { clip, listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import type { Unit } from '../units';

/**
 * Who relayed a claim: "told Reuters", "told the press", "according to AFP", "quoted by the
 * state agency". The object must be a medium (a named organisation, or a word like "press",
 * "reporters"), so that "Varennikov told Osterhout" (an addressee) is not a channel.
 */
const channelPattern = /\b(told|according to|quoted by|cited by|reported by|said to|in an interview with|speaking to)\s+((?:the\s+|a\s+)?(?:[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|for|news|agency))*|press|media|reporters|journalists|newspaper|magazine|broadcaster|television|radio|agency|news agency))/gu;

/** Generic words for the press that count as a channel even without a name. */
const mediumWords = /^(?:the\s+|a\s+)?(?:press|media|reporters|journalists|newspaper|magazine|broadcaster|television|radio|agency|news agency)$/i;

/**
 * Finds claims attributed differently across outlets: a quote given to a different speaker, or
 * relayed through a different agency or medium ("told the press" / "told Reuters").
 *
 * @param context The comparison.
 * @returns One draft per claim and kind of attribution that differs.
 */
export function findAttributionDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	const drafts: DiscrepancyDraft[] = [];
	for (const claim of context.claims) {
		if (claim.members.length < 2) {
			continue;
		}
		const units = claim.members.map((member) => context.unitOf(member));
		if (claim.kind === 'quote') {
			const speakers = compareSpeakers(context, claim, units);
			if (speakers) {
				drafts.push(speakers);
			}
		}
		const channels = compareChannels(context, claim, units);
		if (channels) {
			drafts.push(channels);
		}
	}
	return drafts;
}

/** "…," said Osterhout (three outlets) vs "…," said Varennikov (one): the same words, another speaker. */
function compareSpeakers(context: CompareContext, claim: Claim, units: Unit[]): DiscrepancyDraft | undefined {
	const withSpeaker = units.filter((unit) => unit.quote?.speaker);
	const groups = groupBy(withSpeaker, (unit) => speakerIdentity(context, unit.quote!.speaker!.name));
	if (groups.length < 2) {
		return undefined;
	}
	const [majority, ...rest] = groups;
	const name = (group: Unit[]) => group[0].quote!.speaker!.name;
	return {
		kind: 'attribution',
		severity: 'high',
		summary: `Quote “${clip(context.textOf(units[0].article).slice(units[0].start, units[0].end), 36)}” attributed to ${groups.map((group) => `${name(group)} (${listOutlets(context, group.map((unit) => unit.article))})`).join(' vs ')}`,
		reason: `The same quote is given to ${groups.length} different speakers.`,
		confidence: Math.min(1, 0.4 + 0.6 * Math.min(...claim.members.map((member) => member.score))),
		mentions: withSpeaker.map((unit) => mentionOf(context, unit.article, unit.quote!.speaker!.span, unit.quote!.speaker!.name, !majority.includes(unit))),
		missing: [],
		claim: claim.id,
		weight: 1 + rest.length * 0.1,
	};
}

/** "…, Strelbin told the press" vs "…, Strelbin told Reuters". */
function compareChannels(context: CompareContext, claim: Claim, units: Unit[]): DiscrepancyDraft | undefined {
	const found = units
		.map((unit) => ({ unit, channel: channelOf(context, unit) }))
		.filter((item): item is { unit: Unit; channel: { name: string; start: number; end: number } } => item.channel !== undefined);
	const groups = groupBy(found, (item) => channelIdentity(context, item.channel.name));
	if (groups.length < 2) {
		return undefined;
	}
	const majority = groups[0];
	return {
		kind: 'attribution',
		severity: 'medium',
		summary: `Relayed differently: ${groups.map((group) => `${group[0].channel.name} (${listOutlets(context, group.map((item) => item.unit.article))})`).join(' vs ')}`,
		reason: `Aligned passages name ${groups.length} different channels for the same claim.`,
		confidence: Math.min(1, 0.3 + 0.6 * Math.min(...claim.members.map((member) => member.score))),
		mentions: found.map((item) => mentionOf(context, item.unit.article, item.channel, item.channel.name, !majority.includes(item))),
		missing: [],
		claim: claim.id,
		weight: 0.5,
	};
}

/** The medium a passage names, from the quote's source or from "told X" in the passage. */
function channelOf(context: CompareContext, unit: Unit): { name: string; start: number; end: number } | undefined {
	if (unit.quote?.source) {
		return { name: unit.quote.source.name, ...unit.quote.source.span };
	}
	const text = context.textOf(unit.article).slice(unit.start, unit.end);
	for (const match of text.matchAll(channelPattern)) {
		const object = match[2].trim();
		const start = unit.start + match.index + match[0].length - match[2].length;
		const isMedium = mediumWords.test(object) || context.entity(object.replace(/^(?:the|a)\s+/i, '').toLowerCase())?.type === 'organization' || isKnownOrganization(context, object);
		if (isMedium) {
			return { name: `${match[1]} ${object}`, start: start - match[1].length - 1, end: start + match[2].length };
		}
	}
	return undefined;
}

function isKnownOrganization(context: CompareContext, name: string): boolean {
	const bare = name.replace(/^(?:the|a)\s+/i, '').toLowerCase();
	return context.corpus.entities.some((entity) => entity.type === 'organization' && entity.forms.some((form) => form.toLowerCase() === bare));
}

/** One identity per channel: "told Reuters" and "according to Reuters" are the same channel. */
function channelIdentity(context: CompareContext, channel: string): string {
	const object = channel.replace(/^(?:told|according to|quoted by|cited by|reported by|said to|in an interview with|speaking to)\s+/i, '');
	return speakerIdentity(context, object.replace(/^(?:the|a)\s+/i, ''));
}

/** Resolves a name to its identity's key (a surname to the full name), else the name in lower case. */
export function speakerIdentity(context: CompareContext, name: string): string {
	const lower = name.toLowerCase();
	const entity = context.corpus.entities.find((candidate) => candidate.forms.some((form) => form.toLowerCase() === lower));
	return entity ? entity.name.toLowerCase() : lower;
}

/** Groups items by a key, largest group first. */
function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		groups.set(k, [...(groups.get(k) ?? []), item]);
	}
	return [...groups.values()].sort((x, y) => y.length - x.length);
}
