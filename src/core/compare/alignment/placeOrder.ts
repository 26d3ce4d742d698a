/** A pair of units read by the regrouping (`Regrouping`), with its place among the near misses (`NearMissOrder`). */
export interface Placed {
	/** The pair's first unit. */
	a: number;
	/** The place of that unit's list among the lists, then of the pair in it. */
	first: number;
	second: number;
}

/** Near misses' order: by the place of the first unit's list, then of the pair in it. */
export function byPlace(x: Placed, y: Placed): number {
	return x.first - y.first || x.second - y.second;
}

function bySecond(x: Placed, y: Placed): number {
	return x.second - y.second;
}

/**
 * Sorts pairs read again by place (`byPlace`, a stable sort), as runs: `readPairs` gives each unit's
 * pairs together, and all of one unit's pairs share the place of its list (`first`). So the runs
 * are put in order by that place, and each run's pairs by their place in the list (mostly in order
 * already: a list keeps the order its matches were noted in). At 1,000 articles an edit reads
 * again 180,000 pairs of 1,800 units: sorted whole, each pair is compared some twenty times. Runs
 * [u7: (7, 2), (7, 1)] and [u3: (3, 5)] give [(3, 5), (7, 1), (7, 2)]. Two runs at one place (a
 * unit read twice, or lists placed alike) are sorted whole, as before.
 */
export function sortByPlace(pairs: Placed[]): void {
	const starts: number[] = [];
	for (let i = 0; i < pairs.length; i++) {
		if (i === 0 || pairs[i].a !== pairs[i - 1].a) {
			starts.push(i);
		}
	}
	const runs = starts.map((start, at) => ({ start, end: at + 1 < starts.length ? starts[at + 1] : pairs.length, first: pairs[start].first }));
	runs.sort((x, y) => x.first - y.first);
	for (let at = 1; at < runs.length; at++) {
		if (!(runs[at - 1].first < runs[at].first)) {
			pairs.sort(byPlace);
			return;
		}
	}
	const sorted: Placed[] = [];
	for (const { start, end } of runs) {
		const run = pairs.slice(start, end).sort(bySecond);
		for (const pair of run) {
			sorted.push(pair);
		}
	}
	for (let i = 0; i < sorted.length; i++) {
		pairs[i] = sorted[i];
	}
}
