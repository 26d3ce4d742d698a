import type { ArticleAnalysis } from '../types';
import type { Aligner } from './aligner';
import { hash } from './hash';
import type { ResolvedMention } from './units';

/** The hash of each article's text, by the article object: an edit hashes one text, not the folder's. */
const textHashes = new WeakMap<{ text: string }, string>();

function textHash(article: { text: string }): string {
	let value = textHashes.get(article);
	if (value === undefined) {
		value = hash(article.text);
		textHashes.set(article, value);
	}
	return value;
}

/** What an article's signature was made of (`signatureOf`), per aligner and article. */
interface SignedInputs {
	article: { text: string };
	names: readonly ResolvedMention[];
	speakers: string;
	signature: string;
}

const signedInputs = new WeakMap<Aligner, Map<string, SignedInputs>>();

/**
 * An article's signature for an aligner (its text's hash, its names' places and identities, its
 * speakers' identities): the string made last for the same inputs, the same object, or a new one.
 * An edit leaves every other article's inputs as they were, so a comparison of 1,000 articles
 * builds and compares one string, not a thousand strings of a few hundred names each.
 */
export function signatureOf(aligner: Aligner, article: ArticleAnalysis['parsed']['article'], names: readonly ResolvedMention[], speakers: string): string {
	let byArticle = signedInputs.get(aligner);
	if (!byArticle) {
		byArticle = new Map();
		signedInputs.set(aligner, byArticle);
	}
	const known = byArticle.get(article.id);
	if (known !== undefined && known.article === article && known.speakers === speakers && sameNames(known.names, names)) {
		return known.signature;
	}
	const signature = `${textHash(article)}|${names.map((name) => `${name.start}:${name.key}`).join(',')}|${speakers}`;
	byArticle.set(article.id, { article, names, speakers, signature });
	return signature;
}

/** Whether two lists of resolved names hold the same places and identities, in order. */
function sameNames(a: readonly ResolvedMention[], b: readonly ResolvedMention[]): boolean {
	if (a.length !== b.length) {
		return false;
	}
	for (let i = 0; i < a.length; i++) {
		if (a[i].start !== b[i].start || a[i].key !== b[i].key) {
			return false;
		}
	}
	return true;
}
