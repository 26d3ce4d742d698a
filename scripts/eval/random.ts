/** A seeded source of random numbers: the same seed picks the same plants on every machine. */
export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** One item of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** Up to `count` distinct items, in the order drawn. */
	sample<T>(items: readonly T[], count: number): T[];
}

/**
 * Makes a seeded generator (mulberry32: tiny, fast, and good enough to choose plants; not for
 * anything secret). The seed is a string so that each cluster, kind and run gets its own stream
 * ("3_ecb|figure"), independent of the order the clusters are read in.
 *
 * @param seed Any text.
 * @returns The generator.
 */
export function seededRandom(seed: string): Random {
	let state = hashSeed(seed);
	const next = () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		pick: (items) => items[Math.floor(next() * items.length)],
		sample: (items, count) => {
			const pool = [...items];
			const drawn = [];
			while (drawn.length < count && pool.length > 0) {
				drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
			}
			return drawn;
		},
	};
}

/** FNV-1a of the seed text, so that similar seeds still start far apart. */
function hashSeed(text: string): number {
	let value = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		value ^= text.charCodeAt(i);
		value = Math.imul(value, 0x01000193);
	}
	return value >>> 0;
}
