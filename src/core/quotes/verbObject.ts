import type { Attribution, Named, Token } from './attributionTypes';
import type { ArticleText } from './articleText';
import * as speechLexicon from '../text/lexicon/speech';
import * as nameKindsModule from './nameKinds';
import * as phraseNameModule from './phraseName';
import * as phrasesModule from './phrases';
import { readAccording } from './relayPhrases';
import * as verbSubjectModule from './verbSubject';

/**
 * What a speech verb tells besides its subject: to whom ("told Lu"), through which outlet ("told
 * Tidewire", "is quoted by Tianbao as saying"), and who relays it ("The ministry said Marrek told …").
 */

// NOTE: imports read once, as in `entities/tokens.ts`.
const { addresseeVerbs } = speechLexicon;
const { isMedia } = nameKindsModule;
const { phraseName } = phraseNameModule;
const { nounPhraseAfter } = phrasesModule;
const { verbSubject } = verbSubjectModule;

/** A capital first ("Tianbao"), built once (see `entities/wordShapes.ts`). */
const capitalStartPattern = /^\p{Lu}/u;

/**
 * After a speech verb: to whom ("told Lu", "said to Lu"), or which outlet ("told Tidewire",
 * "told Politico"), skipping generic audiences ("told reporters", "told the press").
 */
export function readObject(tokens: Token[], v: number, to: number): { addressee?: Named; source?: Named; next: number } {
	const verb = tokens[v].lower;
	let at = v + 1;
	// "said to Lu"; "Vos wrote to Brandt, “…?”", "replied to the mayor": after any verb of speech, "to"
	// and a name or an article is the person spoken to ("pledged to fight" is no one).
	const spokenTo = tokens[at + 1]?.cap === true || ['the', 'his', 'her', 'their'].includes(tokens[at + 1]?.lower ?? '');
	if (!addresseeVerbs.has(verb) && tokens[at]?.lower === 'to' && (verb === 'said' || verb === 'says' || spokenTo)) {
		at++;
	} else if (!addresseeVerbs.has(verb)) {
		return { next: at };
	}
	const phrase = nounPhraseAfter(tokens, at, to);
	if (!phrase) {
		return { next: at };
	}
	let { named: found, end } = phrase;
	// "told her Vell counterpart, Ilse Varga, that": the name in apposition says more.
	if (tokens[end]?.text === ',') {
		const apposition = nounPhraseAfter(tokens, end + 1, to);
		if (apposition && tokens[apposition.end]?.text === ',' && tokens[apposition.end - 1].cap) {
			found = apposition.named;
			end = apposition.end + 1;
		}
	}
	if (isMedia(found.name)) {
		return capitalStartPattern.test(found.name) ? { source: found, next: end } : { next: end };
	}
	return { addressee: found, next: end };
}
/** "The ministry said Marrek told Lund that “…”": the outer speaker relays the quote. */
export function relayBefore(article: ArticleText, tokens: Token[], first: number): Named | undefined {
	const v = first - 1;
	if (v < 1 || !tokens[v].verb) {
		return undefined;
	}
	const outer = verbSubject(article, tokens, v, 0);
	const speaker = outer?.attribution.speaker;
	return speaker && speaker.pronoun === undefined ? speaker : undefined;
}

/** "President Lu is quoted by China's Tianbao News Agency as saying": speaker Lu, source Tianbao News Agency. */
export function readQuotedBy(article: ArticleText, tokens: Token[], quoted: number, as: number): Attribution | undefined {
	let verb = quoted;
	while (verb > 0 && ['is', 'was', 'were', 'been', 'being', 'has', 'have', 'had'].includes(tokens[verb - 1].lower)) {
		verb--;
	}
	const subject = verbSubject(article, tokens, verb, 0, true);
	const source = phraseName(tokens, quoted + 2, as - 1);
	return subject ? { ...subject.attribution, source, adjacent: true } : undefined;
}

/** After an attribution, who relays it: ", quoted by the Russian presidency", ", according to AFP". */
export function readSourceAfter(tokens: Token[]): Named | undefined {
	for (let i = 0; i + 2 < tokens.length; i++) {
		if (tokens[i].lower === 'quoted' && tokens[i + 1].lower === 'by') {
			return nounPhraseAfter(tokens, i + 2, tokens.length)?.named;
		}
		const according = readAccording(tokens, i, tokens.length);
		if (according && (i === 0 || tokens[i - 1].text === ',')) {
			return according;
		}
	}
	return undefined;
}
