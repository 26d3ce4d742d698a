import * as functionWordsLexicon from '../text/lexicon/functionWords';
import type { Named, Token } from './attributionTypes';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { nameStopWords, phraseStopWords, subjectPronouns } = functionWordsLexicon;

/** A verb of speech in the past or in -s ("said", "wrote", "tells"): no auxiliary or adverb of that spelling goes before one as a subject. */
const reportingFormPattern = /(?:ed|s)$|^(?:said|wrote|told)$/;

/**
 * A surname that is also a function word, right after a quote: "“The pier stays shut,” Read
 * said", "“We tried,” So told the court". A capitalised function word after a quote's comma
 * begins no sentence, so before a verb of speech in lower case it is the speaker's name; after
 * a full stop only when the verb ends the sentence ("“… the pier.” Read said."). Pronouns and
 * quantifiers stay subjects of their own ("“…” Nobody answered."), and a title-case line ("‘…,’
 * Will Says") capitalises its verb too, so it is not read here.
 *
 * @param tokens The tokens after the quote.
 * @param from The first word after the quote's marks.
 * @param innerEnd The last character inside the quote (`,` or `.` …).
 */
export function functionWordSurname(tokens: Token[], from: number, innerEnd: string): Named | undefined {
	const word = tokens[from];
	const verb = tokens[from + 1];
	if (!word?.word || !word.cap || !verb?.verb || verb.cap || !reportingFormPattern.test(verb.lower)) {
		return undefined;
	}
	if (subjectPronouns.has(word.lower) || !(nameStopWords.has(word.lower) || phraseStopWords.has(word.lower))) {
		return undefined;
	}
	const endsThere = tokens[from + 2] === undefined || tokens[from + 2].text === '.';
	return innerEnd === ',' || endsThere ? { name: word.text, span: { start: word.start, end: word.end } } : undefined;
}
