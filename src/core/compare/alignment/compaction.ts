import type { Unit } from '../units';

/** The features of every passage of a compacted aligner (`Aligner.compact`). Never added to. */
const noFeatures = new Map<string, number>();

/** The names' keys of every passage of a compacted aligner. Never added to. */
const noEntities = new Set<string>();

/** Empties the features and names' keys of a compacted aligner's units (`Aligner.compact`), which stay for look-ups by position. */
export function releaseFeatures(units: readonly (Unit | undefined)[]): void {
	// A passage's features were read into the index and the vectors, its names' keys by the
	// finders: only matching and judging read them, both done.
	for (const unit of units) {
		if (unit) {
			unit.features = noFeatures;
			unit.entities = noEntities;
		}
	}
}
