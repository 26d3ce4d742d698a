import type { Unit } from '../units';
import type { NumberedFeatures } from './featureIndex';
import type { Matching } from './matching';
import type { Vector } from './vectors';

/**
 * The similarity of two units as the finders read it (`Aligner.similarity`), under the weights
 * of the matching's index: a unit's vector is made once while the weights hold.
 */
export class SimilarityReads {
	/** Vectors read by `similarity` under the current weights (`readVector`). */
	private readVectors = new Map<NumberedFeatures, Vector>();

	/** @param matching The aligner's matching, whose index and vectors are read as they are at each call. */
	constructor(private readonly matching: Pick<Matching, 'index' | 'space'>) {}

	/** Cosine of two units' weighted feature vectors. */
	similarity(a: Unit, b: Unit): number {
		return this.matching.space.cosine(this.readVector(a), this.readVector(b));
	}

	/**
	 * A unit's vector for `similarity`, made once while the weights hold (the finders read the
	 * passages of one claim against each other many times; verbatim copies share their features,
	 * and so one vector). Forgotten when a unit comes or goes, and when the finders are done
	 * (`Aligner.releaseNearMisses`): kept, the vectors would double the memory of a large folder.
	 */
	private readVector(unit: Unit): Vector {
		const features = this.matching.index.featuresOf(unit);
		let vector = this.readVectors.get(features);
		if (!vector) {
			vector = this.matching.space.vectorOf(features);
			this.readVectors.set(features, vector);
		}
		return vector;
	}

	/** `similarity` with vectors of its own, each made once for all the reads of the function returned (`Aligner.similarities`). */
	similarities(): (a: Unit, b: Unit) => number {
		const vectors = new Map<Unit, Vector>();
		const vectorOf = (unit: Unit) => vectors.get(unit) ?? vectors.set(unit, this.matching.space.vectorOf(this.matching.index.featuresOf(unit))).get(unit)!;
		return (a, b) => this.matching.space.cosine(vectorOf(a), vectorOf(b));
	}

	/** Forgets every vector read: the weights changed, or the finders are done. */
	forget(): void {
		if (this.readVectors.size > 0) {
			this.readVectors = new Map();
		}
	}
}
