import type { Span } from '../types';
import type { Part } from './part';
import type { Token } from './tokens';

/**
 * A dateline: one to four words in capitals at the start of a paragraph, a comma and a date, an
 * agency in parentheses, then a dash ("TARN HARBOUR, March 3 (Tidewire) –", "WASHINGTON (AP) —").
 * Group 1 is the place, group 2 the agency. NOTE: the comma or the agency must be there (checked
 * in code), or a heading like "AUKUS – what it means" would pass for a dateline.
 */
const datelinePattern = /^(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,3})(?:,[^\n()–—]{0,40})?[ \t]*(?:\(([\p{L}][\p{L}\p{M} .&-]{0,40}[\p{L}.])\))?[ \t]*[–—-][ \t]/u;

/** The dateline a paragraph opens with: the pattern, with the comma or the agency it needs. */
function matchDateline(head: string): RegExpExecArray | undefined {
	const match = datelinePattern.exec(head);
	return match && (match[2] !== undefined || match[0][match[1].length] === ',') ? match : undefined;
}

/**
 * Where the prose starts after a dateline that opens a paragraph ("RENO, Nev. (AP) — Ortiz said
 * …" → at "Ortiz"), or `paragraph.start` when the paragraph opens with none.
 */
export function afterDateline(text: string, paragraph: Span): number {
	const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120));
	const match = matchDateline(head);
	if (match && twoCapitalsPattern.test(match[1])) {
		return paragraph.start + match[0].length;
	}
	// "Lantern (Wire) – Ortiz said …": a place in title case is a dateline when an agency in
	// parentheses and a dash follow it; "(Wire) — Ortiz said …", the agency alone, is one too.
	const titled = titleCaseDatelinePattern.exec(head) ?? creditPattern.exec(head);
	return titled ? paragraph.start + titled[0].length : paragraph.start;
}

/** An agency in parentheses and a dash opening a paragraph: "(Wire) — …", as some outlets credit a story. */
const creditPattern = /^\([\p{L}][\p{L}\p{M} .&-]{0,40}[\p{L}.]\)[ \t]*[–—-][ \t]/u;

/** Two capitals in a row: a place written in capitals ("MOSCOW"). Built once (see `wordShapes.ts`). */
const twoCapitalsPattern = /\p{Lu}{2}/u;

/** A place in title case, perhaps a date after a comma, an agency in parentheses, a dash. */
const titleCaseDatelinePattern = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]\p{Lu}[\p{L}.'’-]*){0,3}(?:,[^\n()–—]{0,40})?[ \t]*\([\p{L}][\p{L}\p{M} .&-]{0,40}[\p{L}.]\)[ \t]*[–—-][ \t]/u;

/**
 * Reads a dateline at the start of a paragraph: the place in capitals, and the agency in
 * parentheses ("TARN HARBOUR, March 3 (Tidewire) –" → "TARN HARBOUR" place, "Tidewire" organization).
 */
export function readDateline(tokens: Token[], text: string, paragraph: Span): { parts: Part[]; next: number } | undefined {
	if (tokens[0]?.kind !== 'upper') {
		return undefined;
	}
	const match = matchDateline(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120)));
	if (!match) {
		return undefined;
	}
	const placeEnd = paragraph.start + match[1].length;
	const parts: Part[] = [];
	const placeLast = tokens.findIndex((token) => token.end >= placeEnd);
	if (placeLast >= 0) {
		parts.push({ first: 0, last: placeLast, titled: false, forced: 'place' });
	}
	let next = placeLast + 1;
	if (match[2]) {
		const agencyStart = paragraph.start + match[0].indexOf('(' + match[2]) + 1;
		const first = tokens.findIndex((token) => token.start === agencyStart);
		const last = tokens.findIndex((token) => token.end >= agencyStart + match[2].length);
		if (first >= 0 && last >= first) {
			parts.push({ first, last, titled: false, forced: 'organization' });
			next = last + 1;
		}
	}
	return { parts, next };
}
