import type { EntityMention, Span } from '../types';

/**
 * The names of a headline that its own article's body names too, each typed as the body types it.
 *
 * A headline capitalises words that are no names ("Lenz Quits Harbour Board, Joins Rival" reads
 * "Lenz Quits" and "Joins Rival" as names) and packs names without the words that type them
 * ("Vell Signs Lenz": a club or a place?). The body writes its names in prose, so a headline's
 * name is kept where the body writes the same words, whatever their case ("LENZ" for "Lenz"):
 * the whole name, or else the longest run of its words that the body writes as a name ("Lenz
 * Quits" → "Lenz"); a person's surname counts as written when the body gives the full name ("Lenz"
 * in "Lenz, Vos Meet in Vell" when the body writes "Ada Lenz"). A name the body never writes is dropped: a headline's word the story does not
 * name is seldom a name, and a headline is compared with headlines only, so a real name lost
 * here loses one comparison, while a word read as a name would be set against every outlet's.
 *
 * @param mentions The article's name mentions, in text order.
 * @param headline The headline's span.
 * @param text The article's text.
 * @returns The mentions with the headline's kept, cut or dropped, in text order.
 */
export function keepHeadlineNames(mentions: readonly EntityMention[], headline: Span, text: string): EntityMention[] {
	const bodyTypes = new Map<string, EntityMention['type']>();
	for (const mention of mentions) {
		if (mention.end <= headline.start || mention.start >= headline.end) {
			const key = mention.text.toLowerCase();
			if (!bodyTypes.has(key)) {
				bodyTypes.set(key, mention.type);
			}
			const surname = mention.type === 'person' ? /\s(\S+)$/.exec(key)?.[1] : undefined;
			if (surname && !bodyTypes.has(surname)) {
				bodyTypes.set(surname, 'person');
			}
		}
	}
	const kept: EntityMention[] = [];
	for (const mention of mentions) {
		if (mention.end <= headline.start || mention.start >= headline.end) {
			kept.push(mention);
			continue;
		}
		const run = longestKnownRun(mention, bodyTypes);
		if (run) {
			kept.push({ start: run.start, end: run.end, text: text.slice(run.start, run.end), type: bodyTypes.get(text.slice(run.start, run.end).toLowerCase())! });
		}
	}
	return kept;
}

/** A word of a name: a run of anything but white space ("O'Brien", "Jr.", "War-Zone"). */
const wordPattern = /\S+/g;

/** The longest run of a mention's words that the body writes as a name, the earliest of equal length. */
function longestKnownRun(mention: EntityMention, known: ReadonlyMap<string, unknown>): Span | undefined {
	const words = [...mention.text.matchAll(wordPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
	for (let length = words.length; length > 0; length--) {
		for (let first = 0; first + length <= words.length; first++) {
			const start = words[first].start;
			const end = words[first + length - 1].end;
			if (known.has(mention.text.slice(start, end).toLowerCase())) {
				return { start: mention.start + start, end: mention.start + end };
			}
		}
	}
	return undefined;
}
