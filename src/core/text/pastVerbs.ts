import type { TaggedToken } from './tagger';

/**
 * A verb in the past tense that the tagger read as an adjective, between a proper noun and a
 * determiner: "Brandt referenced a study that …", "Vos faulted the board". A participle used as an
 * adjective stands before its noun ("the referenced report"), not after a name and before "a" or
 * "the", so the word there is the clause's verb. Such a word is retagged as a verb.
 *
 * @param tokens One sentence's tokens, tagged; changed in place.
 */
export function retagPastVerbs(tokens: TaggedToken[]): void {
	for (let i = 1; i + 1 < tokens.length; i++) {
		const token = tokens[i];
		if (token.pos === 'ADJ' && token.lower.endsWith('ed') && tokens[i - 1].pos === 'PROPN' && determiners.has(tokens[i + 1].lower)) {
			token.pos = 'VERB';
		}
	}
}

/** Determiners that open the object of a verb ("referenced a report", "faulted the board"). */
const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those']);
