import * as speechLexicon from '../text/lexicon/speech';
import type { Attribution, Named, Token } from './attributionTypes';
import type { ArticleText } from './articleText';
import { asideAccording, isPassive, readAccordingLead, readQuotedAsSaying } from './relayPhrases';
import * as speechTokensModule from './speechTokens';
import * as verbObjectModule from './verbObject';
import * as verbSubjectModule from './verbSubject';
import { participleSubject } from './participleSubject';
import { subordinateClauseEnd } from './mainClause';
import { passiveAgent } from './passiveAgent';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { characterisingVerbs, speechVerbs } = speechLexicon;
const { findLast } = speechTokensModule;
const { readObject, readQuotedBy, relayBefore } = verbObjectModule;
const { verbSubject } = verbSubjectModule;

/**
 * The attribution before a quote, in its sentence: "Marrek told Lund: “…”", "He said: “…”",
 * "Lu is quoted by Tianbao as saying, “…”", "…, saying, “…”", and for a quote inside a sentence
 * the nearest speech verb with its subject ("Ortiz said she and Brandt reject “any plan to close the port”").
 */
export function readBefore(article: ArticleText, tokens: Token[]): Attribution | undefined {
	let end = tokens.length;
	let introduces = false;
	while (end > 0 && !tokens[end - 1].word && ':,—–-'.includes(tokens[end - 1].text)) {
		end--;
		introduces = true;
	}
	if (end === 0) {
		return undefined;
	}
	if (tokens[end - 1].lower === 'saying' && tokens[end - 2]?.lower === 'as') {
		const quoted = findLast(tokens, end - 2, (token) => token.lower === 'quoted');
		if (quoted >= 0) {
			return tokens[quoted + 1]?.lower === 'by' ? readQuotedBy(article, tokens, quoted, end - 2) : readQuotedAsSaying(tokens, 0, quoted);
		}
	}
	for (let v = end - 1; v >= 0; v--) {
		const token = tokens[v];
		const finite = token.verb;
		// "Brandt was asked by host Lena Ortiz, “…?”": the agent puts the question.
		const agent = finite && isPassive(tokens, v) ? passiveAgent(tokens, v, end) : undefined;
		if (agent) {
			return { speaker: agent, adjacent: introduces };
		}
		// "The clerk, Ada Vos, interrupted me to announce, “…”": a verb of speech after "to" speaks for the clause's subject.
		const infinitive = !finite && !token.participle && isSpeechInfinitive(tokens, v);
		if ((!finite && !token.participle && !infinitive) || isPassive(tokens, v)) {
			continue;
		}
		const subject = finite ? verbSubject(article, tokens, v, 0) : participleSubject(article, tokens, v, 0);
		if (!subject) {
			continue;
		}
		const clauseEnd = finite ? subordinateClauseEnd(tokens, subject.first, v, end) : -1;
		if (clauseEnd >= 0) {
			// "When the mayor claimed …, Ortiz hit back: “…”": not the mayor; the sentence's structure reads the main clause.
			return undefined;
		}
		const object = readObject(tokens, v, end);
		// "Vos replied with: “…?”", "Vos responds to Brandt with, “…?”": "with" ends the introduction.
		const next = tokens[object.next]?.lower === 'with' ? object.next + 1 : object.next;
		const adjacent = v === end - 1 || (introduces && next >= end);
		const outer = finite ? relayBefore(article, tokens, subject.first) : undefined;
		const according = readAccordingLead(tokens, end);
		return {
			...subject.attribution,
			addressee: object.addressee,
			source: object.source ?? according?.named ?? outer,
			adjacent,
		};
	}
	const according = readAccordingLead(tokens, end)?.named ?? accordingAside(tokens, end);
	return according ? { speaker: according, adjacent: false } : undefined;
}

/**
 * "For Brandt, according to former port secretary Ada Vos, the speech is “a test”": "according to"
 * set off by commas inside the sentence names who says it.
 */
function accordingAside(tokens: Token[], end: number): Named | undefined {
	for (let a = 1; a < end - 2; a++) {
		if (tokens[a].lower === 'according' && tokens[a + 1].lower === 'to' && tokens[a - 1].text === ',') {
			// "The mayor, according to aides, called the vote “a farce”": an aside between a subject and
			// its verb of characterising leaves that verb's subject to speak.
			const close = tokens.findIndex((token, k) => k > a + 1 && k < end && token.text === ',');
			const next = tokens[close + 1];
			return close > 0 && next?.word && !next.cap && characterisingVerbs.has(next.lower) ? undefined : asideAccording(tokens, a + 2, end);
		}
	}
	return undefined;
}

/**
 * A verb of speech in its bare form after "to" ("to announce", "to ask", "to declare"): one whose
 * "-s" or "-ed" form is a reporting verb.
 */
function isSpeechInfinitive(tokens: Token[], v: number): boolean {
	const token = tokens[v];
	return tokens[v - 1]?.lower === 'to' && token.word && !token.cap && (speechVerbs.has(`${token.lower}s`) || speechVerbs.has(`${token.lower}d`) || speechVerbs.has(`${token.lower}ed`));
}
