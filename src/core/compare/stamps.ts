import type { Figure, Span } from '../types';
import { timeWords, timeZones } from '../text/lexicon/time';
import type { Token } from './tokens';

/**
 * Whether a passage stamps the page with a time rather than telling the event: outlets publish
 * and update at different hours, so two stamps never disagree about what happened, and a stamp is
 * no counterpart of a sentence that gives the same date ("died yesterday").
 *
 * A stamp gives a date or a time of day and, besides its figures, only what a stamp line holds:
 * names and agency codes, words in capitals, time words and zones, digits and function words,
 * a few of them ("March 4, 2031 7:12 PM EDT"; "Wed Mar 4 2031, 02: 17 hrs"; "AXN Mar 4, 2031,
 * 06. 42AM IST TARN:", whose clock the spacing broke into bare numbers). A word of prose in lower
 * case makes it a sentence ("The ferry sank on June 4, 2024."), and so does a capitalised word
 * that is no name ("Ferry Sinks June 4, 2024", a headline).
 *
 * @param text The article's text.
 * @param tokens The passage's words.
 * @param figures The figures that lie inside it, in text order.
 * @param names The name mentions that lie inside it.
 */
export function isStamp(text: string, tokens: readonly Token[], figures: readonly Figure[], names: readonly Span[]): boolean {
	if (!figures.some((figure) => figure.kind === 'date' || figure.kind === 'time') || !figures.every((figure) => stampKinds.has(figure.kind))) {
		return false;
	}
	let words = 0;
	const inside = (token: Token, spans: readonly Span[]) => spans.some((span) => span.start <= token.start && token.end <= span.end);
	for (const token of tokens) {
		if (inside(token, figures)) {
			continue;
		}
		if (++words > maxStampWords) {
			return false;
		}
		if (!token.content || /\d/.test(token.norm) || timeWords.has(token.norm) || timeZones.has(token.norm) || stampWords.has(token.norm) || inside(token, names)) {
			continue;
		}
		// Capitals: an agency's code or a dateline's place ("AXN", "TARN").
		const written = text.slice(token.start, token.end);
		if (written.length < 2 || written !== written.toUpperCase()) {
			return false;
		}
	}
	return true;
}

/** Figures a stamp holds: its date and time, and the bare numbers and spans a broken clock leaves ("02: 17 hrs"). */
const stampKinds = new Set<Figure['kind']>(['date', 'time', 'number', 'duration']);

/** Words besides figures in a stamp line, at most: "AXN Mar 4, 2031, 06. 42AM IST TARN:" has four. */
const maxStampWords = 8;

/** Lower-case words of a stamp line: "02:17 hrs", "updated 14:05 local time". */
const stampWords = new Set(['hrs', 'hr', 'h', 'local', 'time', 'updated', 'posted', 'published', 'last']);
