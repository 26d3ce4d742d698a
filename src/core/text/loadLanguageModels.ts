/**
 * Loads `languageModels.ts` on first use. In the bundles it is a file of its own beside them
 * (esbuild.mjs marks this require external), so its 6 MB are parsed only when an article needs a
 * part of speech or a gender, never at activation.
 */
import type * as models from './languageModels';

type LanguageModels = typeof models;

let loaded: LanguageModels | undefined;

/** The tagger factory and the given-name genders, loaded once. */
export function languageModels(): LanguageModels {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	loaded ??= require('./languageModels') as LanguageModels;
	return loaded;
}
