import type { FeatureIndex, NumberedFeatures } from './featureIndex';
import { TypedPool } from './typedPool';

/** A unit's weighted features: feature numbers and their weights, in the unit's order, and the norm. */
export interface Vector {
	ids: Int32Array;
	weights: Float64Array;
	norm: number;
	/** The last vector a search compared it with (`CandidateSearch`), and that cosine: the copies of a passage ask again. */
	lastAgainst: Vector | undefined;
	lastCosine: number;
}

/**
 * Weighted feature vectors and their cosines. Two sentences sharing "port" (weight 4.7) and
 * "strike" (3.1), each with one word of its own (5.0), score (4.7² + 3.1²) / (√(4.7² + 3.1² + 5²))² ≈ 0.56.
 */
export class VectorSpace {
	/** Each unit's vector under the current weights, by unit id; dropped whenever a unit comes or goes. */
	private cache: (Vector | undefined)[] = [];
	private cached = 0;
	/** The numbered features given a vector (`NumberedFeatures.vector`): the verbatim copies of a passage share theirs, and so one vector. */
	private given: NumberedFeatures[] = [];
	/** Weights of one vector spread by feature number (NaN elsewhere), to look features up while a cosine is summed. */
	private scratch = new Float64Array(0);
	/** Where vectors are cut from (`TypedPool`), renewed with them; and where one is weighed before its length is known. */
	private pool = new TypedPool();
	private weighing = { ids: new Int32Array(0), weights: new Float64Array(0) };

	constructor(private readonly index: FeatureIndex) {}

	/** Forgets every vector (the weights changed). */
	clear(): void {
		if (this.cached > 0) {
			this.cache = [];
			this.cached = 0;
			for (const features of this.given) {
				features.vector = undefined;
			}
			this.given = [];
			this.pool = new TypedPool();
		}
	}

	/** The weighted vector of a unit held by the index, cached by id while the weights hold. */
	vector(id: number): Vector {
		let vector = this.cache[id];
		if (!vector) {
			const features = this.index.unitFeatures[id]!;
			vector = features.vector;
			if (!vector) {
				vector = this.vectorOf(features);
				features.vector = vector;
				this.given.push(features);
			}
			this.cache[id] = vector;
			this.cached++;
		}
		return vector;
	}

	/** The weighted vector of some numbered features. */
	vectorOf(features: NumberedFeatures): Vector {
		const { postings, words } = this.index;
		const count = features.ids.length;
		if (this.weighing.ids.length < count) {
			this.weighing = { ids: new Int32Array(count), weights: new Float64Array(count) };
		}
		const { ids, weights } = this.weighing;
		let kept = 0;
		let norm = 0;
		for (let i = 0; i < count; i++) {
			const feature = features.ids[i];
			// A figure value or a name no other passage has can match nothing; counted in the norm it
			// would only push the passage away from its counterparts: one outlet's "53 billion"
			// against the others' "48 billion" must not stop the two sentences from aligning.
			// (Unique words still count: a sentence of its own words is a claim of its own.)
			if (!words[feature] && postings[feature].length <= 1) {
				continue;
			}
			const weight = this.index.weight(feature) * features.rootCounts[i];
			ids[kept] = feature;
			weights[kept++] = weight;
			norm += weight * weight;
		}
		const vector = { ids: this.pool.ints(kept), weights: this.pool.floats(kept), norm: Math.sqrt(norm), lastAgainst: undefined, lastCosine: 0 };
		vector.ids.set(ids.subarray(0, kept));
		vector.weights.set(weights.subarray(0, kept));
		return vector;
	}

	/**
	 * Cosine of two vectors. The smaller one is read in its own order and each of its features
	 * looked up in the larger, spread over `scratch` by feature number: the sum is added up in the
	 * same order whichever way the two are given.
	 */
	cosine(a: Vector, b: Vector): number {
		if (a.norm === 0 || b.norm === 0) {
			return 0;
		}
		const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
		const features = this.index.postings.length;
		if (this.scratch.length < features) {
			this.scratch = new Float64Array(Math.max(features, this.scratch.length * 2)).fill(NaN);
		}
		const scratch = this.scratch;
		for (let i = 0; i < large.ids.length; i++) {
			scratch[large.ids[i]] = large.weights[i];
		}
		let dot = 0;
		for (let i = 0; i < small.ids.length; i++) {
			const other = scratch[small.ids[i]];
			if (!Number.isNaN(other)) {
				dot += small.weights[i] * other;
			}
		}
		for (const feature of large.ids) {
			scratch[feature] = NaN;
		}
		return dot / (a.norm * b.norm);
	}
}
