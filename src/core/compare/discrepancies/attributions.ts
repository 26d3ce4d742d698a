import type { Claim } from '../aligner';
import { clip, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { relayLabel } from '../wording/quoteWording';
import { countOf, listInProse, sidesText } from '../wording/sides';
import { isProse, type Unit } from '../units';
import { tokenize } from '../tokens';
import { titleWords } from '../../text/lexicon/titles';
import { addTo } from './addTo';
import { contentStems, dice } from '../passageWords';
import { houseStyleKey } from '../../entities/nameStyles';

/**
 * Who relayed a claim: "told Tidewire", "told the press", "according to Nordwire", "quoted by the
 * state agency". The object must be a medium (a named organisation, or a word like "press",
 * "reporters"), so that "Varennikov told Osterhout" (an addressee) is not a channel.
 */
const channelPattern = /\b(told|according to|quoted by|cited by|reported by|said to|in an interview with|speaking to)\s+((?:the\s+|a\s+)?(?:[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|of|for|news|agency))*|press|media|reporters|journalists|newspaper|magazine|broadcaster|television|radio|agency|news agency))/gu;

/** Generic words for the press that count as a channel even without a name. */
const mediumWords = /^(?:the\s+|a\s+)?(?:press|media|reporters|journalists|newspaper|magazine|broadcaster|television|radio|agency|news agency)$/i;

/**
 * Finds claims attributed differently across outlets: a quote given to a different speaker, or
 * relayed through a different agency or medium ("told the press" / "told Tidewire").
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

/** Two quotes must be this alike before a different speaker is a disagreement rather than two quotes. */
const minSpeakerAlignment = 0.5;

/**
 * The aligner weighs a quote's speaker as one of its features, a rare one: the same words given to
 * another speaker score lower for that alone ("“We lost money, but we kept our customers,” Marr
 * said" / "“… kept our clients,” added Quist": 0.47). So the quotes' own words are read too: each
 * quote of another speaker sharing this share of its content words (Dice) with one of the first
 * speaker's is the same quote (4 of 5 there, 0.8).
 */
const minQuoteWordsShared = 0.7;

/** Whether every quote of the other speakers shares `minQuoteWordsShared` of its content words with one of the first speaker's. */
function quotedAlike(groups: Unit[][]): boolean {
	const [majority, ...rest] = groups.map((group) => group.map(contentStems));
	return rest.every((group) => group.every((stems) => majority.some((other) => dice(stems, other) >= minQuoteWordsShared)));
}

/**
 * The speaker rules' constants, each justified by an example input. A quote of five words
 * ("“too little, too late”") is a phrase any outlet may use; one of eight ("“we will rebuild
 * the pier before the storms”") is a statement. Its carrying sentences must then share more
 * than the phrase: 0.2, the similarity of two retellings of one statement in other words
 * ("…, the mayor said on Monday" / "Mayor Ana Ruiz told reporters …").
 */
const speakerRules = { shortQuoteWords: 8, minSentenceSimilarity: 0.2 };

/** "…," said Osterhout (three outlets) vs "…," said Varennikov (one): the same words, another speaker. */
function compareSpeakers(context: CompareContext, claim: Claim, units: Unit[]): DiscrepancyDraft | undefined {
	// Roles ("the harbour master", "a palace official") may well be the named person: only names compare,
	// named next to a quote in marks ("he added" is resolved by a guess that can be wrong).
	const withSpeaker = units.filter((unit) => unit.quote?.direct && unit.quote.speaker?.via === 'adjacent' && isNamed(context, unit.quote.speaker.name) && !roleInBody(context, unit));
	// In one house style: "Mei-Lin Zhou", "Mei Lin Zhou" and "Zhou Mei-Lin" are one speaker (`nameStyles.ts`).
	const groups = groupBy(withSpeaker, (unit) => houseStyleKey(personBeforeBody(context, unit) ?? speakerIdentity(context, unit.quote!.speaker!.name)));
	if (groups.length < 2) {
		return undefined;
	}
	if ((Math.min(...claim.members.map((member) => member.score)) < minSpeakerAlignment && !quotedAlike(groups)) || !carriedAlike(context, groups)) {
		return undefined;
	}
	const [majority, ...rest] = groups;
	const name = (group: Unit[]) => group[0].quote!.speaker!.name;
	return {
		kind: 'attribution',
		severity: 'high',
		summary: `Quote “${clip(context.textOf(units[0].article).slice(units[0].start, units[0].end), 36)}” attributed to ${sidesText(groups.map((group) => ({ text: name(group), articles: group.map((unit) => unit.article) })), context.outlet)}`,
		reason: `The same quote is given to ${countOf(groups.length, 'speaker')}.`,
		strength: Math.min(1, 0.4 + 0.6 * Math.min(...claim.members.map((member) => member.score))),
		mentions: withSpeaker.map((unit) => mentionOf(context, unit.article, unit.quote!.speaker!.span, unit.quote!.speaker!.name, !majority.includes(unit))),
		missing: [],
		claim: claim.id,
		weight: 1 + rest.length * 0.1,
	};
}

/**
 * A person named right before a body given as the speaker, a role between them, is the one who
 * speaks, for the body is where they work: "Ivo Marr, Controller, Tarn Harbour Commissioning
 * says: “…”" is Ivo Marr's quote, as "“…,” said Ivo Marr" gives it. The body's own type is not
 * read: a name before "says" is often typed a person's. The role must be no full name of a person
 * ("Ivo Marr, Tomas Vey, Ada Lenz said" lists three people); one word may be ("Controller" between
 * commas is often read as a name of its own). The identity of that person, or
 * nothing when no person stands so before the speaker.
 */
function personBeforeBody(context: CompareContext, unit: Unit): string | undefined {
	const speaker = unit.quote!.speaker!;
	const found = personRoleBefore.exec(context.textOf(unit.article).slice(Math.max(0, speaker.span.start - 80), speaker.span.start));
	if (!found || (/\s/.test(found[2]) && namedEntity(context, found[2])?.type === 'person')) {
		return undefined;
	}
	const identity = namedEntity(context, found[1])?.type === 'person' ? speakerIdentity(context, found[1]) : undefined;
	return identity !== undefined && identity !== speakerIdentity(context, speaker.name) ? identity : undefined;
}

/**
 * A body given as the speaker with a role of it before its name: "…,” the head of the Tarn
 * Coastguard said", "a spokeswoman for Brennick Lines said". The one who speaks is unnamed, as
 * "the harbour master" is, and may well be the person other outlets name ("…,” said Ada Lenz").
 */
function roleInBody(context: CompareContext, unit: Unit): boolean {
	const speaker = unit.quote!.speaker!;
	return namedEntity(context, speaker.name)?.type === 'organization' && roleOfBefore.test(context.textOf(unit.article).slice(Math.max(0, speaker.span.start - 60), speaker.span.start));
}

/** A role of a body right before its name: "the head of the ", "a spokesman for ", "an official at ". */
const roleOfBefore = /\b(?:the|a|an|its|their)\s+(?:[\p{L}’'-]+\s+){1,3}(?:of|for|at|with)\s+(?:the\s+)?$/iu;

/** A name, a comma, a role of one to four words and a comma, right before the speaker: "Ivo Marr, Controller, ". */
const personRoleBefore = /(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}),\s+((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+),\s*$/u;

/**
 * A few words in marks recur as a phrase, each outlet using it for its own purpose: "the plan
 * drew a “too little, too late” verdict from the unions," / "“Too little, too late,” said Ana
 * Ruiz of the port authority". A short quote (under `speakerRules.shortQuoteWords` words) is
 * given to two speakers only when the sentences that carry it are alike too
 * (`speakerRules.minSentenceSimilarity`), for some passage of each side.
 */
function carriedAlike(context: CompareContext, groups: Unit[][]): boolean {
	const words = groups[0][0].tokens.length;
	if (words >= speakerRules.shortQuoteWords) {
		return true;
	}
	const [majority, ...rest] = groups.map((group) => group.slice(0, sentencesRead).flatMap((unit) => sentenceOf(context, unit) ?? []));
	return rest.every((group) => group.some((sentence) => majority.some((other) => context.aligner.similarityBand(sentence, other, sentenceSimilarityThreshold) === 1)));
}

/** `carriedAlike`'s one threshold, as `Aligner.similarityBand` reads it. */
const sentenceSimilarityThreshold = [speakerRules.minSentenceSimilarity];

/** Passages of each side whose sentences are read by `carriedAlike`. */
const sentencesRead = 5;

/** The sentence a quote stands in: the sentence unit of its article that holds it. */
function sentenceOf(context: CompareContext, quote: Unit): Unit | undefined {
	const { aligner } = context;
	for (const id of aligner.unitIds(quote.article)) {
		const unit = aligner.unit(id);
		if (unit && isProse(unit.kind) && unit.start <= quote.start && quote.end <= unit.end) {
			return unit;
		}
	}
	return undefined;
}

/** "…, Strelbin told the press" vs "…, Strelbin told Tidewire". */
function compareChannels(context: CompareContext, claim: Claim, units: Unit[]): DiscrepancyDraft | undefined {
	const found = units
		.map((unit) => ({ unit, channel: channelOf(context, unit) }))
		.filter((item) => item.channel && isMedium(item.channel.name.replace(channelVerbs, '')))
		.filter((item): item is { unit: Unit; channel: { name: string; start: number; end: number } } => item.channel !== undefined);
	// "Strelbin told the press" in Tidewire's own article and "Strelbin told Tidewire" elsewhere: the
	// press there is that outlet, so both name one channel.
	const named = new Set(found.filter((item) => !isPress(item.channel.name)).map((item) => channelIdentity(context, item.channel.name)));
	const identity = (item: (typeof found)[number]) => {
		const own = speakerIdentity(context, context.outlet(item.unit.article));
		return isPress(item.channel.name) && named.has(own) ? own : channelIdentity(context, item.channel.name);
	};
	const groups = groupBy(found, identity);
	if (groups.length < 2) {
		return undefined;
	}
	const majority = groups[0];
	// Two relayers, each through their own channel, are two relays, not one claim relayed two ways:
	// "her agent confirms to the Harbour Times" / "a source tells Tidewire" share no word before the channel.
	const relayers = new Map(found.map((item) => [item, relayerStems(context, item.unit, item.channel.start)]));
	const apart = (item: (typeof found)[number], other: (typeof found)[number]) => {
		const [own, theirs] = [relayers.get(item)!, relayers.get(other)!];
		return own.size > 0 && theirs.size > 0 && ![...own].some((stem) => theirs.has(stem));
	};
	if (groups.slice(1).every((group) => group.every((item) => majority.every((other) => apart(item, other))))) {
		return undefined;
	}
	return {
		kind: 'attribution',
		severity: 'medium',
		summary: `${relayLabel(found.map((item) => relayedSpeaker(context, item.unit, item.channel.start)).find(Boolean))}: ${sidesText(groups.map((group) => ({ text: group[0].channel.name, articles: group.map((item) => item.unit.article) })), context.outlet)}`,
		reason: `The same claim reached the outlets through ${countOf(groups.length, 'channel')}: ${listInProse(groups.map((group) => group[0].channel.name))}.`,
		strength: Math.min(1, 0.3 + 0.6 * Math.min(...claim.members.map((member) => member.score))),
		mentions: found.map((item) => mentionOf(context, item.unit.article, item.channel, item.channel.name, !majority.includes(item))),
		missing: [],
		claim: claim.id,
		weight: 0.5,
	};
}

/**
 * Whose words a channel relayed, for a title: the quote's speaker, else the last person named
 * before the channel who is not a possessive ("Piet Dorr, the mayor's aide, told the press" and
 * "Piet Dorr, Lena Marsh's aide, told the press" → Piet Dorr).
 */
function relayedSpeaker(context: CompareContext, unit: Unit, channelStart: number): string | undefined {
	const text = context.textOf(unit.article);
	const people = unit.names.filter((name) => name.end <= channelStart && context.entity(name.key)?.type === 'person' && !/^['’]s?\b/.test(text.slice(name.end, name.end + 2)));
	return unit.quote?.speaker?.name ?? (people.length > 0 ? context.entity(people[people.length - 1].key)?.name : undefined);
}

/**
 * Who relays through the channel, as the content stems of its clause before it: "…, her agent
 * confirms to the Harbour Times" → agent; "A source tells Tidewire that …" → source; "Strelbin
 * told the press" → strelbin. The verbs of relaying are left out. For a quote, the words of the
 * speaker the analysis gave it ("Ada Lenz’s rep", "source").
 */
function relayerStems(context: CompareContext, unit: Unit, channelStart: number): Set<string> {
	const speaker = unit.quote?.speaker?.name;
	if (speaker !== undefined) {
		// "Ada Lenz’s rep" → ada, lenz, rep; "source" → source.
		return new Set(tokenize(speaker, 0, speaker.length).filter((token) => token.content).map((token) => token.stem));
	}
	const text = context.textOf(unit.article);
	const before = unit.tokens.filter((token) => token.end <= channelStart);
	let start = 0;
	for (let i = before.length - 1; i > 0; i--) {
		if (/[,;:"“”]/.test(text.slice(before[i - 1].end, before[i].start))) {
			start = i;
			break;
		}
	}
	return new Set(before.slice(start).filter((token) => token.content && !relayVerbs.has(token.norm)).map((token) => token.stem));
}

/** Verbs that relay a claim to a channel ("tells", "confirmed to", "according to"). */
const relayVerbs = new Set(['told', 'tells', 'tell', 'telling', 'confirms', 'confirmed', 'confirm', 'said', 'says', 'say', 'according', 'quoted', 'cited', 'reported', 'reports', 'speaking', 'spoke', 'interview']);

/** The medium a passage names, from the quote's source or from "told X" in the passage. */
function channelOf(context: CompareContext, unit: Unit): { name: string; start: number; end: number } | undefined {
	if (unit.quote?.source) {
		return { name: unit.quote.source.name, ...unit.quote.source.span };
	}
	const text = context.textOf(unit.article).slice(unit.start, unit.end);
	for (const match of text.matchAll(channelPattern)) {
		const object = match[2].trim();
		const start = unit.start + match.index + match[0].length - match[2].length;
		const isMedium = mediumWords.test(object) || isKnownOrganization(context, object);
		if (isMedium) {
			return { name: `${match[1]} ${object}`, start: start - match[1].length - 1, end: start + match[2].length };
		}
	}
	return undefined;
}

function isKnownOrganization(context: CompareContext, name: string): boolean {
	return context.entityNamed(name.replace(/^(?:the|a)\s+/i, ''))?.type === 'organization';
}

const channelVerbs = /^(?:told|according to|quoted by|cited by|reported by|said to|in an interview with|speaking to)\s+/i;

/**
 * A medium that relays news: press words ("the press", "reporters"), names built on one
 * ("Kestrel News Agency", "Harbour Times", "state broadcaster") or a wire or broadcaster known
 * everywhere. "The palace" or "the ministry" is a speaker, not a channel.
 */
function isMedium(name: string): boolean {
	return mediumWords.test(name) || mediumHeads.test(name) || knownMedia.has(name.replace(/^(?:the|a)\s+/i, '').toLowerCase());
}

const mediumHeads = /\b(?:agency|news|press|times|post|journal|herald|tribune|gazette|daily|television|tv|radio|broadcast(?:er|ing)?|network|media|wire|magazine|newspaper|reporters|journalists)\b/i;

const knownMedia = new Set(['reuters', 'afp', 'ap', 'associated press', 'bloomberg', 'xinhua', 'tass', 'ria novosti', 'interfax', 'cnn', 'bbc', 'nbc', 'abc', 'cbs', 'fox', 'msnbc', 'politico', 'kyodo', 'yonhap', 'ansa', 'efe', 'dpa', 'pti', 'ani', 'al jazeera', 'cctv', 'people', 'tmz', 'variety', 'deadline', 'usa today', 'espn', 'sky', 'nhk']);

/** Whether a speaker's name is a name the folder knows (not a role like "the Russian leader"). */
function isNamed(context: CompareContext, name: string): boolean {
	const type = namedEntity(context, name)?.type;
	return type === 'person' || type === 'organization';
}

/**
 * The identity a speaker's name stands for, as the article wrote it or, failing that, without the
 * titles before it and the place or workplace after "of" that the speaker rules name with it
 * ("Gov. Ada Vos" → Ada Vos, "Tom Carr of Delaware" → Tom Carr).
 */
function namedEntity(context: Pick<CompareContext, 'entityNamed'>, name: string): ReturnType<CompareContext['entityNamed']> {
	const found = context.entityNamed(name);
	if (found) {
		return found;
	}
	const words = name.replace(/\s+of\s+.*$/i, '').split(/\s+/);
	while (words.length > 1 && titleWords.has(words[0].toLowerCase().replace(/\.$/, ''))) {
		words.shift();
	}
	const bare = words.join(' ');
	return bare !== name ? context.entityNamed(bare) : undefined;
}

/** A channel that names no outlet: "told the press", "told reporters". */
function isPress(channel: string): boolean {
	return mediumWords.test(channel.replace(channelVerbs, ''));
}

/** One identity per channel: "told Tidewire" and "according to Tidewire" are the same channel. */
function channelIdentity(context: CompareContext, channel: string): string {
	const object = channel.replace(channelVerbs, '');
	return speakerIdentity(context, object.replace(/^(?:the|a)\s+/i, ''));
}

/** Resolves a name to its identity's key (a surname to the full name), else the name in lower case. */
export function speakerIdentity(context: Pick<CompareContext, 'entityNamed'>, name: string): string {
	return namedEntity(context, name)?.name.toLowerCase() ?? name.toLowerCase();
}

/** Groups items by a key, largest group first. */
function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		addTo(groups, k, item);
	}
	return [...groups.values()].sort((x, y) => y.length - x.length);
}
