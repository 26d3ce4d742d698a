import type { WinkMethods } from 'wink-nlp';
import type { Span } from '../types';
import * as capitalisedVerbsModule from './capitalisedVerbs';
import * as loadLanguageModelsModule from './loadLanguageModels';
import * as pastVerbsModule from './pastVerbs';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { retagCapitalisedVerbs } = capitalisedVerbsModule;
const { languageModels } = loadLanguageModelsModule;
const { retagPastVerbs } = pastVerbsModule;

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
 * A range already tagged, in this article or another, is not tagged again: wire copy repeats
 * sentences across outlets, and an edit leaves most of an article's sentences as they were.
 *
 * @param text The article's text.
 * @param start Where the range starts.
 * @param end Where it ends.
 * @returns Its tokens, punctuation included, in order (new objects: a caller may change them).
 */
export function tagRange(text: string, start: number, end: number): TaggedToken[] {
	const range = text.slice(start, end);
	let tagged = remembered.get(range);
	if (tagged === undefined) {
		// NOTE: the range is copied out of the slice, which would hold the whole article alive.
		const copy = (' ' + range).slice(1);
		tagged = tagText(copy);
		if (remembered.size >= maxRemembered) {
			remembered.clear();
		}
		remembered.set(copy, tagged);
	}
	return tagged.map((token) => ({ ...token, start: token.start + start, end: token.end + start }));
}

/** The tags of ranges met before, by their text, offsets from the range's start. */
const remembered = new Map<string, TaggedToken[]>();

/** How many ranges are remembered: about 2,000 sentences of news, a few megabytes. */
const maxRemembered = 2000;

/** Tags a text on its own, offsets from its start. */
function tagText(text: string): TaggedToken[] {
	const start = 0;
	const end = text.length;
	tagger ??= languageModels().createTagger();
	const its = tagger.its;
	const doc = tagger.readDoc(text);
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
	retagPastVerbs(tagged);
	return tagged;
}
