import type { Attribution, Token } from './attributionTypes';
import * as phrasesModule from './phrases';
import * as speechTokensModule from './speechTokens';
import * as timeLexicon from '../text/lexicon/time';
import * as titlesLexicon from '../text/lexicon/titles';
import * as functionWordsLexicon from '../text/lexicon/functionWords';

/**
 * The subject before an apposition, read backwards from a speech verb: between dashes ("Brask —
 * tipped by the Gazette as the pick — told") or between commas ("Ada Brandt, the port's lawyer,
 * said"; "The port's lawyer, Ada Brandt, said").
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { nounPhraseAfter, nounPhraseBefore } = phrasesModule;
const { isNameDot, textOf } = speechTokensModule;
const { timeSpanNouns, timeWords } = timeLexicon;
const { titleWords } = titlesLexicon;
const { determiners } = functionWordsLexicon;

/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;

/** The most tokens between a subject after a quote and its verb, an apposition included ("“…,” Elna Kamar, a senior fellow at the Harbour Institution and a party delegate, wrote"). */
export const maxAppositionAfter = 40;

/** A dash that sets off an apposition: "—", "–", or the second of "--". */
export function isDashAt(tokens: Token[], i: number): boolean {
	const text = tokens[i]?.text;
	return text === '—' || text === '–' || (text === '-' && tokens[i - 1]?.text === '-');
}

/**
 * The subject before an apposition between dashes that closes at `close`: the phrase before the
 * opening dash ("Brask — tipped by the Gazette … — told"), or the name that opens the apposition
 * when that phrase is a description ("A former rival -- Ivar Hult, who lost … -- said").
 */
export function subjectBeforeDashes(tokens: Token[], close: number, floor: number): { attribution: Attribution; first: number } | undefined {
	let open = close - 1;
	while (open > floor && close - open <= maxAppositionAfter && !isDashAt(tokens, open)) {
		open--;
	}
	if (open <= floor || !isDashAt(tokens, open)) {
		return undefined;
	}
	const start = tokens[open - 1]?.text === '-' ? open - 1 : open;
	const before = nounPhraseBefore(tokens, start - 1, floor);
	if (!before || !(before.first === floor || !tokens[before.first - 1].word)) {
		return undefined;
	}
	if (capitalStartPattern.test(before.named.name)) {
		return { attribution: { speaker: before.named, adjacent: true }, first: before.first };
	}
	const inner = nounPhraseAfter(tokens, open + 1, close);
	return inner && capitalStartPattern.test(inner.named.name) ? { attribution: { speaker: inner.named, adjacent: true }, first: before.first } : undefined;
}

/**
 * The subject before an appositive that ends at `comma`: "Ada Brandt, the port's lawyer, said";
 * "Tom Fite, the head of Harbour Watch, a group that sued the port, said" (the appositive holds
 * commas of its own: the subject is the phrase that opens the clause, not "Harbour Watch");
 * "The port's lawyer, Ada Brandt, said" (the name in apposition is the person); "the spokesman,
 * who asked not to be named, said" (a role).
 */
export function appositiveSubject(tokens: Token[], comma: number, floor: number): { attribution: Attribution; first: number } | undefined {
	let found: { attribution: Attribution; first: number } | undefined;
	for (let j = comma - 1; j > floor && j >= comma - 40; j--) {
		if (tokens[j].text !== ',') {
			continue;
		}
		const outer = nounPhraseBefore(tokens, j - 1, floor);
		if (!outer) {
			// "Lev Arno, 41, of Dover, said": an age between commas; "Lev Arno, 41, of Dover, Del., who
			// sells boats, said": a state's abbreviation, its full stop before the comma.
			const age = /^\d{1,3}$/.test(tokens[j - 1].text) && tokens[j - 2]?.text === ',';
			const state = tokens[j - 1].text === '.' && tokens[j - 2]?.cap === true && tokens[j - 2].text.length <= 5;
			if (age || state) {
				continue;
			}
			break;
		}
		let before = tokens[outer.first - 1];
		// "Senator Ada Vos of Kent, who chairs the board, said": the person before "of" with the place, as
		// before a verb ("Senator Ida Lund of Kent said").
		const owner = before?.lower === 'of' && tokens[outer.first - 2]?.cap && capitalStartPattern.test(outer.named.name) ? nounPhraseBefore(tokens, outer.first - 2, floor) : undefined;
		if (owner && capitalStartPattern.test(owner.named.name)) {
			const whole = { start: owner.named.span.start, end: outer.named.span.end };
			outer.named = { name: textOf(tokens, tokens.findIndex((token) => token.start === whole.start), j - 1), span: whole };
			outer.first = owner.first;
			before = tokens[outer.first - 1];
		}
		// "Sam Vos, a contestant on the show “The Crane,” who …, said": a title in quotation marks is no subject.
		if (before && '“"‘\''.includes(before.text)) {
			continue;
		}
		const opensClause = outer.first === floor || (!before.word && before.text !== ',') || ['but', 'and', 'yet', 'so'].includes(before.lower) || afterOpeningTime(tokens, outer.first - 1, floor);
		if (found && !opensClause) {
			continue;
		}
		const close = tokens.findIndex((token, k) => k > j && token.text === ',');
		const inner = tokens[close - 1]?.cap ? nounPhraseBefore(tokens, close - 1, j + 1) : undefined;
		const named = !tokens[j - 1].cap && !isNameDot(tokens, j - 1) && inner?.first === j + 1 ? inner.named : outer.named;
		found = { attribution: { speaker: named, adjacent: true }, first: outer.first };
		if (opensClause) {
			break;
		}
	}
	return found;
}

/** The most words of a phrase of time that opens a sentence before its subject ("Just last week,"). */
const maxOpeningTimeWords = 5;

/**
 * Whether the comma at `comma` closes a short phrase of time that opens the clause: "Just last
 * week, Ada Vos, editor of the Harbour Gazette, a paper read on every quay, wrote" (the subject is
 * Ada Vos, not the Gazette inside her appositive).
 */
function afterOpeningTime(tokens: Token[], comma: number, floor: number): boolean {
	if (tokens[comma]?.text !== ',' || comma - floor > maxOpeningTimeWords || comma <= floor) {
		return false;
	}
	const opening = tokens.slice(floor, comma);
	return opening.every((token) => token.word) && opening.some((token) => timeWords.has(token.lower) || timeSpanNouns.has(token.lower));
}

/** The most tokens from "who" to the phrase before the speech verb ("who founded Pier Watch"). */
const maxRelativeTokens = 8;

/** The most lower-case words of a role between the comma and "who" ("the harbour guru"). */
const maxRoleWords = 5;

/**
 * "“…,” Ida Vos, the harbour guru who founded Pier Watch tweeted": an appositive with a clause
 * opened by "who" whose closing comma is missing. The phrase before the verb (`first`) ends that
 * clause; the name before the appositive's comma, opening the clause, speaks.
 *
 * @param first The first token of the phrase right before the speech verb.
 */
export function unclosedRelative(tokens: Token[], first: number, floor: number): { attribution: Attribution; first: number } | undefined {
	let who = first - 1;
	while (who > floor && first - who <= maxRelativeTokens && tokens[who].lower !== 'who' && tokens[who].text !== ',' && !tokens[who].verb) {
		who--;
	}
	if (tokens[who]?.lower !== 'who' || who === first - 1) {
		return undefined;
	}
	let comma = who - 1;
	while (comma > floor && who - comma <= maxRoleWords && tokens[comma].word && !tokens[comma].cap) {
		comma--;
	}
	return nameOpeningBefore(tokens, comma, floor);
}

/** The most words of a bare role between a name and its organisation ("Managing Director"). */
const maxBareRoleWords = 4;

/**
 * "Ada Vos, Director, Tarn Harbour Board says: “…”": a name, a bare role (no article, ending in a
 * title word) and an organisation, set off by commas with no comma before the verb. The name that
 * opens the clause speaks, not the organisation nearest the verb.
 *
 * @param first The first token of the phrase right before the speech verb (the organisation).
 */
export function nameBeforeBareRole(tokens: Token[], first: number, floor: number): { attribution: Attribution; first: number } | undefined {
	const roleEnd = first - 2;
	if (tokens[first - 1]?.text !== ',' || !tokens[first]?.cap || !titleWords.has(tokens[roleEnd]?.lower ?? '')) {
		return undefined;
	}
	let comma = roleEnd;
	while (comma > floor && roleEnd - comma < maxBareRoleWords && tokens[comma].word && !determiners.has(tokens[comma].lower)) {
		comma--;
	}
	return nameOpeningBefore(tokens, comma, floor);
}

/** The capitalised name that ends right before the comma at token `comma` and opens its clause ("Ada Vos, …"), as the speaker. */
function nameOpeningBefore(tokens: Token[], comma: number, floor: number): { attribution: Attribution; first: number } | undefined {
	if (tokens[comma]?.text !== ',') {
		return undefined;
	}
	const name = nounPhraseBefore(tokens, comma - 1, floor);
	const opens = name !== undefined && (name.first === floor || !tokens[name.first - 1].word);
	return name && opens && capitalStartPattern.test(name.named.name) ? { attribution: { speaker: name.named, adjacent: true }, first: name.first } : undefined;
}
