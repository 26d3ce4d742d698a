import { timeZones } from '../text/lexicon/time';
import { americanSpelling } from '../text/spellingVariants';
import { numberSpelled, numberValue } from '../text/numberSpelling';
import type { Token } from './tokens';

/**
 * The same words written another way: a contraction spelled out ("I'm" / "I am", "didn't" /
 * "did not"), an apostrophe the page lost ("I’m" / "I m"), British and American spelling
 * ("realised" / "realized", `americanSpelling`), or a number in digits and in words ("the 12th
 * ferry" / "the twelfth ferry").
 */
export function sameWords(removed: Token[], added: Token[]): boolean {
	const letters = (tokens: Token[]) => tokens.map((token) => americanSpelling(token.norm)).join('').replace(/[^\p{L}\p{N}]/gu, '');
	const expanded = (tokens: Token[]) => tokens.map((token) => expandContraction(token.norm)).join(' ');
	return letters(removed) === letters(added) || expanded(removed) === expanded(added) || sameTimeOfDay(removed, added) || sameNumbers(removed, added);
}

/**
 * The same numbers, in digits on one side and in words on the other: word for word ("12th" /
 * "twelfth", `numberSpelled`), or as one number ("4,000" / "four thousand", `numberValue`).
 */
function sameNumbers(removed: Token[], added: Token[]): boolean {
	const wordForWord = removed.length === added.length && removed.every((token, i) => {
		const value = numberSpelled(token.norm);
		return value !== undefined && value === numberSpelled(added[i].norm);
	});
	if (wordForWord) {
		return true;
	}
	const value = numberValue(removed.map((token) => token.norm));
	return value !== undefined && value === numberValue(added.map((token) => token.norm));
}

/**
 * One time of day in the 12-hour and the 24-hour clock: "6:40pm PST" / "18:40". A zone on one
 * side only is left unsaid, not changed; two zones must be the same. NOTE: only when the whole
 * time is one changed stretch: in "7:15 p.m." / "19:15" the shared "15" splits it, and the hour
 * is still read as a changed number.
 */
function sameTimeOfDay(removed: Token[], added: Token[]): boolean {
	const a = timeOfDay(removed);
	const b = timeOfDay(added);
	return a !== undefined && b !== undefined && a.minutes === b.minutes && (a.zone === undefined || b.zone === undefined || a.zone === b.zone);
}

/** "6 40pm pst" → 18:40 PST, "18 40" → 18:40, "7 pm" → 19:00; a bare "6" or "18" is no time. */
export function timeOfDay(tokens: Token[]): { minutes: number; zone?: string } | undefined {
	const words = tokens.map((token) => token.norm);
	const zone = timeZones.has(words[words.length - 1] ?? '') ? words.pop() : undefined;
	const match = /^(\d{1,2})(?: (\d{2}))? ?(am|pm|a m|p m)?$/.exec(words.join(' '));
	if (!match || (match[2] === undefined && match[3] === undefined)) {
		return undefined;
	}
	const [hours, minutes] = [Number(match[1]), Number(match[2] ?? 0)];
	const half = match[3]?.replace(' ', '');
	if (minutes > 59 || (half ? hours < 1 || hours > 12 : hours > 24)) {
		return undefined;
	}
	const hour = half === 'pm' ? (hours % 12) + 12 : half === 'am' ? hours % 12 : hours % 24;
	return { minutes: hour * 60 + minutes, ...(zone ? { zone } : {}) };
}

/** "won't" → "will not", "didn't" → "did not", "I'm" → "i am", "they're" → "they are". */
function expandContraction(word: string): string {
	const irregular = irregularContractions[word];
	if (irregular !== undefined) {
		return irregular;
	}
	// Every regular contraction has an apostrophe: a word without one is left as it is.
	if (!word.includes("'")) {
		return word;
	}
	return word
		.replace(/n't$/, ' not')
		.replace(/'m$/, ' am')
		.replace(/'re$/, ' are')
		.replace(/'ve$/, ' have')
		.replace(/'ll$/, ' will')
		.replace(/'d$/, ' would');
}

/** Contractions whose long form is not their stem and "not". */
const irregularContractions: Record<string, string> = { "won't": 'will not', "can't": 'can not', cannot: 'can not', "shan't": 'shall not' };
