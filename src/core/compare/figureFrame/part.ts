import type { Figure } from '../../types';
import { ordinalUnits } from '../../text/lexicon/numbers';
import { eventParts, eventPartsAlone } from '../../text/lexicon/time';
import type { FramedPassage } from '../figureFrame';
import { figureRules } from '../rules/figures';
import type { Token } from '../tokens';
import { gapBefore } from './tokenPlaces';

/**
 * The part of the event a passage is about: a preposition, a determiner, an ordinal and a part
 * noun ("in the second half", "on the third day", "after the first round"), an ordinal alone
 * before a comma or the end ("In the fifth, she landed two jabs"), or a part noun that never
 * names a whole event ("during the round"). The whole sentence is scoped: "landed 31 punches
 * during the round, while the champion landed four" speaks of one round throughout.
 */
export function partOf(passage: FramedPassage): string | undefined {
	let part = partsOf.get(passage.tokens);
	if (part === undefined) {
		part = readPart(passage) ?? null;
		partsOf.set(passage.tokens, part);
	}
	return part ?? undefined;
}

/** Each passage's part, read once however many figures and claims ask (`null`: none). */
const partsOf = new WeakMap<Token[], string | null>();

function readPart(passage: FramedPassage): string | undefined {
	const { tokens } = passage;
	for (let i = 0; i < tokens.length; i++) {
		// "a second-round pick", "his first-half goal": the part written as one hyphenated word.
		const hyphenated = /^([^-]+)-([^-]+)$/.exec(tokens[i].norm);
		const hyphenatedOrdinal = hyphenated ? ordinalOf(hyphenated[1]) : undefined;
		if (hyphenated && hyphenatedOrdinal !== undefined && eventParts.has(hyphenated[2])) {
			return `${singularPart(hyphenated[2])}:${hyphenatedOrdinal}`;
		}
		if (i + 2 >= tokens.length || !figureRules.partPrepositions.has(tokens[i].norm) || !figureRules.partDeterminers.has(tokens[i + 1].norm)) {
			continue;
		}
		const at = i + 2;
		const noun = tokens[at + 1];
		const ends = noun === undefined || gapBefore(passage, at + 1);
		const ordinal = ordinalOf(tokens[at].norm);
		if (ordinal !== undefined) {
			if (!ends && eventParts.has(noun.norm)) {
				return `${singularPart(noun.norm)}:${ordinal}`;
			}
			if (ends) {
				return `:${ordinal}`;
			}
		} else if (eventPartsAlone.has(tokens[at].norm) && (ends || !noun.content)) {
			return `${singularPart(tokens[at].norm)}:`;
		}
	}
	return undefined;
}

/**
 * A figure set apart from its sentence, of which the sentence's part says nothing: a record or an
 * age apposed to a name ("Vey, 31-2, 20 KOs, stopped him in the seventh round", "Vey (31-2)"), or
 * any figure in brackets.
 */
export function standsApart(passage: FramedPassage, figure: Figure): boolean {
	const { text } = passage;
	// An opening bracket before the figure, in its passage, with no closing one between.
	for (let at = figure.start - 1; at >= (passage.tokens[0]?.start ?? figure.start); at--) {
		if (text[at] === ')') {
			break;
		}
		if (text[at] === '(') {
			return true;
		}
	}
	return passage.names.some((name) => name.end <= figure.start && /^[\s,([]+[\s,([\d\-\u2013]*$/.test(text.slice(name.end, figure.start)));
}

/** "first", "opening", "6th", "last" → "1", "1", "6", "last"; anything else → undefined. */
function ordinalOf(word: string): string | undefined {
	if (figureRules.lastParts.has(word)) {
		return 'last';
	}
	if (word === 'opening') {
		return '1';
	}
	const numeral = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
	return numeral ? numeral[1] : ordinalUnits[word] !== undefined ? String(ordinalUnits[word]) : undefined;
}

/** "halves" → "half", "rounds" → "round", "innings" → "inning". */
function singularPart(word: string): string {
	return word.replace(/ves$/, 'f').replace(/s$/, '');
}

/**
 * Whether two figures are of one part of the event. A part on one side only is another quantity,
 * even inside one claim: "landed 28 punches during the round" is not "landed 178 punches" of the
 * whole fight. A part with its ordinal or its noun left unsaid meets the same part said in full
 * ("during the round" / "in the sixth round"; "in the sixth" / "in the sixth round").
 */
export function partsAgree(a: string | undefined, b: string | undefined): boolean {
	if (a === b) {
		return true;
	}
	if (a === undefined || b === undefined) {
		return false;
	}
	const [nounA, ordinalA] = a.split(':');
	const [nounB, ordinalB] = b.split(':');
	return (nounA === '' || nounB === '' || nounA === nounB) && (ordinalA === '' || ordinalB === '' || ordinalA === ordinalB);
}
