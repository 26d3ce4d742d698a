import { figuresAgree } from '../figures';
import type { Discrepancy, Figure, Span } from '../types';
import type { Comparison } from './compare';
import { isProse, type Unit, type UnitKind } from './units';
import { diffWords } from './wordDiff';

/** Outlets whose differing words are worked out for one lookup (the rest get their verdict only). */
const maxWordDiffs = 40;

/** How another outlet's version compares with the passage under the cursor. */
export type Verdict = { kind: 'agrees' } | { kind: 'differs'; detail: string } | { kind: 'not-reported' };

/** Another outlet's version of the passage. */
export interface OtherVersion {
	/** `Article.id` of the other outlet's article. */
	article: string;
	/** The aligned passage, when the other outlet reports the claim. */
	passage?: Span & { kind: UnitKind; score: number };
	/** Words of the other passage that the passage under the cursor does not have. */
	theirWords: Span[];
	/** Words of the passage under the cursor that the other passage does not have. */
	ourWords: Span[];
	/** The verdict in one phrase. */
	verdict: Verdict;
	/** For a figure under the cursor: the other outlet's figure it was compared with. */
	figure?: Figure;
}

/** The passage at a position and every other outlet's version of it. */
export interface PassageComparison {
	/** The article under the cursor. */
	article: string;
	/** The passage under the cursor: a quote when the position is inside one, else the sentence. */
	passage: Span & { kind: UnitKind };
	/** The figure under the cursor, when there is one: the verdicts then compare figures. */
	figure?: Figure;
	/** The claim the passage belongs to. */
	claim?: string;
	/** One entry per other article, in folder order. */
	others: OtherVersion[];
	/** Discrepancies that involve the passage. */
	discrepancies: Discrepancy[];
}

/**
 * Looks up how every other outlet reports the passage at an offset: the aligned passage, the
 * words that differ, and a verdict ("agrees", "differs: 26 percent vs 27%", "not reported").
 * Costs a binary search and a few word diffs: fast enough for a hover.
 *
 * @param comparison The folder's comparison.
 * @param article The article under the cursor.
 * @param offset The cursor's offset.
 * @param articleIds Every article of the folder, in order.
 * @returns The comparison, or `undefined` when the offset is outside every sentence.
 */
export function comparePassageAt(comparison: Comparison, article: string, offset: number, articleIds: string[]): PassageComparison | undefined {
	const units = comparison.aligner.unitIds(article).map((id) => ({ id, unit: comparison.aligner.unit(id)! }));
	const containing = units.filter(({ unit }) => unit.start <= offset && offset <= unit.end);
	// A quote inside the sentence is the more precise passage.
	const focus = containing.find(({ unit }) => unit.kind === 'quote') ?? containing.find(({ unit }) => isProse(unit.kind));
	if (!focus) {
		return undefined;
	}
	const sentence = containing.find(({ unit }) => isProse(unit.kind))?.unit;
	const figure = sentence?.figures.find((candidate) => candidate.start <= offset && offset <= candidate.end);
	const target = figure && sentence ? containing.find(({ unit }) => unit === sentence)! : focus;
	const claim = comparison.claimOf(target.unit);
	const discrepancies = comparison.discrepanciesOf(article).filter((discrepancy) => discrepancy.mentions.some((mention) => mention.article === article && mention.start < target.unit.end && target.unit.start < mention.end));

	const memberOf = new Map(claim?.members.map((member) => [member.article, member]));
	let diffsLeft = maxWordDiffs;
	const others = articleIds
		.filter((other) => other !== article)
		.map((other): OtherVersion => {
			const member = memberOf.get(other);
			if (!member) {
				return { article: other, theirWords: [], ourWords: [], verdict: { kind: 'not-reported' } };
			}
			const theirs = comparison.unitOf(member);
			// In a folder of hundreds of outlets a card shows a few: words are marked for those only.
			const diff = diffsLeft-- > 0 ? diffWords(target.unit.tokens, theirs.tokens) : { changes: [] };
			const ourWords = diff.changes.filter((change) => change.kind !== 'inflection').flatMap((change) => change.removed.map(toSpan));
			const theirWords = diff.changes.filter((change) => change.kind !== 'inflection').flatMap((change) => change.added.map(toSpan));
			return {
				article: other,
				passage: { start: theirs.start, end: theirs.end, kind: theirs.kind, score: member.score },
				ourWords,
				theirWords,
				...(figure ? figureVerdict(figure, theirs) : { verdict: passageVerdict(discrepancies, article, other) }),
			};
		});
	return { article, passage: { start: target.unit.start, end: target.unit.end, kind: target.unit.kind }, ...(figure ? { figure } : {}), ...(claim ? { claim: claim.id } : {}), others, discrepancies };
}

/** "agrees" when the other passage has a figure of the same value; "differs: 26 percent vs 27%" when it has another. */
function figureVerdict(figure: Figure, theirs: Unit): { verdict: Verdict; figure?: Figure } {
	const comparable = theirs.figures.filter((candidate) => candidate.kind === figure.kind || (isAmount(candidate) && isAmount(figure)));
	const equal = comparable.find((candidate) => figuresAgree(candidate, figure));
	if (equal) {
		return { verdict: { kind: 'agrees' }, figure: equal };
	}
	const sameUnit = comparable.filter((candidate) => candidate.unit === figure.unit);
	const closest = (sameUnit.length > 0 ? sameUnit : comparable)[0];
	return closest ? { verdict: { kind: 'differs', detail: `${figure.text} vs ${closest.text}` }, figure: closest } : { verdict: { kind: 'not-reported' } };
}

/** A discrepancy that names both outlets decides; otherwise aligned passages agree. */
function passageVerdict(discrepancies: Discrepancy[], article: string, other: string): Verdict {
	for (const discrepancy of discrepancies) {
		const ours = discrepancy.mentions.find((mention) => mention.article === article);
		const theirs = discrepancy.mentions.find((mention) => mention.article === other);
		if (ours && theirs && ours.variant !== theirs.variant) {
			return { kind: 'differs', detail: `${ours.variant} vs ${theirs.variant}` };
		}
	}
	return { kind: 'agrees' };
}

function isAmount(figure: Figure): boolean {
	return figure.kind === 'money' || figure.kind === 'number';
}

function toSpan({ start, end }: Span): Span {
	return { start, end };
}
