import type { Span } from '../core/types';

/** A claim as the aligner holds it: one passage per article that reports it. */
export interface AlignedClaim {
	/** Sentence or quote. */
	kind: string;
	/** The passages. */
	members: readonly (Span & { article: string })[];
}

/** The two sides of a side-by-side comparison: one line per claim, in the same order on both. */
export interface TwoSides {
	/** The first article's side. */
	left: string;
	/** The second article's side. */
	right: string;
}

/** One line of both sides: the claim's passage in each article that reports it. */
interface Row {
	left?: Span;
	right?: Span;
}

/** What stands on a side for a claim its outlet does not report: the diff shows the other side's line as added. */
const absent = '';

/**
 * Lines up the claims of two articles for VS Code's diff editor: line `i` of each side is the
 * same claim (a sentence, its white space folded to one line), so the editor's word-level diff
 * shows what each outlet words differently, and its navigation walks every difference. Claims
 * one outlet alone reports stand opposite an empty line: the first article's in its order, the
 * second's just before the next claim the second article shares.
 *
 * @param claims The folder's claims (`Comparison.claims`); only sentence claims are used, quotes lie inside them.
 * @param texts The two articles' ids and texts.
 * @returns Both sides' text.
 */
export function alignTwoOutlets(claims: readonly AlignedClaim[], texts: { left: { id: string; text: string }; right: { id: string; text: string } }): TwoSides {
	const rows: Row[] = [];
	for (const claim of claims) {
		if (claim.kind === 'quote') {
			continue;
		}
		const left = claim.members.find((member) => member.article === texts.left.id);
		const right = claim.members.find((member) => member.article === texts.right.id);
		if (left || right) {
			rows.push({ ...(left ? { left } : {}), ...(right ? { right } : {}) });
		}
	}
	const ordered = rows.filter((row) => row.left).sort((a, b) => a.left!.start - b.left!.start);
	for (const row of rows.filter((candidate) => !candidate.left).sort((a, b) => a.right!.start - b.right!.start)) {
		const next = ordered.findIndex((candidate) => candidate.right !== undefined && candidate.right.start > row.right!.start);
		ordered.splice(next < 0 ? ordered.length : next, 0, row);
	}
	const line = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end).replace(/\s+/g, ' ').trim() : absent);
	return {
		left: ordered.map((row) => line(texts.left.text, row.left)).join('\n') + '\n',
		right: ordered.map((row) => line(texts.right.text, row.right)).join('\n') + '\n',
	};
}
