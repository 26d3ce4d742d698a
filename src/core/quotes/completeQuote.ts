import type { Quote, Speaker } from '../types';
import type { Attribution } from './attributionTypes';
import type { ArticleText } from './articleText';
import * as placesModule from '../entities/places';
import * as speechLexicon from '../text/lexicon/speech';
import * as nameKindsModule from './nameKinds';
import * as speechTokensModule from './speechTokens';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { isKnownPlace } = placesModule;
const { continuationVerbs } = speechLexicon;
const { isOrganization, isSingular } = nameKindsModule;
const { named } = speechTokensModule;

/** A word, then a lower-case word ("she added"), built once (see `entities/wordShapes.ts`). */
const wordThenLowerWordPattern = /^\p{L}+['’]?\p{L}*\s+(\p{Ll}+)/u;

/** Fills a quote's speaker, source and addressee from an attribution; remembers the speaker. */
export function complete(article: ArticleText, quote: Quote, found: Attribution, previous?: Quote): Quote {
	const completed: Quote = { ...quote };
	const speaker = continuing(article, found, previous) ?? (found.speaker && article.people.resolve(found.speaker));
	if (speaker) {
		completed.speaker = speaker;
	}
	if (found.source) {
		completed.source = named(found.source);
	}
	if (found.addressee) {
		completed.addressee = named(found.addressee);
	}
	return completed;
}

/**
 * "Brandt said, “…” He continued, “…”": a pronoun that goes on speaking ("he added", "she
 * continued") right after a quote with a speaker, in the same or the next paragraph, is that
 * speaker, whatever gender a first name suggests ("Leslie" and "Tracy" are men's names too).
 */
function continuing(article: ArticleText, found: Attribution, previous: Quote | undefined): Speaker | undefined {
	const pronoun = found.speaker?.pronoun;
	if (pronoun === undefined || found.speaker?.role || !previous?.speaker || article.paragraphAt(pronoun) - article.paragraphAt(previous.end - 1) > 1 || pronoun < previous.end) {
		return undefined;
	}
	// Only a person goes on as "he" or "she": not "the Quay Merchants Guild", not "Kent".
	const name = previous.speaker.name;
	if (!isSingular(name) || isOrganization(name) || isKnownPlace(name) || !article.people.mayBeSpeaker(name)) {
		return undefined;
	}
	const verb = wordThenLowerWordPattern.exec(article.text.slice(pronoun, pronoun + 30))?.[1];
	return verb && continuationVerbs.has(verb) ? { name: previous.speaker.name, span: previous.speaker.span, via: 'pronoun' } : undefined;
}
