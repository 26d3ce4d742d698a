/**
 * The language data the text layer loads on first use: wink-nlp with its English model (about
 * 4 MB) and a list of given names with their gender (about 2 MB). The bundles keep this module
 * in a file of its own (`dist/languageModels.js`, see esbuild.mjs), so that activating the
 * extension or starting the command line does not parse it; `tagger.ts` and `quotes/pronouns.ts`
 * require it when an article first needs a part of speech or a gender.
 */
import { getGender } from 'gender-detection-from-name';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink-nlp instance with sentence splitting and parts of speech. */
export function createTagger() {
	return winkNLP(model, ['sbd', 'pos']);
}

export { getGender };
