import type { Unit, UnitKind } from '../units';
import { maxPostings } from './partialScores';
import { lengthClass, rarityWeight } from './rarity';
import { TypedPool } from './typedPool';
import type { Vector } from './vectors';

/**
 * How much each kind of feature counts: a shared name, figure value or speaker says more about
 * "the same claim" than a shared word ("Borodin … 31%" vs "Borodin … 30 percent" share the name and
 * the figure kind, and still align though the values differ).
 */
const featureBoost: Record<string, number> = { w: 1, e: 1.5, f: 1.2, v: 1.5, s: 2 };

/** A unit's features as numbers: feature numbers and the square roots of their counts, in the unit's order. */
export interface NumberedFeatures {
	ids: Int32Array;
	rootCounts: Float64Array;
	/** Their weighted vector under the current weights, while `VectorSpace` keeps it. */
	vector: Vector | undefined;
}

/**
 * The inverted index of the folder's passages. Each feature of each kind of unit gets a number
 * the first time it is seen ("S" and "w:port" → 12), and every table is indexed by it: looking
 * a feature up costs an array read, not a string built and hashed (a folder of 2,000 articles
 * looks features up tens of millions of times). Per feature number: its posting list (the units
 * that have it, in the folder's order), its kind of unit, its boost, whether it is a word, and
 * its weight under the folder's current counts (`weight`).
 *
 * Example: a sentence with features `w:port` ×2 and `e:harbour board` ×1 gets numbers [12, 40]
 * and root counts [1.414…, 1]; it is placed in postings[12] and postings[40] by its rank.
 */
export class FeatureIndex {
	private readonly featureIds: Record<UnitKind, Map<string, number>> = { sentence: new Map(), headline: new Map(), quote: new Map() };
	/** Per feature number: the units that have it, in rank order. */
	readonly postings: number[][] = [];
	private readonly featureKinds: UnitKind[] = [];
	private readonly boosts: number[] = [];
	/** Per feature number: whether it is a word (`w:`), which counts even when no other passage has it. */
	readonly words: boolean[] = [];
	/** Per unit id: its numbered features (undefined once removed). */
	readonly unitFeatures: (NumberedFeatures | undefined)[] = [];
	/** Live units of each kind. */
	readonly live: Record<UnitKind, number> = { sentence: 0, headline: 0, quote: 0 };
	/**
	 * Features whose posting lists changed since `takeChangedFeatures`, with each one's length and
	 * newest entries (those a search short of rare features reads) before its first change.
	 */
	private changedFeatures = new Map<number, { length: number; newest: number[] }>();
	/** Feature weights by number (NaN: not computed yet); renewed whenever a unit comes or goes. */
	private weights = new Float64Array(0);
	private weightsStale = true;

	/** The number of a feature of a kind of unit, given when first seen. */
	featureId(kind: UnitKind, feature: string): number {
		let id = this.featureIds[kind].get(feature);
		if (id === undefined) {
			id = this.postings.length;
			this.featureIds[kind].set(feature, id);
			this.postings.push([]);
			this.featureKinds.push(kind);
			this.boosts.push(featureBoost[feature[0]] ?? 1);
			this.words.push(feature[0] === 'w');
		}
		return id;
	}

	/**
	 * Numbered features by a unit's feature table, while a unit held has it: the verbatim copies of
	 * a passage share one (`unitsOfCopies.ts`), and the finders ask for a passage's features at each
	 * similarity read. (A Map counted by `add` and `remove`, not a WeakMap: a collection would pay
	 * for tens of thousands of weak entries.)
	 */
	private readonly numbered = new Map<Unit['features'], { kind: UnitKind; features: NumberedFeatures; units: number }>();

	/** A unit's numbered features (numbered now when new). Feature numbers are never taken back, so they hold for good. */
	featuresOf(unit: Unit): NumberedFeatures {
		const known = this.numbered.get(unit.features);
		return known?.kind === unit.kind ? known.features : this.numberFeatures(unit);
	}

	/** `featuresOf` for a unit coming in, counted until it goes. */
	private holdFeatures(unit: Unit): NumberedFeatures {
		const known = this.numbered.get(unit.features);
		if (known) {
			if (known.kind !== unit.kind) {
				return this.numberFeatures(unit);
			}
			known.units++;
			return known.features;
		}
		const features = this.numberFeatures(unit);
		this.numbered.set(unit.features, { kind: unit.kind, features, units: 1 });
		return features;
	}

	/** Where numbered features are cut from (`TypedPool`). */
	private readonly pool = new TypedPool();

	private numberFeatures(unit: Unit): NumberedFeatures {
		const ids = this.pool.ints(unit.features.size);
		const rootCounts = this.pool.floats(unit.features.size);
		let i = 0;
		for (const [feature, count] of unit.features) {
			ids[i] = this.featureId(unit.kind, feature);
			rootCounts[i++] = Math.sqrt(count);
		}
		return { ids, rootCounts, vector: undefined };
	}

	/**
	 * Adds a unit into each of its features' posting lists at its place in the folder's order.
	 *
	 * @param id The unit's number.
	 * @param ranks Every unit's rank (the unit's own included).
	 */
	add(id: number, unit: Unit, ranks: readonly number[]): void {
		this.live[unit.kind]++;
		this.weightsStale = true;
		const features = this.holdFeatures(unit);
		const rank = ranks[id];
		for (const feature of features.ids) {
			const list = this.postings[feature];
			// Mostly the last place (a folder is read in order); an edited article's units go between.
			let low = list.length;
			if (low > 0 && ranks[list[low - 1]] > rank) {
				low = 0;
				let high = list.length;
				while (low < high) {
					const middle = (low + high) >>> 1;
					if (ranks[list[middle]] < rank) {
						low = middle + 1;
					} else {
						high = middle;
					}
				}
			}
			this.noteChange(feature);
			if (low === list.length) {
				list.push(id);
			} else {
				list.splice(low, 0, id);
			}
		}
		this.unitFeatures[id] = features;
	}

	/** Takes a unit out of every posting list. */
	remove(id: number, unit: Unit): void {
		const { kind } = unit;
		const known = this.numbered.get(unit.features);
		if (known && known.features === this.unitFeatures[id] && --known.units === 0) {
			this.numbered.delete(unit.features);
		}
		this.live[kind]--;
		this.weightsStale = true;
		for (const feature of this.unitFeatures[id]!.ids) {
			const list = this.postings[feature];
			this.noteChange(feature);
			list.splice(list.lastIndexOf(id), 1);
		}
		this.unitFeatures[id] = undefined;
	}

	/** Notes, before a posting list changes, its length if it is the list's first change since `takeChangedFeatures`. */
	private noteChange(feature: number): void {
		if (!this.changedFeatures.has(feature)) {
			const list = this.postings[feature];
			this.changedFeatures.set(feature, { length: list.length, newest: list.slice(-maxPostings) });
		}
	}

	/**
	 * The features whose posting lists changed since the last call: those whose length changed
	 * class (`counted`: `lengthClass`, their weight changed, and so every vector that holds them);
	 * those whose length changed within its class (`recounted`: "14%" in 41 sentences, then 42, weighs
	 * as before, and only the searches that pick lists by their length read the change; given with the
	 * list's newest entries before the change); and those
	 * that only had a unit replaced by another (`moved`: an edited sentence that still says "port"
	 * leaves the list of "port" as long as it was, and its weight as it was; given with the list's
	 * newest entries before the change).
	 */
	takeChangedFeatures(): { counted: Set<number>; recounted: Map<number, number[]>; moved: Map<number, number[]> } {
		const counted = new Set<number>();
		const recounted = new Map<number, number[]>();
		const moved = new Map<number, number[]>();
		for (const [feature, { length, newest }] of this.changedFeatures) {
			const now = this.postings[feature].length;
			if (now === length) {
				moved.set(feature, newest);
			} else if (lengthClass(now) !== lengthClass(length)) {
				counted.add(feature);
			} else {
				recounted.set(feature, newest);
			}
		}
		this.changedFeatures = new Map();
		return { counted, recounted, moved };
	}

	/**
	 * A feature's weight: its rarity among the live units of its kind (idf) times its boost. With
	 * 1,000 sentences, a word in 9 of them weighs log(1 + 1000/9) ≈ 4.7; a name there 1.5 times that.
	 */
	weight(feature: number): number {
		if (this.weightsStale) {
			this.weights = new Float64Array(this.postings.length).fill(NaN);
			this.weightsStale = false;
		}
		let weight = this.weights[feature];
		if (weight === undefined || Number.isNaN(weight)) {
			weight = rarityWeight(this.live[this.featureKinds[feature]], this.postings[feature].length, this.boosts[feature]);
			if (feature < this.weights.length) {
				this.weights[feature] = weight;
			}
		}
		return weight;
	}
}
