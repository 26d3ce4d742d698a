import type { TaggedToken } from '../text/tagger';
import { relativeWords, subordinators } from '../text/lexicon/functionWords';
import { timePrepositions, timeSpanNouns, timeWords } from '../text/lexicon/time';
import { speechParticiples } from '../text/lexicon/speech';
import { isPhraseWord, lastBefore, maxAppositive, readPhrase, type ClauseSubject } from './clausePhrase';

/**
 * The subject of the verb nearest before a quote, for a quote inside a later clause of its
 * sentence: "It is odd that Dale would denounce “self-rule”" → Dale; a relative clause's own
 * subject ("a clip that Judge Mel Moss called “distasteful”" → Mel Moss).
 */

/**
 * The subject of the last verb before a quote, when the clause the quote stands in is not the
 * sentence's first: "It is odd that Dale would denounce “self-rule,”" → Dale; "Ortiz warned that
 * he would “fight it”" → he. Only a name or a pronoun: a description there is seldom the speaker.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function nearestSubject(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	return nearestClause(tokens, quoteStart)?.subject;
}

/**
 * The subject of the last reporting verb before a quote in its sentence, when the quote stands in
 * what that verb says: "Lind praised the deal on Monday, hours after Orr said he was “relieved”"
 * → Orr, not Lind, the subject the sentence opens with.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 * @param isReporting Whether a word is a reporting verb ("said", "added", "told").
 */
export function reportingVerbSubject(tokens: TaggedToken[], quoteStart: number, isReporting: (token: TaggedToken) => boolean): ClauseSubject | undefined {
	for (let v = lastBefore(tokens, quoteStart); v >= 0; v--) {
		if (tokens[v].pos === 'VERB' && isReporting(tokens[v])) {
			return nearestSubject(tokens, tokens[v].end);
		}
		const absolute = speechParticiples.has(tokens[v].lower) ? withSubject(tokens, v) : undefined;
		if (absolute) {
			return absolute;
		}
	}
	return undefined;
}

/**
 * "The strike sparked a debate over how the port responds, with Senator Ada Vos telling reporters
 * she saw the board as “responsible”": a participle of speech after "with" and its own subject
 * reports the words after it, not a reporting verb further back.
 *
 * @param v The participle's index.
 */
function withSubject(tokens: TaggedToken[], v: number): ClauseSubject | undefined {
	for (let k = v - 1; k > 0 && v - k <= maxAppositive && isPhraseWord(tokens[k]); k--) {
		if (tokens[k - 1].lower === 'with') {
			const phrase = readPhrase(tokens, k);
			return phrase?.next === v && phrase.subject.kind === 'name' ? phrase.subject : undefined;
		}
	}
	return undefined;
}

/**
 * The subject of a relative clause the quote ends: "Bloomberg put it at $2 billion, which Dale
 * called “a disgrace”" → Dale, not Bloomberg; "a clip that Judge Mel Moss called “distasteful”";
 * "what aide Kevin Pill called “a new era”". There the clause's own subject characterises.
 */
export function relativeClauseSubject(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const clause = nearestClause(tokens, quoteStart);
	return clause && relativeWords.has(tokens[clause.first - 1]?.lower ?? '') && !isComplementizer(tokens, clause.first - 1) ? clause.subject : undefined;
}

/**
 * The subject of a later clause that the quote ends, opened by a word that starts a clause of its
 * own: "Lund calls the harbour master “the captain,” while Ortiz calls the council “a circus”" →
 * Ortiz; "The board backed it, but Ortiz called it “a sham”" → Ortiz. The sentence's first
 * subject speaks in its own clause, not in this one.
 *
 * @param tokens The sentence's tokens, tagged.
 * @param quoteStart Where the quote's opening mark stands.
 */
export function conjoinedClauseSubject(tokens: TaggedToken[], quoteStart: number): ClauseSubject | undefined {
	const clause = nearestClause(tokens, quoteStart);
	const opener = tokens[clause ? clause.first - 1 : -1];
	if (!clause || clause.first < 2 || !opener || (clause.subject.kind !== 'name' && clause.subject.kind !== 'pronoun')) {
		return undefined;
	}
	return clauseOpeners.has(opener.lower) ? clause.subject : undefined;
}

/**
 * Words that open a clause of its own, set against the sentence's first: "while", "but". Not
 * "because" or "when": "Vos says she quit the club because it had grown “too grand”" goes on with
 * what Vos says.
 */
const clauseOpeners = new Set(['while', 'whereas', 'but', 'although', 'though']);

/**
 * A "that" opening what a verb says, not a relative clause: "Vos said that Ortiz looks “tired”"
 * (tagged so), "Vos said on Monday that …", "Vos argued this week that …" (a phrase of time
 * between the verb and "that"). There the clause's subject is what is spoken of, and the
 * speaker is the verb's subject, read elsewhere.
 */
function isComplementizer(tokens: TaggedToken[], that: number): boolean {
	if (tokens[that].lower !== 'that') {
		return false;
	}
	if (tokens[that].pos === 'SCONJ') {
		return true;
	}
	let k = that - 1;
	if (!timeSpanNouns.has(tokens[k]?.lower ?? '') && !timeWords.has(tokens[k]?.lower ?? '')) {
		return false;
	}
	while (k > that - 4 && k > 0 && tokens[k].pos !== 'VERB') {
		k--;
	}
	return tokens[k]?.pos === 'VERB';
}

function nearestClause(tokens: TaggedToken[], quoteStart: number): { subject: ClauseSubject; first: number } | undefined {
	let v = lastBefore(tokens, quoteStart);
	while (v >= 0 && tokens[v].pos !== 'VERB') {
		if (tokens[v].text === '“' || tokens[v].text === '"' || tokens[v].text === ';') {
			return undefined;
		}
		v--;
	}
	let end = v;
	// "Cruz pledged to oppose …", "Ortiz went on to promote …": the subject of the verb that governs the infinitive.
	for (let chain = 0; chain < 3; chain++) {
		while (end > 0 && (tokens[end - 1].pos === 'AUX' || tokens[end - 1].pos === 'ADV' || tokens[end - 1].pos === 'PART' || tokens[end - 1].lower === 'to')) {
			end--;
		}
		if (end > 0 && tokens[end - 1].pos === 'VERB' && tokens[end]?.lower === 'to') {
			end--;
			continue;
		}
		break;
	}
	// "The harbour master on Monday described the plan as “reckless”": a day or a month after a
	// preposition of time stands between the subject and its verb; it is no subject of its own.
	if (end > 1 && timeWords.has(tokens[end - 1].lower) && timePrepositions.has(tokens[end - 2].lower)) {
		end -= 2;
	}
	// "Sen. Ada Vos (D-Ore.) said …": a parenthesis between the subject and its verb.
	if (tokens[end - 1]?.text === ')') {
		let open = end - 2;
		while (open > 0 && open > end - 8 && tokens[open].text !== '(') {
			open--;
		}
		end = open > 0 && tokens[open].text === '(' ? open : end;
	}
	let start = end;
	while (start > 0 && isPhraseWord(tokens[start - 1])) {
		start--;
	}
	if (start === end && end > 0 && ['he', 'she'].includes(tokens[end - 1].lower)) {
		start = end - 1;
	}
	// "…with Brandt, who has called the ferry deal “madness”": "who" stands for the name before it.
	if (start === end && tokens[end - 1]?.lower === 'who' && tokens[end - 2]?.text === ',') {
		let first = end - 2;
		while (first > 0 && tokens[first - 1].pos === 'PROPN') {
			first--;
		}
		// "Senator Marsh of Kent, who …": the person before "of" is meant, not the place.
		let last = end - 2;
		if (tokens[first - 1]?.lower === 'of' && tokens[first - 2]?.pos === 'PROPN') {
			last = first - 1;
			first = last;
			while (first > 0 && tokens[first - 1].pos === 'PROPN') {
				first--;
			}
		}
		const phrase = first < last ? readPhrase(tokens, first) : undefined;
		if (phrase && phrase.next === last && phrase.subject.kind === 'name') {
			return { subject: phrase.subject, first };
		}
	}
	// "…ago that Mara Bloom, who is thinking of running, said it was “impossible”": a relative
	// clause or an appositive between the subject and its verb.
	for (let comma = end - 2; start === end && tokens[end - 1]?.text === ',' && comma > 0 && comma >= end - maxAppositive; comma--) {
		if (['“', '"', ';', ':'].includes(tokens[comma].text)) {
			break;
		}
		// "…at Dover, when Lund supporters interrupted her, shouting “…”": the clause set off is a
		// subordinate one with a subject of its own, on which the participle hangs; not an appositive.
		if (tokens[comma].text === ',' && subordinators.has(tokens[comma + 1]?.lower ?? '')) {
			const own = readPhrase(tokens, comma + 2);
			const verb = own ? tokens[own.next] : undefined;
			return own && own.subject.kind !== 'description' && (verb?.pos === 'VERB' || verb?.pos === 'AUX') ? { subject: own.subject, first: comma + 2 } : undefined;
		}
		if (tokens[comma].text === ',') {
			end = comma;
			start = end;
			while (start > 0 && isPhraseWord(tokens[start - 1])) {
				start--;
			}
		}
	}
	// The phrase starts at its first noun or name: "which Dale called" is read from "Dale".
	while (start < end && !(isPhraseWord(tokens[start]) && tokens[start].pos !== 'PART') && !['he', 'she'].includes(tokens[start].lower)) {
		start++;
	}
	// "Ortiz during a Sunday visit thanked …": the phrase is a preposition's object, and a name
	// before the preposition is the subject.
	const owner = start < end && tokens[start - 1]?.pos === 'ADP' ? nameBefore(tokens, start - 1) : undefined;
	if (owner) {
		return owner;
	}
	const phrase = start < end ? readPhrase(tokens, start) : undefined;
	return phrase && phrase.next === end && phrase.subject.kind !== 'description' ? { subject: phrase.subject, first: start } : undefined;
}

/** A name that ends right before `next` and opens its clause ("…that Ortiz during a visit …"). */
function nameBefore(tokens: TaggedToken[], next: number): { subject: ClauseSubject; first: number } | undefined {
	let start = next;
	while (start > 0 && tokens[start - 1].pos === 'PROPN') {
		start--;
	}
	const opens = start === 0 || ['SCONJ', 'PUNCT', 'CCONJ'].includes(tokens[start - 1].pos) || tokens[start - 1].lower === 'that' || subordinators.has(tokens[start - 1].lower);
	const phrase = start < next && opens ? readPhrase(tokens, start) : undefined;
	return phrase && phrase.next === next && phrase.subject.kind === 'name' ? { subject: phrase.subject, first: start } : undefined;
}
