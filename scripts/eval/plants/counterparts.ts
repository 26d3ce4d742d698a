import type { Unit, UnitKind } from '../../../src/core/compare/units';
import type { ComparedCluster } from '../pipeline';

/** Least share of the two passages' content words that they have in common (Dice). */
const minDice = 0.5;
/** Least number of content words in common: short passages ("He said no.") match too easily. */
const minShared = 4;

/**
 * Passages of other outlets that carry the same claim as each passage, judged by the evaluation
 * itself rather than by the aligner it measures: near copies, whose content words are at least
 * half shared (Dice) and four or more in number. So the changes planted stay the same when the
 * aligner changes, and a claim the aligner fails to align still gets its plants (and counts as a
 * miss) instead of being left out of the test.
 *
 * @param cluster The original, analysed.
 * @param kind Sentences or quotes.
 * @returns Groups of a passage and its counterparts (best one per other article), the passage first.
 */
export function counterpartGroups(cluster: ComparedCluster, kind: UnitKind): Unit[][] {
	// Figures and replacements both plant in sentences: compare every pair once per cluster.
	const cached = computed.get(cluster)?.get(kind);
	if (cached) {
		return cached;
	}
	const groups = findCounterparts(cluster, kind);
	computed.set(cluster, (computed.get(cluster) ?? new Map()).set(kind, groups));
	return groups;
}

const computed = new WeakMap<ComparedCluster, Map<UnitKind, Unit[][]>>();

function findCounterparts(cluster: ComparedCluster, kind: UnitKind): Unit[][] {
	const { aligner } = cluster.comparison;
	const units = [...cluster.texts.keys()].flatMap((article) => aligner.unitIds(article).map((id) => aligner.unit(id)!)).filter((unit) => unit.kind === kind);
	const stems = new Map(units.map((unit) => [unit, new Set(unit.tokens.filter((token) => token.content).map((token) => token.stem))]));
	const groups: Unit[][] = [];
	for (const unit of units) {
		const own = stems.get(unit)!;
		const best = new Map<string, { unit: Unit; dice: number }>();
		for (const other of units) {
			if (other.article === unit.article) {
				continue;
			}
			const theirs = stems.get(other)!;
			let shared = 0;
			for (const stem of own) {
				shared += theirs.has(stem) ? 1 : 0;
			}
			const dice = (2 * shared) / (own.size + theirs.size || 1);
			if (shared >= minShared && dice >= minDice && dice > (best.get(other.article)?.dice ?? 0)) {
				best.set(other.article, { unit: other, dice });
			}
		}
		if (best.size > 0) {
			groups.push([unit, ...[...best.values()].map((entry) => entry.unit)]);
		}
	}
	return groups;
}
