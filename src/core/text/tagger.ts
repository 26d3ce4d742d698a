import type { WinkMethods } from 'wink-nlp';
import type { Span } from '../types';
import { retagCapitalisedVerbs } from './capitalisedVerbs';
import { languageModels } from './loadLanguageModels';

/**
 * Universal parts of speech (https://universaldependencies.org/u/pos/), as wink-nlp's English
 * model tags them: `PROPN` for "Ortiz", `VERB` for "said", `AUX` for "has", `PRON` for "she".
 */
export type PartOfSpeech =
	| 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** A word or a mark of the prose, with its part of speech and where it stands in the article. */
export interface TaggedToken extends Span {
	/** As written. */
	text: string;
	/** Lower-cased. */
	lower: string;
	/** Dictionary form ("said" → "say", "officials" → "official"). */
	lemma: string;
	/** Its part of speech in this sentence. */
	pos: PartOfSpeech;
}

/**
 * wink-nlp with its English model, loaded on first use: measured against Stanford CoreNLP's tags
 * on real US news (PolNeAR's dev split), 0.92 agreement on coarse classes; compromise reached
 * 0.84 and was 10-25 times slower.
 */
let tagger: WinkMethods | undefined;

/**
 * Tags a range of an article (a sentence, a headline). The model tokenizes the range itself; the
 * offsets are rebuilt from each token's preceding white space, and checked: a token the model
 * rewrote is found again in the text, so every span holds exactly the article's characters.
 *
 * @param text The article's text.
 * @param start Where the range starts.
 * @param end Where it ends.
 * @returns Its tokens, punctuation included, in order.
 */
export function tagRange(text: string, start: number, end: number): TaggedToken[] {
	tagger ??= languageModels().createTagger();
	const its = tagger.its;
	const doc = tagger.readDoc(text.slice(start, end));
	const tokens = doc.tokens();
	const values = tokens.out() as string[];
	const tags = tokens.out(its.pos) as string[];
	const spaces = tokens.out(its.precedingSpaces) as string[];
	const lemmas = tokens.out(its.lemma as never) as string[];
	const tagged: TaggedToken[] = [];
	let at = start;
	for (let i = 0; i < values.length; i++) {
		at += spaces[i].length;
		let value = values[i];
		if (text.startsWith(value, at)) {
			tagged.push({ text: value, lower: value.toLowerCase(), lemma: lemmas[i], pos: tags[i] as PartOfSpeech, start: at, end: at + value.length });
			at += value.length;
			continue;
		}
		// A token written otherwise than in the text ("n't" kept, but a rare expansion): find it again.
		const found = text.indexOf(value, at);
		if (found < 0 || found >= end) {
			continue;
		}
		at = found;
		value = text.slice(found, found + value.length);
		tagged.push({ text: value, lower: value.toLowerCase(), lemma: lemmas[i], pos: tags[i] as PartOfSpeech, start: at, end: at + value.length });
		at += value.length;
	}
	retagCapitalisedVerbs(tagged);
	return tagged;
}
