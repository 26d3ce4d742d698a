import type { ArticleAnalysis } from '../../types';
import type { Claim, ClaimMember } from '../aligner';
import type { CompareContext, DiscrepancyDraft } from '../context';
import { findOmissions } from '../discrepancies/omissions';
import { type ClaimHolder, heldBy } from '../claimHolder';
import type { Unit } from '../units';
import { sameUnits } from './judging';

/** One sentence claim's omission, as last found. */
interface Judged {
	units: Unit[];
	/** Its first article's quotes (the same array while the article's analysis stays), and which of them quote claims aligned, when found. */
	quotes: ArticleAnalysis['quotes'];
	aligned: string;
	draft: DiscrepancyDraft | undefined;
	/** The claim's id now, which the draft reads (`heldBy`). */
	holder: ClaimHolder;
}

/**
 * `findOmissions` for the editor's comparison, one sentence claim at a time, kept while the claim
 * holds the same passages and its first article's analysis and aligned quotes stay the same. The
 * finder reads of a sentence claim its passages (their figures, names, words and text), the
 * folder's articles, outlets and identities (the draft cache forgets this cache whenever one
 * changes: its epoch), and the first article's speech quotes that no quote claim of two or more
 * outlets aligns. "Only the Harbour Times reports: 38 ferries idle" is found again only when an
 * edit regroups that claim, or aligns or frees a quote of its first article.
 */
export class OmissionCache {
	/** By a claim's first passage (a passage is in one claim), what was found for it. */
	private byUnit = new WeakMap<Unit, Judged>();
	/** By a claim's members array, what was found for it (the aligner keeps the array of a claim it did not group again). */
	private byMembers = new WeakMap<readonly ClaimMember[], Judged>();

	/**
	 * The omission drafts of a folder, in the order `findOmissions` gives them.
	 *
	 * @param context The comparison.
	 * @returns What `findOmissions(context)` returns.
	 */
	drafts(context: CompareContext): DiscrepancyDraft[] {
		// Which quotes of each article quote claims of two or more outlets align, as findOmissions reads them.
		const alignedByArticle = new Map<string, number[]>();
		const quoteClaims: Claim[] = [];
		for (const claim of context.claims) {
			if (claim.kind === 'quote' && claim.members.length > 1) {
				quoteClaims.push(claim);
				for (const member of claim.members) {
					const list = alignedByArticle.get(member.article);
					if (list) {
						list.push(member.index);
					} else {
						alignedByArticle.set(member.article, [member.index]);
					}
				}
			}
		}
		const alignedKeys = new Map<string, string>();
		const alignedOf = (article: string) => {
			let key = alignedKeys.get(article);
			if (key === undefined) {
				key = [...(alignedByArticle.get(article) ?? [])].sort((a, b) => a - b).join(',');
				alignedKeys.set(article, key);
			}
			return key;
		};
		const sentences = context.claims.filter((claim) => claim.kind === 'sentence');
		const judged: (Judged | undefined)[] = [];
		const missing: { claim: Claim; units: Unit[]; quotes: ArticleAnalysis['quotes']; aligned: string }[] = [];
		for (const claim of sentences) {
			const article = claim.members[0].article;
			const { quotes } = context.analysisOf(article);
			const aligned = alignedOf(article);
			// A claim the aligner did not group again has its members array as before: the same passages.
			const kept = this.byMembers.get(claim.members);
			if (kept && kept.quotes === quotes && kept.aligned === aligned) {
				judged.push(kept);
				continue;
			}
			const units = claim.members.map((member) => context.unitOf(member));
			const known = this.byUnit.get(units[0]);
			if (known && known.quotes === quotes && known.aligned === aligned && sameUnits(known.units, units)) {
				judged.push(known);
				this.byMembers.set(claim.members, known);
			} else {
				judged.push(undefined);
				missing.push({ claim, units, quotes, aligned });
			}
		}
		if (missing.length > 0) {
			// One pass of the finder over the claims to judge, beside every quote claim it reads; the other articles' quotes are not read.
			const firsts = new Set(missing.map(({ units }) => units[0].article));
			const noQuotes = { quotes: [] } as unknown as ArticleAnalysis;
			const found = new Map<string, DiscrepancyDraft>();
			const claims = [...missing.map(({ claim }) => claim), ...quoteClaims];
			for (const draft of findOmissions({ ...context, claims, analysisOf: (article) => (firsts.has(article) ? context.analysisOf(article) : noQuotes) })) {
				found.set(draft.claim!, draft);
			}
			let next = 0;
			for (let i = 0; i < sentences.length; i++) {
				if (judged[i] === undefined) {
					const { claim, units, quotes, aligned } = missing[next++];
					const holder = { claim: claim.id };
					const draft = found.get(claim.id);
					const record = { units, quotes, aligned, draft: draft && draft.claim === claim.id ? heldBy(draft, holder) : draft, holder };
					this.byUnit.set(units[0], record);
					this.byMembers.set(claim.members, record);
					judged[i] = record;
				}
			}
		}
		const drafts: DiscrepancyDraft[] = [];
		for (let i = 0; i < sentences.length; i++) {
			const record = judged[i]!;
			const draft = record.draft;
			if (!draft) {
				continue;
			}
			// Claims are renumbered as others come and go: the draft reads its claim's id from the record.
			record.holder.claim = sentences[i].id;
			drafts.push(draft);
		}
		return drafts;
	}
}
