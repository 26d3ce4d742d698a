/**
 * `JSON.stringify(value, null, 2)`, the same characters, in pieces: the outer object and arrays
 * are written a member at a time, and only each member of the arrays is one `JSON.stringify`. A
 * report of 10,000 articles is more text than one string can hold (V8's limit is about 512
 * million characters), while each of its quotes, claims or discrepancies is a few kilobytes.
 *
 * @param value Plain JSON data (no `toJSON`, no cycles).
 * @param depth How many levels of objects and arrays are written a member at a time (2: the
 *   report and its lists).
 * @returns The pieces, in order; joined, exactly `JSON.stringify(value, null, 2)`.
 */
export function* jsonChunks(value: unknown, depth = 2): Generator<string> {
	yield* chunksOf(value, depth, '');
}

function* chunksOf(value: unknown, depth: number, indent: string): Generator<string> {
	const inner = `${indent}  `;
	if (depth > 0 && Array.isArray(value) && value.length > 0) {
		yield '[\n';
		for (let i = 0; i < value.length; i++) {
			yield inner;
			// As JSON.stringify writes them in an array: `undefined` and functions are `null`.
			const item: unknown = value[i];
			yield* chunksOf(item === undefined || typeof item === 'function' ? null : item, depth - 1, inner);
			yield i < value.length - 1 ? ',\n' : '\n';
		}
		yield `${indent}]`;
		return;
	}
	if (depth > 0 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
		// As JSON.stringify leaves them out of an object: `undefined` and functions.
		const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function');
		if (entries.length > 0) {
			yield '{\n';
			for (let i = 0; i < entries.length; i++) {
				yield `${inner}${JSON.stringify(entries[i][0])}: `;
				yield* chunksOf(entries[i][1], depth - 1, inner);
				yield i < entries.length - 1 ? ',\n' : '\n';
			}
			yield `${indent}}`;
			return;
		}
	}
	yield indent === '' ? JSON.stringify(value, null, 2) : indented(value, indent.length / 2);
}

/**
 * `JSON.stringify(value, null, 2)` with every line after the first indented by `levels` steps of
 * two spaces: the value is written inside `levels` arrays, which indent it just so, and the
 * arrays' brackets are cut off (a slice, not a copy of a report's 60 MB). `{"a": 1}` at one
 * level is written `[\n  {\n    "a": 1\n  }\n]` and given as `{\n    "a": 1\n  }`.
 */
function indented(value: unknown, levels: number): string {
	let wrapped = value;
	// Before: "[" and a line break, then the next level's indent, per level; after: a line break, the indent and "]".
	let before = 0;
	let after = 0;
	for (let level = 0; level < levels; level++) {
		wrapped = [wrapped];
		before += 2 + 2 * (level + 1);
		after += 2 + 2 * level;
	}
	const text = JSON.stringify(wrapped, null, 2);
	return text.slice(before, text.length - after);
}
