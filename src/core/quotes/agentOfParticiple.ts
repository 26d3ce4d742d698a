import type { Named, Token } from './attributionTypes';
import { describedSubject } from './describedSubject';
import { nounPhraseBefore } from './phrases';

/**
 * The agent of a participle before a verb is not its subject: in "A letter obtained by the Courier
 * warns that …" the letter warns, and the Courier only obtained it; so in "a man held by police
 * said" the man speaks. The subject is the phrase before the participle, with what it belongs to
 * ("a letter from the Dockers Union obtained by the Courier warns" → letter from the Dockers Union).
 */

/**
 * Participles of coming to have or see a document, whose agent did not write it ("obtained by",
 * "reviewed by"). One of writing or sending keeps its agent as the speaker: "an email sent by
 * Lund on Tuesday warned …" is Lund's warning.
 */
const participlePattern = /^(?:obtained|reviewed|seen|viewed|acquired|examined|leaked|cited|received|found|held|arrested|detained)$/u;

/**
 * The subject before a participle and "by", when the phrase that starts at `agentFirst` is that
 * participle's agent.
 *
 * @param text The article's prose.
 * @param tokens The tokens read.
 * @param agentFirst The index of the agent phrase's first token ("the" in "by the Courier").
 * @param floor The first token the subject may use.
 * @returns The subject's name and the index of its first token.
 */
export function subjectBeforeAgent(text: string, tokens: Token[], agentFirst: number, floor: number): { named: Named; first: number } | undefined {
	const participle = tokens[agentFirst - 2];
	if (tokens[agentFirst - 1]?.lower !== 'by' || !participle?.word || participle.cap || !participlePattern.test(participle.text) || agentFirst - 3 < floor) {
		return undefined;
	}
	const head = nounPhraseBefore(tokens, agentFirst - 3, floor);
	if (!head) {
		return undefined;
	}
	// "a letter from the Dockers Union": the phrase read is the complement, the document before it speaks.
	return describedSubject(text, tokens, head.first, agentFirst - 3, floor) ?? head;
}
