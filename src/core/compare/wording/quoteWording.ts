import { capitalized, countOf, listInProse, sidesText, type Side } from './sides';

/** A change between two versions of a quote, in words: its kind, the words on each side and whose they are. */
export interface QuoteChange {
	/** `modal`, `negation`, `intensifier`, `number`, `name`, `word` (`wordDiff.ts`). */
	kind: string;
	/** The words only the first version has ("must"), empty for an addition. */
	removed: string;
	/** The words only the second version has ("should"), empty for a drop. */
	added: string;
	/** The outlets of the first version. */
	from: string[];
	/** The outlets of the second version. */
	to: string[];
}

/** How each kind of change is named in prose, most serious first: "a modal verb", "two words". */
const kindNouns: [kind: string, singular: string, plural: string, article: string][] = [
	['negation', 'negation', 'negations', 'a'],
	['modal', 'modal verb', 'modal verbs', 'a'],
	['intensifier', 'emphatic word', 'emphatic words', 'an'],
	['number', 'number', 'numbers', 'a'],
	['name', 'name', 'names', 'a'],
	['word', 'word', 'words', 'a'],
	['phrase', 'phrase', 'phrases', 'a'],
];

/** Changes named in a reason; the rest are counted only. */
const maxExamples = 3;

/**
 * The title of a quote's disagreement starts with whose quote it is: "Lu's quote", "The
 * spokesman's quote"; with no speaker, its first words: "Quote “We will not…”", or for a
 * sentence of reported speech, "Reported speech “His lawyer said he would…”".
 *
 * @param speaker The speaker as the article names them, if known.
 * @param opening The quote's first words, already clipped.
 * @param reported The passages report the speech without quotation marks.
 */
export function quoteLabel(speaker: string | undefined, opening: string, reported = false): string {
	if (!speaker) {
		return `${reported ? 'Reported speech' : 'Quote'} “${opening}”`;
	}
	// "Ross" → "Ross'": a name ending in s takes the apostrophe alone.
	return `${capitalized(speaker)}${/s$/i.test(speaker) ? "'" : "'s"} quote`;
}

/**
 * The title's start for a claim relayed through different channels: "Osterhout's words relayed
 * differently" ("…, Osterhout told the press" / "…, Osterhout told Tidewire"); without a speaker,
 * "Relayed differently".
 *
 * @param speaker Whose words were relayed, if known.
 */
export function relayLabel(speaker: string | undefined): string {
	return speaker ? `${capitalized(speaker)}${/s$/i.test(speaker) ? "'" : "'s"} words relayed differently` : 'Relayed differently';
}

/** The change a quote's title shows, with the articles on each side. */
export interface TitledChange {
	/** The words of the first version ("must"), empty when the second adds words. */
	removed: string;
	/** The words of the second version ("should"), empty when it drops words. */
	added: string;
	removedArticles: string[];
	addedArticles: string[];
}

/**
 * The title of a quote worded differently:
 * - two wordings: "Lu's quote: “must” (Ledger) vs “should” (Post, Daily)";
 * - a word some outlets leave out: "Dorr's quote: “deliberately” dropped by Post (kept by Ledger, Daily)",
 *   or "… added by Post (not in Ledger, Daily)" when the fewer have it.
 *
 * @param label `quoteLabel`.
 * @param change The change and who has each side.
 * @param outlet The outlet name of an article.
 */
export function quoteSummary(label: string, change: TitledChange, outlet: (article: string) => string): string {
	if (change.removed && change.added) {
		const sides: Side[] = [
			{ text: `“${change.removed}”`, articles: change.removedArticles },
			{ text: `“${change.added}”`, articles: change.addedArticles },
		];
		return `${label}: ${sidesText(sides, outlet)}`;
	}
	const present = change.removed || change.added;
	const withWords = change.removed ? change.removedArticles : change.addedArticles;
	const without = change.removed ? change.addedArticles : change.removedArticles;
	const dropped = withWords.length >= without.length;
	// An outlet with both versions is on neither side: it neither drops nor adds the words.
	const names = (articles: string[]) => new Set(articles.map(outlet));
	const both = new Set([...names(withWords)].filter((name) => names(without).has(name)));
	const list = (articles: string[]) => [...names(articles)].filter((name) => !both.has(name)).join(', ');
	const odd = list(dropped ? without : withWords);
	const rest = list(dropped ? withWords : without);
	const mixed = both.size > 0 ? `; ${[...both].join(', ')} ${both.size === 1 ? 'has' : 'have'} both` : '';
	return `${label}: “${present}” ${dropped ? 'dropped by' : 'added by'} ${odd || 'one outlet'} (${dropped ? 'kept by' : 'not in'} ${rest}${mixed})`;
}

/**
 * Why a quote is flagged, in plain English: what kinds of words differ, how many, and the first
 * few changes with whose they are. "A modal verb and two words differ: “must” (Ledger) against
 * “should” (Post); “guard” (Ledger) against “protect” (Post); …"
 *
 * @param changes Every change found between the versions, the weightiest first.
 */
export function quoteReason(changes: QuoteChange[]): string {
	// One change between several pairs of outlets ("must" → "should" in two outlets) is named once, with all of them.
	const distinct = new Map<string, { kind: string; removed: string; added: string; from: Set<string>; to: Set<string> }>();
	for (const change of changes) {
		// "just wanted to say" is a phrase, not a word.
		const kind = change.kind === 'word' && (/\s/.test(change.removed.trim()) || /\s/.test(change.added.trim())) ? 'phrase' : change.kind;
		const key = `${kind}|${change.removed}|${change.added}`;
		const merged = distinct.get(key) ?? { ...change, kind, from: new Set<string>(), to: new Set<string>() };
		change.from.forEach((name) => merged.from.add(name));
		change.to.forEach((name) => merged.to.add(name));
		distinct.set(key, merged);
	}
	const unique = [...distinct.values()].map((change) => ({ ...change, from: [...change.from], to: [...change.to] }));
	const counted = kindNouns
		.map(([kind, singular, plural, article]) => ({ count: unique.filter((change) => change.kind === kind).length, singular, plural, article }))
		.filter((kind) => kind.count > 0);
	const total = counted.reduce((sum, kind) => sum + kind.count, 0);
	const what = listInProse(counted.map((kind) => countOf(kind.count, kind.singular, kind.plural, kind.article)));
	const shown = unique.slice(0, maxExamples).map(describeChange);
	const more = unique.length > maxExamples ? `; and ${countOf(unique.length - maxExamples, 'other change', 'other changes', 'one')}` : '';
	return `${capitalized(what)} ${total === 1 ? 'differs' : 'differ'}: ${shown.join('; ')}${more}.`;
}

/**
 * “must” (Ledger) against “should” (Post); words only some outlets have are "left out by" the
 * fewer, or "added by" the fewer, as the title says: “deliberately” (Ledger, Press) left out by
 * Post; “not” added by Post (not in Ledger, Press).
 */
function describeChange(change: { removed: string; added: string; from: string[]; to: string[] }): string {
	if (change.removed && change.added) {
		return `“${change.removed}” (${change.from.join(', ')}) against “${change.added}” (${change.to.join(', ')})`;
	}
	const present = change.removed || change.added;
	const withWords = change.removed ? change.from : change.to;
	const without = change.removed ? change.to : change.from;
	return withWords.length >= without.length
		? `“${present}” (${withWords.join(', ')}) left out by ${without.join(', ')}`
		: `“${present}” added by ${withWords.join(', ')} (not in ${without.join(', ')})`;
}
