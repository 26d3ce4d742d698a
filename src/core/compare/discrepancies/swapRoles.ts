import { inGazetteers } from '../../entities/places';
import { placeDivisions } from '../../text/lexicon/places';
import { timeSpanNouns } from '../../text/lexicon/time';
import { titleWords } from '../../text/lexicon/titles';
import type { Entity } from '../../types';
import { entityRules } from '../rules/entities';
import { namedAsSpeaker } from './substitutionJudging';
import type { SwapSide } from './swaps';

/**
 * Two roles of one story that look like one name swapped (`discrepancies/entities.ts`): each
 * answers a pattern of real reporting where two aligned passages name two things in one slot
 * because they tell two parts of the story, not because an outlet got a name wrong.
 */

/**
 * Whether the odd side names an official by title as the speaker and the other side's person is
 * never a speaker: "Sergeant Tomas Vey said the hiker slipped some 200 metres" / "Ivo Brisk, 32,
 * slipped 200 metres from the ridge path": the officer who reports and the hiker who slipped are two
 * roles of one story, not one person named two ways. A name replaced in the same role keeps the
 * role on both sides ("Ivo Brisk said" / "Ivo Marr said"), and a speaker without a title may be
 * the same person told otherwise. The caller asks only of passages short of near copies: near
 * copies that name two people in one slot ("Chancellor Ada Vey said" / "Ada Lenz, the
 * chancellor, …") name one person two ways.
 */
export function speakerAgainstActor(odd: SwapSide, common: SwapSide): boolean {
	const titled = odd.mentions.every((mention, i) => titleWords.has(odd.units[i].tokens.filter((token) => token.end <= mention.start).at(-1)?.norm ?? ''));
	return titled && namedAsSpeaker(odd) && neverSpeaker(common);
}

/** Whether no passage of a side names its person as a speaker (`namedAsSpeaker`). */
function neverSpeaker(side: SwapSide): boolean {
	return side.mentions.every((mention, i) => !namedAsSpeaker({ ...side, mentions: [mention], units: [side.units[i]] }));
}

/**
 * Whether a side's name, an acronym, is spelled out by the capitalised words of the other side's
 * passage: "THP Officer Ada Lenz said" / "Tarn Highway Patrol Officer Ada Lenz said". The
 * other passage names the same body in full; whatever else it names is no swap for the acronym.
 */
export function acronymSpelledOut(side: SwapSide, other: SwapSide): boolean {
	const name = side.mentions[0]?.text ?? '';
	if (!/^\p{Lu}{2,6}$/u.test(name)) {
		return false;
	}
	return other.units.some((unit) => spelledInRun(unit.tokens, name.toLowerCase()));
}

/** Whether consecutive capitalised words of a passage open with an acronym's letters ("california highway patrol" → chp). */
function spelledInRun(tokens: SwapSide['units'][number]['tokens'], acronym: string): boolean {
	for (let i = 0; i + acronym.length <= tokens.length; i++) {
		let n = 0;
		while (n < acronym.length && tokens[i + n].capitalized && tokens[i + n].norm[0] === acronym[n]) {
			n++;
		}
		if (n === acronym.length) {
			return true;
		}
	}
	return false;
}

/**
 * Whether a side writes its place as a part of another, before a word of division: "near Quay
 * Road, in the Orlek area" / "the Halden neighbourhood". Set against a place the other side
 * names bare ("in Port Tarn"), it may lie inside it, unless the gazetteers know both and set them
 * apart ("the Bavaria region" / "Berlin"); "the Orlek region" / "the Vell region" on both sides
 * are two parts.
 */
export function namedAsPart(side: SwapSide, textOf: (article: string) => string): boolean {
	return side.mentions.every((mention, i) => {
		const after = /^\s+(\p{L}+)/u.exec(textOf(side.units[i].article).slice(mention.end, mention.end + 24));
		return after !== null && placeDivisions.has(after[1].toLowerCase());
	});
}

/**
 * Whether every passage of a side names its place in a clause about another event: a span of
 * time, then a word such as "before" (`entityRules.otherEventWords`): "arrested on the 6th, three
 * days before the Gulls' defeat in Tarnford" / "arrested on the 6th in Orlekton on suspicion of
 * theft" tell where two events happened, the game and the arrest. A bare "after" may tell the
 * same event in another order ("freed after they were made to drive to the Orlek area" / "made to
 * drive to the Orlek area, where …"), so the span is needed. Asked of both sides, so that a
 * place each outlet gives in such a clause stays a swap.
 */
export function inOtherEvent(side: SwapSide): boolean {
	return side.mentions.every((mention, i) => {
		const tokens = side.units[i].tokens;
		return tokens.some((token, n) => token.end <= mention.start && entityRules.otherEventWords.has(token.norm) && n > 0 && timeSpanNouns.has(tokens[n - 1].norm));
	});
}

/**
 * A body of several words ("Staff Welfare Unit", "Tarn Harbour Board") set against a place the
 * gazetteers know ("Glasgow"): two roles of two sentences, the body that helped and the city
 * it serves, never one outlet's place for another's. A stray single word typed a body by its
 * sentence ("signed in Brennick") may still be the place misnamed.
 */
export function bodyAgainstPlace(body: Entity, place: Entity): boolean {
	return body.type === 'organization' && body.name.includes(' ') && place.type === 'place' && inGazetteers(place.name);
}
