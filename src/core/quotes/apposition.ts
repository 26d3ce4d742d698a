import type { Named } from './attributionTypes';

// Built once: under tsx (the tests) a literal with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A lower-case letter first ("chair"). */
const lowerStartPattern = /^\p{Ll}/u;

/**
 * A name set off after a description of a person: "the harbour board's chair, Ada Brandt, said",
 * "said another ferry pilot, Tom Vos.", "exhorted the mayor's guest, actress Lena Ortiz." The
 * description ends in a lower-case word; the name is one to four capitalised words (initials and
 * "Jr." included) after a comma and up to three lower-case role words, and it ends where the
 * clause goes on (a comma, a full stop, a bracket, "of …", "who …" or a verb of speech). A
 * phrase of the time the description held may stand before the comma: "wrote the ambassador at
 * the time, Tom Brandt", "said the port's chief in 2009, Ada Vos", and where the person works:
 * "said his roommate at Dover College, Leo Marsh".
 */
const nameAfterComma =
	/^[’']?s?(?:\s+(?:at the time|back then|then|in \d{4}))?(?:\s+(?:at|of|with|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s*){1,5})?\s*,\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}((?:\p{Lu}[\p{L}’'-]*\.?\s+){0,3}\p{Lu}[\p{L}’'-]*)(?=\s*(?:[,.;:()]|$|\s(?:of|from|who|said|says|told|wrote|added)\b))/u;

/**
 * The name in apposition to a description that speaks, if one follows it at once.
 *
 * @param text The article's prose.
 * @param described The speaker as read: a description ("board's chair", "another ferry pilot").
 * @returns The name, where it stands; nothing when the speaker is a name already or none follows.
 */
export function appositiveName(text: string, described: Named): Named | undefined {
	const words = described.name.split(/\s+/);
	const last = words[words.length - 1];
	// Only a description ends in a lower-case word: "Ada Brandt, 52, said" keeps Ada Brandt.
	if (!lowerStartPattern.test(last)) {
		return undefined;
	}
	const match = nameAfterComma.exec(text.slice(described.span.end, described.span.end + 120));
	if (!match) {
		return undefined;
	}
	const name = match[1];
	const start = described.span.end + match.index + match[0].length - match[1].length;
	return { name, span: { start, end: start + name.length } };
}
