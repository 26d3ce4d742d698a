import type { Span } from '../types';
import type * as LanguageModelsModule from './languageModels';
import * as capitalisedVerbsModule from './capitalisedVerbs';
import * as loadLanguageModelsModule from './loadLanguageModels';
import * as pastVerbsModule from './pastVerbs';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { retagCapitalisedVerbs } = capitalisedVerbsModule;
const { languageModels } = loadLanguageModelsModule;
const { retagPastVerbs } = pastVerbsModule;

type LanguageModels = typeof LanguageModelsModule;
type Lexemes = LanguageModelsModule.Lexemes;

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
let tagger: ReturnType<LanguageModels['createTagger']> | undefined;

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
	let entry = remembered.get(range);
	if (entry === undefined) {
		// NOTE: the range is copied out of the slice, which would hold the whole article alive.
		const copy = (' ' + range).slice(1);
		entry = { range: copy, tagged: tagText(copy) };
		taggedAfresh++;
		if (remembered.size >= maxRemembered) {
			// The range used longest ago goes (a map keeps its keys in the order they were set).
			remembered.delete(remembered.keys().next().value!);
		}
	} else {
		// Used again: set last, under its own copy, so the ranges a comparison keeps asking for stay.
		remembered.delete(range);
	}
	remembered.set(entry.range, entry);
	return entry.tagged.map((token) => ({ ...token, start: token.start + start, end: token.end + start }));
}

/**
 * The tags of ranges met before, by their text, offsets from the range's start, the least lately
 * used first. The analysis tags each quote's sentence once; the comparison then asks again for
 * the sentences of disputed figures (their topics), many times each in a big folder: emptied
 * whole when full, the map forgot those too, and 3,000 generated articles tagged them again and
 * again (about 10 s).
 */
const remembered = new Map<string, { range: string; tagged: TaggedToken[] }>();

/** How many ranges are remembered: about 2,000 sentences of news, a few megabytes. */
const maxRemembered = 2000;

/** How many ranges were tagged rather than remembered, since the process started (for tests). */
let taggedAfresh = 0;

export function rangesTaggedAfresh(): number {
	return taggedAfresh;
}

/**
 * Makes wink-nlp forget the words a text added to its table, so that the next text is tokenized
 * as by a new instance. Its tokenizer keeps whole any word it finds in the table: a possessive
 * before a comma or a full stop ("It was Vos's.") is added whole, and without this every later
 * "Vos's aide" kept "Vos's" as one proper noun instead of "Vos" and "'s", so a sentence's tokens
 * depended on the texts tagged before it. The words stay in the list (the instance's other tables
 * are kept by their index), only the lookup forgets them; a word met again is added again.
 */
function forgetNewWords(lexemes: Lexemes, from: number): void {
	for (let i = from; i < lexemes.list.length; i++) {
		Reflect.deleteProperty(lexemes.hash, lexemes.list[i]);
	}
}

/**
 * How many words added since its model was read an instance is kept for: the list grows by each
 * text's unknown words (names, mostly), about 40 bytes each; a new instance takes about 80 ms.
 */
const maxNewWords = 200_000;

/** Tags a text on its own, offsets from its start. */
function tagText(text: string): TaggedToken[] {
	const start = 0;
	const end = text.length;
	if (tagger === undefined || tagger.lexemes.list.length - tagger.lexemes.intrinsicSize > maxNewWords) {
		tagger = languageModels().createTagger();
	}
	const { nlp, lexemes } = tagger;
	const its = nlp.its;
	const known = lexemes.list.length;
	let values: string[], tags: string[], spaces: string[], lemmas: string[];
	try {
		const tokens = nlp.readDoc(text).tokens();
		values = tokens.out() as string[];
		tags = tokens.out(its.pos) as string[];
		spaces = tokens.out(its.precedingSpaces) as string[];
		lemmas = tokens.out(its.lemma as never) as string[];
	} finally {
		forgetNewWords(lexemes, known);
	}
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
