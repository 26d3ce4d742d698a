import { afterDateline } from '../entities/datelines';
import type { ArticleAnalysis, Entity, Figure, Quote, Sentence, Span } from '../types';
import { firstStartingAt, SpanIndex } from '../spanIndex';
import { unalignedChain } from './figureChain';
import { isStamp } from './stamps';
import { tokenize, type Token } from './tokens';
import { wordsWithin } from '../text/sentences';

/**
 * What a unit of comparison is: a sentence of the body, a headline, or a speech quote (direct or
 * reported). Each kind meets its own kind only: a headline is another outlet's headline's
 * counterpart ("Ferry strike ends after nine days" / "Nine-day ferry strike over"), and a
 * headline that sums up the story would otherwise outbid the body's sentences for their matches.
 */
export type UnitKind = 'sentence' | 'headline' | 'quote';

/** Every kind, in the order the aligner visits them. */
export const unitKinds: readonly UnitKind[] = ['sentence', 'headline', 'quote'];

/** Whether passages of this kind are prose that reports claims (a body sentence or a headline), not a quote. */
export function isProse(kind: UnitKind): boolean {
	return kind !== 'quote';
}

/** A passage that can report a claim: the thing the aligner matches across articles. */
export interface Unit extends Span {
	/** `Article.id`. */
	article: string;
	/** Sentence or quote. */
	kind: UnitKind;
	/** Index into the article's `sentences`, or running number of the article's quote pieces (a quote is cut at sentence ends). */
	index: number;
	/** The words. */
	tokens: Token[];
	/** Features with their raw counts: `w:` stems, `e:` entities, `f:` figure kinds, `v:` figure values (`tf:`, `tv:` in a line of figures alone), `s:` the speaker. */
	features: Map<string, number>;
	/** Entity keys named in the passage (for the entity checks). */
	entities: Set<string>;
	/** The names in the passage, where they stand. */
	names: ResolvedMention[];
	/** Figures inside the passage. */
	figures: Figure[];
	/** The quote, for quote units. */
	quote?: Quote;
	/** A line of dates and times with hardly a word ("June 6, 2013 7:38 PM EDT"): when the page was made, not what it reports. */
	stamp: boolean;
}

/** An entity mention resolved to its identity, for looking up which names a passage holds. */
export interface ResolvedMention extends Span {
	/** `entityKey` of its identity. */
	key: string;
}

/** The stable key of an identity. */
export function entityKey(entity: Entity): string {
	return entity.name.toLowerCase();
}

/**
 * Cuts an analysed article into units: every sentence, and every speech quote (a quote is also
 * a unit of its own, so that "…should step up…" in one outlet meets "…must step up…" in another
 * even when the sentences around them say different things).
 *
 * @param analysis One article's findings.
 * @param mentions Its resolved entity mentions (from `resolveMentions`).
 * @param speakerKey Maps a speaker's name to an entity key (so "Lu" and "Lu Hanwei" are one speaker).
 * @returns The units, sentences first.
 */
export function buildUnits(analysis: ArticleAnalysis, mentions: ResolvedMention[], speakerKey: (name: string) => string): Unit[] {
	const { parsed, quotes } = analysis;
	const id = parsed.article.id;
	const units: Unit[] = [];
	// "LINDQVIST, May 6 (Valley Herald) – …": a dateline's date is when the outlet filed, not a fact
	// of the event; another outlet's "on Saturday" is no figure to compare with it.
	const datelines = parsed.paragraphs.map((paragraph) => ({ start: paragraph.start, end: afterDateline(parsed.text, paragraph) })).filter((span) => span.end > span.start);
	const figures = datelines.length === 0 ? analysis.figures : analysis.figures.filter((figure) => !datelines.some((span) => figure.start >= span.start && figure.end <= span.end));
	parsed.sentences.forEach((sentence, index) => {
		// "KESSEL (Tarn Press Agency) — …": where and by whom the story was filed is no word of the claim, and no name to set against another outlet's.
		const dateline = datelines.find((span) => span.start === sentence.start && span.end < sentence.end);
		const span = dateline ? { ...sentence, start: dateline.end } : sentence;
		units.push(makeUnit(parsed.text, id, parsed.headline && sentence.paragraph === 0 ? 'headline' : 'sentence', index, span, mentions, figures));
	});
	let part = 0;
	const sentences = new SpanIndex(parsed.sentences);
	const shared = sharedTokens(units);
	for (const quote of quotes) {
		if (quote.kind !== 'speech') {
			continue;
		}
		for (const span of quoteParts(quote, sentences)) {
			const unit = makeUnit(parsed.text, id, 'quote', part++, span, mentions, figures);
			unit.tokens = unit.tokens.map(shared);
			unit.quote = quote;
			if (quote.speaker) {
				unit.features.set(`s:${speakerKey(quote.speaker.name)}`, 1);
			}
			units.push(unit);
		}
	}
	return units;
}

/**
 * A quote's tokens are its sentence's: a token of the quote with the offsets and the word of a
 * sentence's token is that token ("port" at 120–124 in the sentence and in the quote inside it
 * is one object), so that a quoted passage does not hold its words twice.
 */
function sharedTokens(sentences: Unit[]): (token: Token) => Token {
	const byStart = new Map<number, Token>();
	for (const unit of sentences) {
		for (const token of unit.tokens) {
			byStart.set(token.start, token);
		}
	}
	return (token) => {
		const known = byStart.get(token.start);
		return known && known.end === token.end && known.norm === token.norm && known.stem === token.stem && known.content === token.content && known.capitalized === token.capitalized ? known : token;
	};
}

/**
 * A quote cut at its sentence ends: one outlet runs two sentences of a speech into one quote
 * over a paragraph break, another gives them as two quotes; sentence by sentence they still meet.
 * Pieces of fewer than three words stay with their neighbour.
 */
function quoteParts(quote: Quote, sentences: SpanIndex<Sentence>): Span[] {
	const parts: Span[] = [];
	for (const sentence of sentences.overlapping(quote.inner)) {
		const span = { start: Math.max(sentence.start, quote.inner.start), end: Math.min(sentence.end, quote.inner.end) };
		const words = wordsWithin(sentence, span);
		const previous = parts[parts.length - 1];
		if (previous && (words < 3 || previous.end - previous.start < 12)) {
			previous.end = span.end;
		} else {
			parts.push(span);
		}
	}
	return parts.length > 0 ? parts : [quote.inner];
}

function makeUnit(text: string, article: string, kind: UnitKind, index: number, span: Span, mentions: ResolvedMention[], figures: Figure[]): Unit {
	const tokens = tokenize(text, span.start, span.end);
	const features = new Map<string, number>();
	const add = (key: string) => {
		const shared = featureKey(key);
		features.set(shared, (features.get(shared) ?? 0) + 1);
	};
	const names = within(mentions, span);
	const inside = within(figures, span);
	// A long record or a score of three digits is compared, never aligned on (`unalignedChain`).
	const aligned = inside.filter((figure) => figure.kind !== 'number' || !unalignedChain(text, figure.start, figure.end));
	// The words of a name or a figure count through its `e:` or `v:` feature alone: counted as
	// words too, "aged 51" changed to "aged 53" would lose a shared word *and* gain a unique one,
	// and the changed sentence would no longer meet its counterpart.
	const covered = [...names, ...aligned].sort((a, b) => a.start - b.start);
	// One sweep over tokens and covered spans, both in text order: a sentence of a megabyte (a
	// file with no full stop) costs its length, not its length times its names.
	let next = 0;
	let coveredUntil = -1;
	for (const token of tokens) {
		while (next < covered.length && covered[next].start <= token.start) {
			coveredUntil = Math.max(coveredUntil, covered[next++].end);
		}
		// A word that starts inside a name is of it, possessive and all ("China's").
		if (token.content && token.start >= coveredUntil) {
			add(`w:${token.stem}`);
		}
	}
	const entities = new Set<string>();
	for (const mention of names) {
		entities.add(mention.key);
		add(`e:${mention.key}`);
	}
	// A line of dates and times with hardly a word ("June 6, 2013 7:38 PM EDT") is a time stamp: it
	// meets other stamps, never a sentence that happens to give the same date ("died yesterday").
	const stamp = kind !== 'quote' && isStamp(text, tokens, inside, names);
	for (const figure of aligned) {
		add(`${stamp ? 't' : ''}f:${figure.kind}:${figure.unit}`);
		add(`${stamp ? 't' : ''}v:${figure.kind}:${figure.unit}:${figure.iso ?? figure.value}`);
	}
	return { article, kind, index, start: span.start, end: span.end, tokens, features, entities, names, figures: inside, stamp };
}

const featureKeys = new Map<string, string>();

/**
 * One string per feature for the whole folder ("w:harbour" in a thousand passages is one string,
 * not a thousand): the aligner keeps every unit's features, and the copies were most of its memory.
 */
function featureKey(key: string): string {
	let shared = featureKeys.get(key);
	if (shared === undefined) {
		if (featureKeys.size > 500_000) {
			featureKeys.clear();
		}
		shared = key;
		featureKeys.set(key, shared);
	}
	return shared;
}

/** The items of a sorted list that lie inside a span (binary search for the first). */
export function within<T extends Span>(sorted: T[], span: Span): T[] {
	const found: T[] = [];
	for (let i = firstStartingAt(sorted, span.start); i < sorted.length && sorted[i].start < span.end; i++) {
		if (sorted[i].end <= span.end) {
			found.push(sorted[i]);
		}
	}
	return found;
}
