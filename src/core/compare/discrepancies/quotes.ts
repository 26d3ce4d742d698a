import type { Severity } from '../../types';
import type { Claim } from '../aligner';
import { clip, listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { quoteRules } from '../rules/quotes';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { negations } from '../../text/lexicon/stance';
import { speechVerbs } from '../../text/lexicon/speech';
import { changeWeight, diffWords, type WordChange } from '../wordDiff';
import { quoteLabel, quoteReason, quoteSummary } from '../wording/quoteWording';
import { unquotedEchoes } from './quoteEchoes';
import { distinctWordings, sidesOf, spokenTokens, trimToCommon, trimToShared } from './quoteWordings';

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
	// Two outlets' reported speech of one saying, no quote in marks in either sentence: only the
	// statement turned counts ("Marr said the driver had not been drinking" / "Marr said the driver
	// had been drinking"; "His lawyer said he would appeal" / "Dorn's lawyer said he would not appeal").
	for (const claim of context.claims) {
		if (claim.kind === 'sentence' && claim.members.length >= 2) {
			const units = claim.members.map((member) => context.unitOf(member)).filter((unit) => reportsSpeech(context, unit));
			if (units.length >= 2) {
				const draft = judgeQuote(context, claim, units, new Set(units));
				if (draft) {
					drafts.push(draft);
				}
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

/** A sentence that reports speech with a verb of saying and quotes nothing in marks: "His lawyer said he would appeal." */
function reportsSpeech(context: CompareContext, unit: Unit): boolean {
	return unit.tokens.some((token) => speechVerbs.has(token.norm)) && !context.quotesIn(unit.article, unit.start, unit.end).some((quote) => quote.direct);
}

/** A change between two outlets' versions, with who has which side. */
interface Variation {
	change: WordChange;
	severity: Severity;
	weight: number;
	from: Unit;
	to: Unit;
}

/**
 * A "not" or another modal with `minSharedAround` words both versions give on each side (or up to
 * their edge); between two reporters' sentences (`reporters`), the word before it and
 * `minSharedAround` after it.
 */
function turnsStatement(change: WordChange, reporters = false): boolean {
	// Between two reporters' sentences the subject before the verb is each reporter's ("Former bank
	// chief Tomas Vey pleaded not guilty" / "Tomas Vey, the bank's former head, pleaded guilty"): the
	// verb before the turn and the words after it are what both must give.
	const around = change.sharedToEdge >= minSharedAround || (reporters && change.sharedAround >= 1 && change.sharedAfter >= minSharedAround);
	return (change.kind === 'negation' || change.kind === 'modal') && around;
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
	// Reporters' sentences alone, no quote in marks among them (`reportsSpeech`): every pair meets.
	const reporters = unquoted !== undefined && unquoted.size === units.length;
	for (let i = 0; i < wordings.length; i++) {
		for (let j = i + 1; j < wordings.length; j++) {
			const [a, b] = [spoken.get(wordings[i])!, spoken.get(wordings[j])!];
			// Against unquoted passages, only a quote and an echo meet: two quotes meet in their own
			// claim; two passages of reported speech meet when no quote in marks is among them.
			const reported = unquoted !== undefined;
			if (reported && !reporters && unquoted.has(wordings[i]) === unquoted.has(wordings[j])) {
				continue;
			}
			const [trimmedA, trimmedB] = reported ? trimToShared(a, b) : trimToCommon(a, b);
			const { changes, overlap } = diffWords(trimmedA, trimmedB);
			// Against an echo, a "not" or another modal inside a stretch both give word for word is the
			// statement turned, however the reporter went on after it: "“has not been approached by the
			// mayor's office about the post”" / "has been approached by the mayor's office to fill the post"
			// (0.71 alike).
			const turned = reported && changes.some((change) => turnsStatement(change, reporters));
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
				// Below the close overlap, only the turn itself counts against an echo; between two
				// reporters' words, only the turn at all.
				if (reported && (overlap < closeWordingOverlap || reporters) && !turnsStatement(change, reporters)) {
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
	const label = quoteLabel(speaker, clip(textOf(context, units[0]), 40), reporters);
	const alignment = Math.min(...claim.members.map((member) => member.score));
	const severity = top.severity;
	const mentions = units.map((unit) => {
		const words = variations
			.flatMap((variation) => (variation.from === unit ? variation.change.removed : variation.to === unit ? variation.change.added : []))
			.map(({ start, end }) => ({ start, end }));
		const variant = sideWords(context, unit, top.change) || '(without it)';
		return { ...mentionOf(context, unit.article, unit, variant, odd.includes(unit)), words: dedupe(words) };
	});
	return {
		kind: 'quote',
		severity,
		summary: quoteSummary(label, { removed: shownWords(context, top.from, top.change.removed), added: shownWords(context, top.to, top.change.added), removedArticles: sides.removed.map((unit) => unit.article), addedArticles: sides.added.map((unit) => unit.article) }, context.outlet),
		// The change the title shows names every outlet on each side; the others, the two versions compared.
		reason: quoteReason(
			variations.map((variation) => ({
				kind: variation.change.kind,
				removed: shownWords(context, variation.from, variation.change.removed),
				added: shownWords(context, variation.to, variation.change.added),
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

/** The words a unit has on its side of a change. */
function sideWords(context: CompareContext, unit: Unit, change: WordChange): string {
	const own = unit.tokens.filter((token) => [...change.removed, ...change.added].some((other) => other.norm === token.norm));
	return shownWords(context, unit, own);
}

/**
 * The words of one side of a change as a reader reads them, a number whole: in "4,000" / "4,500"
 * the words that differ are "000" and "500", shown as “4,000” and “4,500”.
 */
function shownWords(context: CompareContext, unit: Unit, tokens: Token[]): string {
	const text = context.textOf(unit.article);
	return [...new Set(tokens.map((token) => (digitsPattern.test(token.norm) ? wholeNumberAt(text, token) : token.norm)))].join(' ');
}

/** Digits only: a word that may be one group of a written number. */
const digitsPattern = /^\d+$/;

/** The written number a group of digits belongs to: "000" of "carry 4,000 passengers" → "4,000", "5" of "2.5" → "2.5". */
function wholeNumberAt(text: string, token: Token): string {
	let start = token.start;
	let end = token.end;
	while (start >= 2 && isGroupMark(text[start - 1]) && isDigit(text[start - 2])) {
		start -= 2;
		while (start > 0 && isDigit(text[start - 1])) {
			start--;
		}
	}
	while (end + 1 < text.length && isGroupMark(text[end]) && isDigit(text[end + 1])) {
		end += 2;
		while (end < text.length && isDigit(text[end])) {
			end++;
		}
	}
	return text.slice(start, end);
}

/** A mark between groups of digits, or before decimals ("4,000", "2.5"). */
function isGroupMark(character: string): boolean {
	return character === ',' || character === '.';
}

/** An ASCII digit. */
function isDigit(character: string | undefined): boolean {
	return character !== undefined && character >= '0' && character <= '9';
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
