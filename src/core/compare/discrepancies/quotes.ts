import { diffArrays } from 'diff';
import type { Severity } from '../../types';
import type { Claim } from '../aligner';
import { clip, listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { quoteRules } from '../rules/quotes';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { negations } from '../../text/lexicon/stance';
import { changeWeight, diffWords, type WordChange } from '../wordDiff';
import { quoteLabel, quoteReason, quoteSummary } from '../wording/quoteWording';
import { unquotedEchoes } from './quoteEchoes';
import { addTo } from './addTo';

const { severityOf, minOverlapForWordChanges, minSharedAround, closeWordingOverlap, minOverlap, verbCues, rewordedInside } = quoteRules;
const severityRank: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

/**
 * Finds quotes that aligned outlets word differently: "should" in two outlets and "must" in a
 * third, a "deliberately" one outlet drops, an added "not". One discrepancy per quote, however
 * many outlets carry it; its severity is that of its most serious change.
 *
 * @param context The comparison.
 * @returns One draft per quote worded differently.
 */
export function findQuoteDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	const drafts: DiscrepancyDraft[] = [];
	for (const claim of context.claims) {
		if (claim.kind === 'quote' && claim.members.length >= 2) {
			// Reported speech is the reporter's words: only quotes in marks are compared word by word here.
			const units = claim.members.map((member) => context.unitOf(member)).filter((unit) => unit.quote?.direct !== false);
			const draft = judgeQuote(context, claim, units);
			if (draft) {
				drafts.push(draft);
			}
		}
	}
	for (const echo of unquotedEchoes(context)) {
		const draft = judgeQuote(context, echo.claim, echo.units, echo.unquoted);
		if (draft) {
			drafts.push(draft);
		}
	}
	return drafts;
}

/** A change between two outlets' versions, with who has which side. */
interface Variation {
	change: WordChange;
	severity: Severity;
	weight: number;
	from: Unit;
	to: Unit;
}

/** A "not" or another modal with `minSharedAround` words both versions give on each side (or up to their edge). */
function turnsStatement(change: WordChange): boolean {
	return (change.kind === 'negation' || change.kind === 'modal') && change.sharedToEdge >= minSharedAround;
}

/**
 * Judges the wordings of one quote. `unquoted` holds passages that give the quote's words
 * without marks (`quoteEchoes.ts`): against them only what changes the statement counts (an
 * added "not", another modal, an intensifier), at most medium, and only when the words are
 * nearly the same (`closeWordingOverlap`): a reporter's paraphrase is not a misquote.
 */
function judgeQuote(context: CompareContext, claim: Claim, units: Unit[], unquoted?: ReadonlySet<Unit>): DiscrepancyDraft | undefined {
	const variations: Variation[] = [];
	const wordings = distinctWordings(units);
	const spoken = new Map(wordings.map((unit) => [unit, spokenTokens(context, unit)]));
	for (let i = 0; i < wordings.length; i++) {
		for (let j = i + 1; j < wordings.length; j++) {
			const [a, b] = [spoken.get(wordings[i])!, spoken.get(wordings[j])!];
			// Against unquoted passages, only a quote and an echo meet: two quotes meet in their own claim.
			const reported = unquoted !== undefined;
			if (reported && unquoted.has(wordings[i]) === unquoted.has(wordings[j])) {
				continue;
			}
			const [trimmedA, trimmedB] = reported ? trimToShared(a, b) : trimToCommon(a, b);
			const { changes, overlap } = diffWords(trimmedA, trimmedB);
			// Against an echo, a "not" or another modal inside a stretch both give word for word is the
			// statement turned, however the reporter went on after it: "“has not been approached by the
			// mayor's office about the post”" / "has been approached by the mayor's office to fill the post"
			// (0.71 alike).
			const turned = reported && changes.some(turnsStatement);
			if (overlap < (reported && !turned ? closeWordingOverlap : minOverlap) || !enoughInCommon(trimmedA, trimmedB, overlap)) {
				continue;
			}
			// "I didn't feel we were ready" / "I felt we weren't ready": the negation moved, the statement did not.
			const negationMoved = negationCount(a) === negationCount(b);
			for (const change of changes) {
				if (change.kind === 'negation' && negationMoved) {
					continue;
				}
				const meaningful = change.kind === 'negation' || change.kind === 'modal' || change.kind === 'intensifier';
				if (reported && (!meaningful || (change.kind === 'modal' && isBackshift(change)))) {
					continue;
				}
				// Below the close overlap, only the turn itself counts against an echo.
				if (reported && overlap < closeWordingOverlap && !turnsStatement(change)) {
					continue;
				}
				if (severityOf[change.kind] && (meaningful || overlap >= minOverlapForWordChanges || change.sharedAround >= minSharedAround)) {
					const severity = reported ? 'medium' : meaningful && overlap < closeWordingOverlap ? 'medium' : change.kind === 'word' ? wordSeverity(change, overlap, a, b) : severityOf[change.kind]!;
					variations.push({ change, severity, weight: changeWeight[change.kind] * (severity === 'high' ? 1 : 0.6), from: wordings[i], to: wordings[j] });
				}
			}
		}
	}
	if (variations.length === 0) {
		return undefined;
	}
	// The most serious change, then the weightiest, that outlets take sides on (one that only a pair
	// of them shows, among words the others do not quote, says nothing about who has which wording).
	// One change met in two pairs of wordings is judged on each, and its surer reading stands:
	// "who died in a senseless act" against another outlet's fragment "a cruel, senseless act" looks
	// cut, low; against the whole quote "who died in a cruel, senseless act" a word is left out of
	// its middle, medium.
	variations.sort((x, y) => severityRank[y.severity] - severityRank[x.severity] || y.weight - x.weight);
	let chosen: { variation: Variation; sides: { removed: Unit[]; added: Unit[] } } | undefined;
	for (const variation of variations) {
		const sides = sidesOf(units, variation.change, variation.from, variation.to);
		if (sides.removed.length > 0 && sides.added.length > 0) {
			chosen = { variation, sides };
			break;
		}
	}
	if (!chosen) {
		return undefined;
	}
	const { variation: top, sides } = chosen;
	const odd = sides.removed.length <= sides.added.length ? sides.removed : sides.added;
	const speaker = units.map((unit) => unit.quote?.speaker?.name).find(Boolean);
	const label = quoteLabel(speaker, clip(textOf(context, units[0]), 40));
	const alignment = Math.min(...claim.members.map((member) => member.score));
	const severity = top.severity;
	const mentions = units.map((unit) => {
		const words = variations
			.flatMap((variation) => (variation.from === unit ? variation.change.removed : variation.to === unit ? variation.change.added : []))
			.map(({ start, end }) => ({ start, end }));
		const variant = sideWords(unit, top.change) || '(without it)';
		return { ...mentionOf(context, unit.article, unit, variant, odd.includes(unit)), words: dedupe(words) };
	});
	return {
		kind: 'quote',
		severity,
		summary: quoteSummary(label, { removed: words(top.change.removed), added: words(top.change.added), removedArticles: sides.removed.map((unit) => unit.article), addedArticles: sides.added.map((unit) => unit.article) }, context.outlet),
		// The change the title shows names every outlet on each side; the others, the two versions compared.
		reason: quoteReason(
			variations.map((variation) => ({
				kind: variation.change.kind,
				removed: words(variation.change.removed),
				added: words(variation.change.added),
				from: (variation === top ? sides.removed : [variation.from]).map((unit) => context.outlet(unit.article)),
				to: (variation === top ? sides.added : [variation.to]).map((unit) => context.outlet(unit.article)),
			})),
		) + (unquoted ? ` ${listOutlets(context, [...unquoted].map((unit) => unit.article))} give the words without quotation marks: reported speech, or marks the page lost.` : ''),
		strength: Math.min(1, 0.35 + alignment * 0.65),
		mentions,
		missing: [],
		claim: claim.id,
		weight: top.weight + Math.min(1, variations.length / 10),
	};
}

/**
 * How much one word reworded in a quote matters. Other words inside the marks, with the same words
 * on both sides, are a quote worded otherwise, which a reader checks: a content word in another's
 * place ("I believe" / "I think", two translations of one sentence), or content words left out of
 * its middle (`quoteRules.rewordedInside`). A change at the quote's edge is a quote cut, and a
 * function word ("the") a quote tidied: low, unless the quote's verb changed ("has been set up" /
 * "has been built") where the rest is the same words (`minOverlapForWordChanges`, or
 * `minSharedAround` words on each side), or the quote is otherwise verbatim (`closeWordingOverlap`,
 * with words shared up to its edge: "a gifted gardener and a widely admired host" / "a gifted
 * painter and …").
 */
function wordSeverity(change: WordChange, overlap: number, a: Token[], b: Token[]): Severity {
	const substituted = change.removed.some((token) => token.content) && change.added.some((token) => token.content);
	// Other words inside the marks, with the same words on both sides (`quoteRules.rewordedInside`).
	const content = substituted || [...change.removed, ...change.added].some((token) => token.content);
	if (content && change.sharedAround >= (substituted ? rewordedInside.substituted : rewordedInside.leftOut)) {
		return 'medium';
	}
	if (!substituted) {
		return 'low';
	}
	if (isVerbAt(a, change.removed[0]) && isVerbAt(b, change.added[0])) {
		return 'medium';
	}
	return overlap >= closeWordingOverlap && change.sharedToEdge >= minSharedAround ? 'medium' : 'low';
}

/**
 * Two versions of a quote share enough to be one utterance: `quoteRules.minSharedWords` words, or
 * the same number of words ("We must act" / "We should act"). "I certainly wouldn't." and "I
 * wouldn't trust the pier," share two words of a speaker's habit, not a sentence.
 */
function enoughInCommon(a: Token[], b: Token[], overlap: number): boolean {
	return a.length === b.length || Math.round(overlap * Math.max(a.length, b.length)) >= quoteRules.minSharedWords;
}

/**
 * A modal moved back a tense, as reported speech does: "“We will rebuild”" / "said they would
 * rebuild" is the same promise ("can"/"could", "may"/"might", "shall"/"should" likewise).
 */
function isBackshift(change: WordChange): boolean {
	const pair = [...change.removed, ...change.added].map((token) => token.norm).sort().join(' ');
	return backshifts.has(pair);
}

/** Modal pairs of reported speech, sorted: see `isBackshift`. */
const backshifts = new Set(['will would', 'can could', 'may might', 'shall should', "won't wouldn't", "can't couldn't"]);

/** Whether a token stands where a verb goes: right after an auxiliary or "to" ("has been built", "to stress"). */
function isVerbAt(tokens: Token[], token: Token): boolean {
	const before = tokens[tokens.indexOf(token) - 1];
	return before !== undefined && verbCues.has(before.norm);
}

function negationCount(tokens: Token[]): number {
	return tokens.filter((token) => negations.has(token.norm)).length;
}

/**
 * A quote's words without an editor's insertions in brackets: "respect for her [Lena Marsh] and
 * her family" quotes the same words as "respect for her and her family".
 */
function spokenTokens(context: CompareContext, unit: Unit): Token[] {
	const text = context.textOf(unit.article);
	if (!/[[(]/.test(text.slice(unit.start, unit.end))) {
		return unit.tokens;
	}
	let depth = 0;
	let at = unit.start;
	return unit.tokens.filter((token) => {
		for (; at < token.start; at++) {
			depth += text[at] === '[' || text[at] === '(' ? 1 : text[at] === ']' || text[at] === ')' ? -1 : 0;
			depth = Math.max(0, depth);
		}
		return depth === 0;
	});
}

/** Most distinct wordings of one quote compared word by word (the commonest ones). */
const maxWordings = 12;

/**
 * One unit per distinct wording, the commonest first: outlets that copy the same wire quote word
 * for word need one diff between them, not one per pair of outlets.
 */
function distinctWordings(units: Unit[]): Unit[] {
	const byWording = new Map<string, Unit[]>();
	for (const unit of units) {
		addTo(byWording, wordingOf(unit.tokens), unit);
	}
	return [...byWording.values()]
		.sort((x, y) => y.length - x.length)
		.slice(0, maxWordings)
		.map((group) => group[0]);
}

/** A passage's words, joined: read once per list of words, which the verbatim copies of a passage share (`unitsOfCopies.ts`). */
function wordingOf(tokens: Unit['tokens']): string {
	let wording = wordings.get(tokens);
	if (wording === undefined) {
		wording = tokens.map((token) => token.norm).join(' ');
		wordings.set(tokens, wording);
	}
	return wording;
}

const wordings = new WeakMap<Unit['tokens'], string>();

/**
 * Leaves out what one version has beyond the other at either end: an outlet that quotes only the
 * middle of a sentence ("…any attempt to politicize sport…") truncated it, it did not reword it.
 */
function trimToCommon(a: Token[], b: Token[]): [Token[], Token[]] {
	const inB = new Set(b.map((token) => token.norm));
	const inA = new Set(a.map((token) => token.norm));
	const firstA = a.findIndex((token) => inB.has(token.norm));
	const firstB = b.findIndex((token) => inA.has(token.norm));
	const lastA = findLastIndex(a, (token) => inB.has(token.norm));
	const lastB = findLastIndex(b, (token) => inA.has(token.norm));
	if (firstA < 0 || firstB < 0) {
		return [a, b];
	}
	return [a.slice(firstA, lastA + 1), b.slice(firstB, lastB + 1)];
}

/**
 * Leaves out what stands before the first and after the last word the two share in order: a
 * sentence that reports a quote ("The mayor said on Monday they will close the harbour …") is
 * read from where the quote's words start ("will close the harbour …"), not from a "the" that
 * both happen to have earlier.
 */
function trimToShared(a: Token[], b: Token[]): [Token[], Token[]] {
	const parts = diffArrays(a, b, { comparator: (x: Token, y: Token) => x.norm === y.norm });
	let [atA, atB] = [0, 0];
	let first: [number, number] | undefined;
	let last: [number, number] = [0, 0];
	for (const part of parts) {
		if (!part.added && !part.removed) {
			first ??= [atA, atB];
			last = [atA + part.value.length, atB + part.value.length];
		}
		atA += part.added ? 0 : part.value.length;
		atB += part.removed ? 0 : part.value.length;
	}
	return first ? [a.slice(first[0], last[0]), b.slice(first[1], last[1])] : [a, b];
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
	for (let i = items.length - 1; i >= 0; i--) {
		if (test(items[i])) {
			return i;
		}
	}
	return -1;
}

/**
 * Which units have the removed words of a change and which the added ones, read with the words
 * around the change ("crews will be" / "crews would be"): a "will" or a "not" elsewhere in the
 * quote must not put a unit on the wrong side. For a word one version drops, a unit counts as
 * "without" only when it has the words around the gap: a quote given in part ("…certain
 * international forces…") says nothing about a word outside that part.
 */
function sidesOf(units: Unit[], change: WordChange, from: Unit, to: Unit): { removed: Unit[]; added: Unit[] } {
	const removed: Unit[] = [];
	const added: Unit[] = [];
	const [before, after] = change.removed.length > 0 ? neighbours(from, change.removed) : neighbours(to, change.added);
	const norms = (tokens: (Token | undefined)[]) => tokens.filter((token): token is Token => token !== undefined).map((token) => token.norm);
	// Changed words are read with both neighbours first, then with one ("Russia must step up" /
	// "Russia should increase": another outlet may reword the rest); no words (a drop) with both.
	const runs = (tokens: Token[]) =>
		tokens.length === 0 ? [[norms([before, after])]] : [[norms([before, ...tokens, after])], [norms([before, ...tokens]), norms([...tokens, after])].filter((run) => run.length > tokens.length)];
	// The side that holds the changed words is looked for first: "ships will not be built" also has
	// "will be" (of "crews will be trained"), the run an added "not" leaves when it is taken out.
	const sides = [
		{ runs: runs(change.removed), units: removed },
		{ runs: runs(change.added), units: added },
	];
	if (change.removed.length === 0) {
		sides.reverse();
	}
	for (const unit of units) {
		for (const pass of [0, 1]) {
			const side = sides.find((candidate) => (candidate.runs[pass] ?? []).some((run) => hasRun(unit, run)));
			if (side) {
				side.units.push(unit);
				break;
			}
		}
	}
	return { removed, added };
}

/** The words just before and after a stretch of tokens in their unit. */
function neighbours(unit: Unit, stretch: Token[]): [Token | undefined, Token | undefined] {
	const first = unit.tokens.indexOf(stretch[0]);
	const last = unit.tokens.indexOf(stretch[stretch.length - 1]);
	return [unit.tokens[first - 1], unit.tokens[last + 1]];
}

/** Whether a unit has these words one after the other. */
function hasRun(unit: Unit, run: string[]): boolean {
	if (run.length === 0) {
		return false;
	}
	for (let i = 0; i + run.length <= unit.tokens.length; i++) {
		if (run.every((norm, k) => unit.tokens[i + k].norm === norm)) {
			return true;
		}
	}
	return false;
}

/** The words a unit has on its side of a change. */
function sideWords(unit: Unit, change: WordChange): string {
	const own = unit.tokens.filter((token) => [...change.removed, ...change.added].some((other) => other.norm === token.norm));
	return words(own);
}

function words(tokens: Token[]): string {
	return [...new Set(tokens.map((token) => token.norm))].join(' ');
}

function textOf(context: CompareContext, unit: Unit): string {
	return context.textOf(unit.article).slice(unit.start, unit.end);
}

function dedupe<T extends { start: number; end: number }>(spans: T[]): T[] {
	const seen = new Set<string>();
	return spans.filter((span) => {
		const key = `${span.start}:${span.end}`;
		return seen.has(key) ? false : (seen.add(key), true);
	});
}
