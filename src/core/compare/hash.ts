/** FNV-1a, 32 bits, hex: a short id that stays the same while the passages' text does. */
export function hash(text: string): string {
	return hex(fnv(0x811c9dc5, text));
}

/** `hash` of `${head}|${parts.join('|')}`, without joining them into one string. */
export function hashJoined(head: string, parts: readonly string[]): string {
	let value = fnv(fnv(0x811c9dc5, head), '|');
	for (let i = 0; i < parts.length; i++) {
		value = fnv(i > 0 ? fnv(value, '|') : value, parts[i]);
	}
	return hex(value);
}

/** FNV-1a's steps over a text, from `value`. */
function fnv(value: number, text: string): number {
	for (let i = 0; i < text.length; i++) {
		value ^= text.charCodeAt(i);
		value = Math.imul(value, 0x01000193);
	}
	return value;
}

function hex(value: number): string {
	return (value >>> 0).toString(16).padStart(8, '0');
}
