import { groupNouns } from '../text/lexicon/groups';
import { personNouns, roleNouns } from '../text/lexicon/people';
import type { TaggedToken } from '../text/tagger';
import type { Gender } from './pronouns';
import { genderOfTitle } from './pronouns';
import { subjectRole } from './roleReferent';
import { isAgentNoun } from './sureSpeaker';

/**
 * A sentence whose subject is one person described, not named: "The radio host filled his show
 * with talk of Paul Ortiz." A "he" in the next sentence most likely goes on about the host, not
 * about Ortiz, whom that sentence names only as an object:
 *
 *   Tom Brandt spoke first. The radio host praised Paul Ortiz. He called him “the only choice.”   → Tom Brandt, not Paul Ortiz
 *
 * The host has no name there, so the names of that sentence are passed over, and the pronoun's
 * person is looked for before it (where the host was named, if anywhere).
 */

/** One person's role or kind, singular: "host", "senator", "talker"; not "crowd" or "officials". */
function isOnePerson(word: string): boolean {
	return (roleNouns.has(word) || personNouns.has(word) || isAgentNoun(word)) && !groupNouns.has(word);
}

/** The described subject found once per sentence (a pronoun looks back at many). */
const found = new WeakMap<TaggedToken[], { head: string; at: number } | null>();

/**
 * The one person described as the subject of a sentence ("The radio host then praised …"), with
 * where the head word stands.
 *
 * @param tokens The sentence's tokens, tagged (the same array each time it is asked for).
 */
export function describedPersonSubject(tokens: TaggedToken[]): { head: string; at: number } | undefined {
	let subject = found.get(tokens);
	if (subject === undefined) {
		const role = subjectRole(tokens, isOnePerson);
		subject = role ? { head: role.role, at: role.at } : null;
		found.set(tokens, subject);
	}
	return subject ?? undefined;
}

/**
 * Whether the described subject can be what a pronoun of `gender` stands for: "the actress" is no
 * "he"; "the host" may be either.
 */
export function mayBeReferent(head: string, gender: Gender | undefined): boolean {
	const own = genderOfTitle(head);
	return own === undefined || gender === undefined || own === gender;
}
