import { genderOfFirstName } from './givenNames';
import { nicknameRows } from './lexicon/nicknames';

/** Each given name with the names it is a nickname of or has as nicknames, read on first use. */
let related: Map<string, Set<string>> | undefined;

function relatedNames(): Map<string, Set<string>> {
	if (!related) {
		related = new Map();
		const link = (a: string, b: string) => (related!.get(a) ?? related!.set(a, new Set()).get(a)!).add(b);
		for (const row of nicknameRows.split('\n')) {
			const [name, nicknames] = row.split(':');
			for (const nickname of nicknames?.split(' ') ?? []) {
				link(name, nickname);
				link(nickname, name);
			}
		}
	}
	return related;
}

/**
 * Whether two given names are one name and its nickname ("James" / "Jim", "William" / "Bill"), in
 * the maintained list (`lexicon/nicknames.ts`), and no gender sets them apart: the list gives
 * "Aaron" the nickname "Erin", yet "Aaron Vos" and "Erin Vos" are a man and a woman.
 *
 * @param a A given name, lower-cased.
 * @param b Another.
 */
export function nicknameOf(a: string, b: string): boolean {
	if (a === b || !relatedNames().get(a)?.has(b)) {
		return false;
	}
	const [genderA, genderB] = [genderOfFirstName(a), genderOfFirstName(b)];
	return genderA === undefined || genderB === undefined || genderA === genderB;
}
