import { addTo } from './addTo';
import type { PlacedDay } from './placedDays';

/**
 * Which days of one claim's passages tell the same event, when a passage names several days.
 * "was fired on Thursday and bought a rifle on Friday" (two outlets, near copies) / "was fired on
 * Thursday and bought a rifle on Saturday": neither passage has one day to set against the
 * other's, yet Friday and Saturday stand beside the same words ("bought", "rifle"), and Thursday
 * beside "fired" in both. Each day is paired with the day of another passage that shares the most
 * words of its clause, the best pairs first, and a passage gives at most one day to an event:
 * "recovered by rescuers on Sunday after attempts on Saturday failed" / "recovered by rescuers on
 * Wednesday" sets Wednesday against Sunday, not Saturday. A day that shares no word of its clause
 * with any other stands alone ("arrived on Monday, voted on Friday" / "the vote came on Friday"
 * pairs the votes only).
 *
 * @param passages Each passage's days: several for a passage that names several, one otherwise.
 * @returns The events that hold a day of a passage with several days and a day of another passage.
 */
export function dayEvents(passages: PlacedDay[][]): PlacedDay[][] {
	const days = passages.flat();
	const severalDays = new Set(passages.filter((list) => list.length > 1).flat());
	const pairs: { a: number; b: number; alike: number }[] = [];
	for (let i = 0; i < days.length; i++) {
		for (let j = i + 1; j < days.length; j++) {
			if (days[i].unit === days[j].unit || !(severalDays.has(days[i]) || severalDays.has(days[j]))) {
				continue;
			}
			const alike = sharedClauseWords(days[i], days[j]);
			if (alike > 0) {
				// The same word before both days breaks a tie: "bought a rifle on Friday" is nearer "bought
				// a rifle on Saturday" than "a rifle bought Saturday".
				pairs.push({ a: i, b: j, alike: alike + (days[i].before !== undefined && days[i].before === days[j].before ? 0.5 : 0) });
			}
		}
	}
	pairs.sort((x, y) => y.alike - x.alike || x.a - y.a || x.b - y.b);
	const eventOf = days.map((_, index) => index);
	const find = (index: number): number => (eventOf[index] === index ? index : (eventOf[index] = find(eventOf[index])));
	const unitsOf = new Map(days.map((day, index) => [index, new Set([day.unit])]));
	for (const { a, b } of pairs) {
		const [x, y] = [find(a), find(b)];
		const [left, right] = [unitsOf.get(x)!, unitsOf.get(y)!];
		if (x === y || [...left].some((unit) => right.has(unit))) {
			continue;
		}
		eventOf[y] = x;
		right.forEach((unit) => left.add(unit));
		unitsOf.delete(y);
	}
	const events = new Map<number, PlacedDay[]>();
	days.forEach((day, index) => addTo(events, find(index), day));
	return [...events.values()].filter((event) => event.length > 1 && event.some((day) => severalDays.has(day)));
}

/** How many content words of their clauses two days share ("bought", "rifle"). */
function sharedClauseWords(a: PlacedDay, b: PlacedDay): number {
	let shared = 0;
	for (const stem of a.around) {
		shared += b.around.has(stem) ? 1 : 0;
	}
	return shared;
}
