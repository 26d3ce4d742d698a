import type { LocatedMention, Span } from '../../types';
import type { Unit } from '../units';

/*
 * Where a name stands in its passage: the word that places it ("in Vessingrad", "over No. 3
 * Tarn"), which tells whether two outlets' names fill one role (`swaps.ts`).
 */

/** Words that place a name: "in Vessingrad" / "in Port Halden", "by the … agency". */
const leadWords = new Set(['in', 'at', 'to', 'from', 'by', 'near', 'of', 'with', 'told', 'said', 'for']);

/**
 * Whether two mentions follow the same placing word ("in", "at", "by") and are the only names
 * after it in their passages: then they fill the same role. "Officials in Marlow Bay … the
 * regatta in Vessingrad" gives "in" two names, and says nothing about which one another
 * outlet's "in Port Halden" stands for.
 */
export function sameLeadWord(a: Unit, left: LocatedMention, b: Unit, right: LocatedMention): boolean {
	const word = leadWord(a, left);
	return word !== undefined && leadWords.has(word) && word === leadWord(b, right) && soleAfter(a, word) && soleAfter(b, word);
}

/**
 * Whether the words that place two names give them different roles: "the 104-97 win over No. 3
 * Tarn" names the opponent, "the 104-97 loss at Vell" the venue; two games with one score, not
 * one place told two ways. Prepositions of one role may stand for each other ("signed in
 * Vessingrad" / "signed at Port Halden").
 */
export function otherRoles(a: Unit, left: Span, b: Unit, right: Span): boolean {
	const [x, y] = [roleOf(placingWord(a, left)), roleOf(placingWord(b, right))];
	return x !== undefined && y !== undefined && x !== y;
}

/** The preposition that places a mention: the last word before it, past articles, numbers and "No." ("over No. 3 Tarn" → over). */
function placingWord(unit: Unit, mention: Span): string | undefined {
	// The last four words before it, read from the end (no list of them made: this is read per pair of names of a claim's passages).
	const { tokens } = unit;
	let read = 0;
	for (let i = tokens.length - 1; i >= 0 && read < 4; i--) {
		if (tokens[i].end > mention.start) {
			continue;
		}
		read++;
		const word = tokens[i].norm;
		if (!/^(?:the|a|an|no|\d+)$/.test(word)) {
			return word;
		}
	}
	return undefined;
}

/**
 * The role a preposition gives the name after it: a place ("in", "at", "to", "from": a transfer
 * "from a unit in Tarn" names the place it left as "in" does) or an opponent ("over", "against").
 */
function roleOf(word: string | undefined): string | undefined {
	return word === undefined ? undefined : placingRoles.get(word);
}

const placingRoles = new Map<string, string>([
	...['in', 'at', 'near', 'inside', 'outside', 'to', 'into', 'from'].map((word) => [word, 'place'] as [string, string]),
	...['over', 'against', 'versus', 'vs', 'beat', 'beating', 'defeated', 'defeating'].map((word) => [word, 'opponent'] as [string, string]),
]);
/** The word before a mention, articles skipped. */
function leadWord(unit: Unit, mention: Span): string | undefined {
	const { tokens } = unit;
	for (let i = tokens.length - 1; i >= 0; i--) {
		if (tokens[i].end <= mention.start && !/^(?:the|a|an)$/.test(tokens[i].norm)) {
			return tokens[i].norm;
		}
	}
	return undefined;
}

/** Whether one name only of the passage follows the word. */
function soleAfter(unit: Unit, word: string): boolean {
	let count = 0;
	for (const name of unit.names) {
		if (leadWord(unit, name) === word && ++count > 1) {
			return false;
		}
	}
	return count === 1;
}
