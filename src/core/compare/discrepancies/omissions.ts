import type { Claim } from '../aligner';
import { clip, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import type { Quote, Span } from '../../types';
import { SpanIndex } from '../../spanIndex';
import type { Unit } from '../units';
import { countOf } from '../wording/sides';

/** Figures that are news in themselves when only one outlet gives them. */
const substantialFigureKinds = new Set(['money', 'percent', 'count', 'number', 'range', 'duration']);

/** With this many outlets or more, a claim carried by at most a fifth of them is a minority claim. */
const minorityFolderSize = 6;

/**
 * Finds claims that only one outlet (or a small minority) reports, when they carry substance: a
 * figure, a quote with its speaker, or a named person. Passages that are only colour ("the band
 * played on the quay") are left out: a reader wants the claims others did not check.
 *
 * @param context The comparison.
 * @returns One draft per claim others leave out.
 */
export function findOmissions(context: CompareContext): DiscrepancyDraft[] {
	const total = context.articleIds.length;
	if (total < 2) {
		return [];
	}
	const alignedQuotes = new Set<string>();
	for (const claim of context.claims) {
		if (claim.kind === 'quote' && claim.members.length > 1) {
			for (const member of claim.members) {
				alignedQuotes.add(`${member.article}:${member.index}`);
			}
		}
	}
	// The speech quotes no other outlet aligns, per article, in text order (a quote's index is kept).
	const lonelyQuotes = new Map<string, SpanIndex<Quote & Span>>();
	for (const article of context.articleIds) {
		const quotes = context.analysisOf(article).quotes.filter((quote, index) => quote.kind === 'speech' && quote.direct && !alignedQuotes.has(`${article}:${index}`));
		lonelyQuotes.set(article, new SpanIndex(quotes.map((quote) => ({ ...quote, start: quote.inner.start, end: quote.inner.end }))));
	}
	const drafts: DiscrepancyDraft[] = [];
	for (const claim of context.claims) {
		const minority = claim.members.length === 1 || (total >= minorityFolderSize && claim.members.length <= total / 5);
		if (claim.kind !== 'sentence' || !minority) {
			continue;
		}
		const units = claim.members.map((member) => context.unitOf(member));
		const draft = judgeOmission(context, claim, units, lonelyQuotes.get(units[0].article));
		if (draft) {
			drafts.push(draft);
		}
	}
	return drafts;
}

function judgeOmission(context: CompareContext, claim: Claim, units: Unit[], lonelyQuotes: SpanIndex<Quote & Span> | undefined): DiscrepancyDraft | undefined {
	const unit = units[0];
	const quotes = lonelyQuotes?.overlapping(unit) ?? [];
	const figures = unit.figures.filter((figure) => substantialFigureKinds.has(figure.kind));
	const people = [...unit.entities].filter((key) => context.entity(key)?.type === 'person');
	if ((figures.length === 0 && quotes.length === 0 && people.length === 0) || unit.tokens.length < 3) {
		return undefined;
	}
	const reporting = new Set(units.map((member) => member.article));
	// Counted, not listed: the comparison names the missing outlets from the claim when asked.
	const missing = context.articleIds.length - reporting.size;
	const substance = [figures.length ? `figure ${figures.map((figure) => figure.text).join(', ')}` : '', quotes.length ? 'a quote' : '', people.length ? `${people.map((key) => context.entity(key)!.name).join(', ')}` : '']
		.filter(Boolean)
		.join('; ');
	const outlets = [...reporting].map((article) => context.outlet(article)).join(', ');
	return {
		kind: 'omission',
		// Listed, counted and ranked (figures first), but low: a claim others leave out is context, not a contradiction.
		severity: 'low',
		summary: `Only ${outlets} report${reporting.size === 1 ? 's' : ''}: “${clip(context.textOf(unit.article).slice(unit.start, unit.end), 70)}”`,
		reason: `No passage of ${countOf(missing, 'other outlet', 'other outlets', 'the')} matches this one (${substance}).`,
		strength: 0.5 + Math.min(0.4, missing * 0.05),
		mentions: units.map((member) => mentionOf(context, member.article, member, figures[0]?.text ?? 'reported', true)),
		missing: [],
		claim: claim.id,
		weight: (figures.length > 0 ? 0.6 : 0) + (quotes.length > 0 ? 0.4 : 0) + (people.length > 0 ? 0.2 : 0),
	};
}
