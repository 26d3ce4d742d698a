import type { Claim } from '../aligner';
import type { CompareContext } from '../context';
import { isProse, type Unit } from '../units';
import { dice } from '../passageWords';

/** A quote claim that the aligner could not make: quoted passages and their unquoted echoes in one sentence claim. */
export interface UnquotedEcho {
	claim: Claim;
	/** The quotes in marks, as quote units, and the sentences without marks. */
	units: Unit[];
	/** Of `units`, the sentences without marks. */
	unquoted: ReadonlySet<Unit>;
}

/**
 * Quotes against the same words without marks in another outlet: "“We will not close the
 * harbour,” the mayor said" / "The mayor said they will close the harbour". The aligner puts the
 * two sentences in one claim, but only the first holds a quote, so the quote claims never meet
 * the second. Here each sentence claim's quotes in marks meet its sentences with no quote in
 * marks (reported speech, or a quote whose opening mark the page lost), for `judgeQuote` to
 * compare with its `unquoted` rules.
 *
 * Only where the quotes in marks agree word for word, or are quotes of their own (`versionsOfOne`):
 * where versions of one quote differ, their own claim lists the difference, and one claim is read
 * alone (as the incremental comparison judges it).
 *
 * @param context The comparison.
 * @returns The sentence claims that hold both.
 */
export function unquotedEchoes(context: CompareContext): UnquotedEcho[] {
	const echoes: UnquotedEcho[] = [];
	for (const claim of context.claims) {
		if (!isProse(claim.kind) || claim.members.length < 2) {
			continue;
		}
		const quoted: Unit[] = [];
		const unquoted = new Set<Unit>();
		for (const member of claim.members) {
			const sentence = context.unitOf(member);
			const inside = context.quotesIn(sentence.article, sentence.start, sentence.end).filter((quote) => quote.direct);
			if (inside.length === 0) {
				unquoted.add(sentence);
				continue;
			}
			for (const quote of inside) {
				const start = Math.max(quote.start, sentence.start);
				const tokens = sentence.tokens.filter((token) => token.start >= quote.start && token.end <= quote.end);
				if (tokens.length >= minQuoteWords) {
					quoted.push({ ...sentence, kind: 'quote', start, end: Math.min(quote.end, sentence.end), tokens, quote });
				}
			}
		}
		if (quoted.length === 0 || unquoted.size === 0) {
			continue;
		}
		const wordings = new Map<string, Unit[]>();
		for (const unit of quoted) {
			const wording = unit.tokens.map((token) => token.norm).join(' ');
			wordings.set(wording, [...(wordings.get(wording) ?? []), unit]);
		}
		// Quotes of one sentence claim that are no versions of one another are two quotes, each held to
		// the echo on its own: "“handed over to the port authorities”" (one outlet) beside a wholly
		// quoted statement of another (“The crew were taken aboard …”).
		const groups = [...wordings.values()];
		if (groups.length === 1 || groups.every((group, i) => groups.every((other, j) => i === j || !versionsOfOne(group[0], other[0])))) {
			for (const group of groups) {
				echoes.push({ claim, units: [...group, ...unquoted], unquoted });
			}
		}
	}
	return echoes;
}

/** Whether two quotes share half their words or more (Dice): one quote worded two ways, whose own claim compares them. */
function versionsOfOne(a: Unit, b: Unit): boolean {
	return dice(new Set(a.tokens.map((token) => token.norm)), new Set(b.tokens.map((token) => token.norm))) >= versionShare;
}

/** `versionsOfOne`'s floor. */
const versionShare = 0.5;

/** Fewer words than this in marks are a phrase, not a statement to hold a paraphrase to ("“very sad”"). */
const minQuoteWords = 4;
