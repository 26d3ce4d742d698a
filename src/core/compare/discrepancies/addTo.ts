/**
 * Adds a value to the list a map holds under a key, starting the list when there is none:
 * grouping the passages of a claim by day ("friday" → three passages, "saturday" → one) in one
 * pass. (A list copied at each addition, `[...(map.get(key) ?? []), value]`, costs the square of
 * its length: a claim of a thousand outlets naming one day copied half a million entries.)
 */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) {
		list.push(value);
	} else {
		map.set(key, [value]);
	}
}
