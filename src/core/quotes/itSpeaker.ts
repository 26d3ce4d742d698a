import { documentNouns, mediaWords, organizationHeads, organizationNouns } from '../text/lexicon/sources';
import type { Attribution, QuoteSpan } from './attributionTypes';
import type { ArticleText } from './articleText';
import { subjectBefore } from './clauseSubject';
import { isOrganization } from './nameKinds';

/**
 * Who "it" is when "it" speaks a quote: the organisation or the document that is the subject of the
 * sentence before (or of the quote's own sentence, before "it").
 *
 *   The harbour board issued a statement. “We want no part in it,” it said.   → harbour board
 *   The Courier reported the visit. It added, “The mayor was not told.”       → Courier
 *
 * A person is never "it"; when no organisation or document is the subject nearby, the quote keeps
 * no speaker.
 */

/** Verbs "it" says things with ("it said", "it reads", "it added"). */
const itVerbs = 'said|says|added|adds|reads|read|wrote|writes|stated|states|noted|notes|continued|continues|concluded|concludes|argued|argues|warned|warns|declared|declares';

/** "“…,” it said", "“…” it reads": the attribution right after the quote. */
const itAfterPattern = new RegExp(`^[\\s,]*(?:it|It) (?:${itVerbs})\\b`);

/** "It added, “…”", "and it says: “…”": the attribution right before the quote. */
const itBeforePattern = new RegExp(`\\b(?:it|It) (?:${itVerbs})[,:]?\\s*$`);

/** How many sentences back the subject may stand. */
const maxSentencesBack = 2;

/** Whether a subject as read can be "it": an organisation, an outlet or a document. */
function isThing(subject: { name: string; kind: string; head?: string }): boolean {
	if (subject.kind === 'pronoun') {
		return false;
	}
	const head = (subject.head ?? subject.name.slice(subject.name.lastIndexOf(' ') + 1)).toLowerCase();
	if (subject.kind === 'description') {
		return documentNouns.has(head) || organizationHeads.has(head) || organizationNouns.has(head) || mediaWords.has(head);
	}
	return isOrganization(subject.name) || mediaWords.has(head);
}

/**
 * The speaker of a quote attributed to "it", when the sentence before names an organisation or a
 * document as its subject.
 *
 * @param article The article.
 * @param quote The quote.
 */
export function itSpeaker(article: ArticleText, quote: QuoteSpan): Attribution | undefined {
	const after = article.text.slice(quote.end, quote.end + 20);
	const before = article.text.slice(Math.max(0, quote.start - 20), quote.start);
	if (!itAfterPattern.test(after) && !itBeforePattern.test(before)) {
		return undefined;
	}
	const index = article.sentenceIndexAt(quote.start);
	for (let back = 0; back <= maxSentencesBack && index - back >= 0; back++) {
		const sentence = article.parsed.sentences[index - back];
		const until = back === 0 ? quote.start : sentence.end;
		const tokens = article.taggedSentence(index - back).filter((token) => token.end <= until);
		// "The Courier reported that Klein was at the port.": the main clause's subject, then the last clause's.
		const verb = tokens.find((token) => token.pos === 'VERB' || token.pos === 'AUX');
		for (const subject of [verb ? subjectBefore(tokens, verb.end) : undefined, subjectBefore(tokens, until)]) {
			if (subject && subject.name.toLowerCase() !== 'it' && isThing(subject)) {
				return { speaker: { name: subject.name, span: subject.span, via: 'pronoun' }, adjacent: false };
			}
		}
	}
	return undefined;
}
