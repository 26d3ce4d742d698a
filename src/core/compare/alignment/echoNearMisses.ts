import type { Unit } from '../units';
import { findDateEchoes } from './dateEchoes';
import { round } from './grouping';
import type { Claim, NearMiss } from './types';

/**
 * Pairs of passages left apart that date one event with the same words (`findDateEchoes`), as
 * near misses marked `echo`. The few candidates are found first; only their passages are then
 * looked up among the claims and near misses (a folder of 1,000 articles holds hundreds of
 * thousands of both, read again at every edit).
 *
 * @param units The aligner's units by id.
 * @param unitsInOrder Each article's unit ids, the articles in the folder's order.
 * @param similarity The aligner's similarity, which scores each echo.
 */
export function echoNearMisses(units: readonly (Unit | undefined)[], unitsInOrder: readonly (readonly number[])[], claims: readonly Claim[], nearMisses: readonly NearMiss[], similarity: (a: Unit, b: Unit) => number): NearMiss[] {
	const candidates = findDateEchoes(unitsInOrder.map((ids) => ids.map((id) => units[id])));
	if (candidates.length === 0) {
		return [];
	}
	const keyOf = (unit: Pick<Unit, 'article' | 'kind' | 'index'>) => `${unit.article}:${unit.kind}:${unit.index}`;
	const involved = new Set(candidates.flatMap(({ a, b }) => [a, b]));
	const articles = new Set([...involved].map((unit) => unit.article));
	const claimOf = new Map<string, string>();
	for (const claim of claims) {
		for (const member of claim.members) {
			if (articles.has(member.article)) {
				claimOf.set(keyOf(member), claim.id);
			}
		}
	}
	const near = new Map<Unit, Set<Unit>>();
	for (const { a, b } of nearMisses) {
		if (involved.has(a) && involved.has(b)) {
			(near.get(a) ?? near.set(a, new Set()).get(a)!).add(b);
			(near.get(b) ?? near.set(b, new Set()).get(b)!).add(a);
		}
	}
	const paired = (a: Unit, b: Unit) => (claimOf.has(keyOf(a)) && claimOf.get(keyOf(a)) === claimOf.get(keyOf(b))) || near.get(a)?.has(b) === true;
	return candidates
		.filter(({ a, b }) => !paired(a, b))
		.map(({ a, b }) => ({ a, b, score: round(similarity(a, b)), mutual: false, best: false, outbid: false, echo: true }));
}
