import type { OtherVersion, PassageComparison } from '../core/compare/lookup';
import type { Discrepancy, Span } from '../core/types';

/**
 * What a card says about another outlet's version, each checkable in the passage it shows:
 * `agrees` (the same claim, no word of ours missing or changed), `differs` (what differs, from
 * the discrepancy when there is one), `related` (a similar passage, not the same claim: shown
 * collapsed) and `not-reported` (no passage at all).
 */
export type CardVerdict = { kind: 'agrees' } | { kind: 'differs'; detail: string } | { kind: 'related'; detail: string } | { kind: 'not-reported' };

/**
 * The least share of our words another passage must keep to be the same claim. "The council
 * approved the fare on Monday" against "Dockers said they would strike on Friday": nearly every
 * word of ours is missing there, so it is only related, never `agrees`.
 */
const minSharedWords = 0.5;

/**
 * Judges another outlet's version of the passage under the cursor.
 *
 * @param comparison The passage under the cursor and the other versions (`comparePassageAt`).
 * @param other One of `comparison.others`.
 * @param focus The discrepancy the card is about (the one under the cursor), if any.
 * @param ourText The text of the article under the cursor.
 * @returns The verdict.
 */
export function judgeVersion(comparison: PassageComparison, other: OtherVersion, focus: Discrepancy | undefined, ourText: string): CardVerdict {
	if (!other.passage) {
		return { kind: 'not-reported' };
	}
	const fromFocus = focus && differenceIn(focus, comparison.article, other.article);
	if (fromFocus) {
		return { kind: 'differs', detail: fromFocus };
	}
	if (sharedWords(ourText, comparison.passage, other.ourWords) < minSharedWords) {
		return { kind: 'related', detail: 'a similar passage, not the same claim' };
	}
	const core = other.verdict;
	if (core.kind === 'differs') {
		return { kind: 'differs', detail: core.detail };
	}
	if (comparison.figure) {
		// The sentence is the same claim, but it gives no figure of the kind under the cursor.
		return core.kind === 'agrees' ? { kind: 'agrees' } : { kind: 'related', detail: 'the same claim without this figure' };
	}
	const changed = countWords(ourText, other.ourWords) + other.theirWords.length;
	return changed === 0 ? { kind: 'agrees' } : { kind: 'differs', detail: `wording (${changed} ${changed === 1 ? 'word' : 'words'})` };
}

/**
 * The discrepancy under the cursor: the one whose passage in our article holds the offset (the
 * narrowest, so a name inside a quote picks the name's), else the first.
 *
 * @param discrepancies The discrepancies of the passage, in rank order.
 * @param article The article under the cursor.
 * @param offset The cursor's offset, when known.
 * @returns The discrepancy the card is about.
 */
export function focusDiscrepancy(discrepancies: readonly Discrepancy[], article: string, offset: number | undefined): Discrepancy | undefined {
	if (offset !== undefined) {
		const under = discrepancies
			.flatMap((discrepancy) => discrepancy.mentions.filter((mention) => mention.article === article && mention.start <= offset && offset <= mention.end).map((mention) => ({ discrepancy, width: mention.end - mention.start })))
			.sort((a, b) => a.width - b.width)[0];
		if (under) {
			return under.discrepancy;
		}
	}
	return discrepancies[0];
}

/**
 * A verdict in words, as the hover card and the outlet picker show it.
 *
 * @returns `agrees`, `differs: 26 percent vs 27%`, `related: …` or `not reported`.
 */
export function verdictPhrase(verdict: CardVerdict): string {
	return verdict.kind === 'differs' ? `differs: ${verdict.detail}` : verdict.kind === 'related' ? `related: ${verdict.detail}` : verdict.kind === 'agrees' ? 'agrees' : 'not reported';
}

/** `must vs should` when the discrepancy gives the two outlets different variants. */
function differenceIn(discrepancy: Discrepancy, ours: string, theirs: string): string | undefined {
	const our = discrepancy.mentions.find((mention) => mention.article === ours);
	const their = discrepancy.mentions.find((mention) => mention.article === theirs);
	if (!our || !their) {
		return undefined;
	}
	return our.variant !== their.variant ? `${our.variant} vs ${their.variant}` : undefined;
}

/** The share of the passage's words that are not among the changed ones (1 when the passage has no word). */
function sharedWords(text: string, passage: Span, changed: readonly Span[]): number {
	const total = countWords(text, [passage]);
	if (total === 0) {
		return 1;
	}
	const inside = changed.map((span) => ({ start: Math.max(span.start, passage.start), end: Math.min(span.end, passage.end) })).filter((span) => span.start < span.end);
	return 1 - Math.min(total, countWords(text, inside)) / total;
}

function countWords(text: string, spans: readonly Span[]): number {
	return spans.reduce((sum, span) => sum + (text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
}
