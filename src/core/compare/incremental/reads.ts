import type { Aligner, NearMiss } from '../aligner';
import type { Unit } from '../units';

/**
 * What one judgement of a claim or near miss read besides its passages, with the values it saw:
 * the similarities of pairs of passages (`Aligner.similarity`), the scores it was given (a
 * claim's members', a near miss's) and a near miss's flags. While each still holds, within a
 * tolerance for the numbers, the judgement is kept.
 */
export interface Reads {
	/** The pairs whose similarity was read, two units each (a₀, b₀, a₁, b₁, …), each pair once. */
	pairs: Unit[];
	/** The similarity of each pair when read. */
	values: number[];
	/** The scores read, in order (a claim's members', or a near miss's one), as they were; undefined when none was read. */
	scores?: number[];
	/** A near miss's flags read, as they were ("best=true|mutual=false"); '' when none was. */
	flags: string;
}

/** A near miss's flags, which are kept exactly (its score is a number, kept within the tolerance). */
export const nearMissFlags = ['best', 'echo', 'mutual', 'outbid'] as const;
export type NearMissFlag = (typeof nearMissFlags)[number];

/** The named flags of a near miss with their values ("best=true|mutual=false"). */
export function flagsOf(nearMiss: NearMiss, flags: readonly NearMissFlag[]): string {
	return flags.map((flag) => `${flag}=${String(nearMiss[flag])}`).join('|');
}

/**
 * An aligner that answers as the real one, with its own near misses, and notes each similarity
 * read (once per pair) in `reads`.
 */
export function watchedAligner(aligner: Aligner, nearMisses: NearMiss[], reads: Reads): Aligner {
	const seen = new Map<Unit, Set<Unit>>();
	const similarity = (a: Unit, b: Unit) => {
		const value = aligner.similarity(a, b);
		const known = seen.get(a) ?? seen.set(a, new Set()).get(a)!;
		if (!known.has(b)) {
			known.add(b);
			reads.pairs.push(a, b);
			reads.values.push(value);
		}
		return value;
	};
	return Object.assign(Object.create(aligner) as Aligner, { nearMisses: () => nearMisses, similarity });
}

/**
 * Whether what a judgement read still holds: each similarity and score it read within
 * `tolerance` of its value now (0: exactly the same), and the same flags. A similarity is computed
 * again only when one of its passages is among those whose weighted features changed in the last
 * update (`changed`); the others are what they were at the last check. A pair with a passage let go
 * since (`Aligner.goneUnits`) no longer holds.
 *
 * Example: a judgement that read similarity 0.512 of two passages, and the scores [0.8, 0.61],
 * holds with tolerance 0.005 when that similarity is now 0.515 and the scores [0.8, 0.609].
 *
 * @param scores The scores now, in the order read (a claim's members', a near miss's).
 * @param flags The flags now, as `flagsOf` gives them.
 */
export function stillHolds(reads: Reads, aligner: Aligner, changed: ReadonlySet<Unit>, scores: () => number[], flags: string, tolerance: number): boolean {
	if (reads.flags !== flags) {
		return false;
	}
	const { pairs, values } = reads;
	const gone = aligner.goneUnits();
	for (let i = 0; i < values.length; i++) {
		const a = pairs[2 * i];
		const b = pairs[2 * i + 1];
		// A passage read beside the claim's own (the sentence that holds a quote) may have been edited away.
		if (gone.has(a) || gone.has(b)) {
			return false;
		}
		if ((changed.has(a) || changed.has(b)) && !(Math.abs(aligner.similarity(a, b) - values[i]) <= tolerance)) {
			return false;
		}
	}
	if (reads.scores) {
		const now = scores();
		if (now.length !== reads.scores.length || now.some((score, i) => !(Math.abs(score - reads.scores![i]) <= tolerance))) {
			return false;
		}
	}
	return true;
}
