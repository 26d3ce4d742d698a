/**
 * The language data the text layer loads on first use: wink-nlp with its English model (about
 * 4 MB), a list of given names with their gender (about 2 MB) and a gazetteer of cities with
 * their region and country (about 7,300, from `city-timezones`). The bundles keep this module
 * in a file of its own (`dist/languageModels.js`, see esbuild.mjs), so that activating the
 * extension or starting the command line does not parse it; `tagger.ts` and `quotes/pronouns.ts`
 * require it when an article first needs a part of speech or a gender.
 */
import { getGender } from 'gender-detection-from-name';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import cityMap from 'city-timezones/data/cityMap.json';

/**
 * The words an instance of wink-nlp knows, by their index: the model's own first (`intrinsicSize`
 * of them), then every new word it has met since, which its tokenizer then also takes as known.
 */
export interface Lexemes {
	hash: Record<string, number>;
	list: string[];
	intrinsicSize: number;
}

/**
 * A wink-nlp instance with parts of speech only: the tagger is handed one sentence at a time, so
 * its sentence splitting (`sbd`) is left out; the tags were the same without it on every sentence of
 * the dev clusters, and tagging took about a third less time. With it, the instance's table of
 * words (wink-nlp's own model object, read afresh for each instance, about 80 ms), so that the
 * tagger can forget the new words a text added (`tagger.ts`).
 */
export function createTagger() {
	let core: { features: { lexeme: Lexemes } } | undefined;
	const readCore = model.core as () => typeof core;
	metaCER ??= (model.metaCER as () => unknown)();
	const nlp = winkNLP({ ...model, core: () => (core = readCore()), metaCER: () => metaCER }, ['pos']);
	return { nlp, lexemes: core!.features.lexeme };
}

/**
 * The model's custom-entity part, read once: the model's reader turns it into a string in place,
 * so each further instance would have it escaped once more, twice as long, until about the
 * twentieth instance fails (wink-eng-lite-web-model 1.8.1).
 */
let metaCER: unknown;

export { getGender };

/** A city of the gazetteer: its name, its region ("Tennessee", "Île-de-France") and its country's ISO code. */
export interface GazetteerCity {
	city: string;
	province: string;
	iso2: string;
}

/**
 * The cities of the world's gazetteer (`city-timezones`: every city over about 100,000 people
 * and many smaller ones, each with its first-level region). The bundle keeps only these three
 * fields (esbuild.mjs).
 */
export const cities: readonly GazetteerCity[] = cityMap;
