import { jsonChunks } from './jsonChunks';

/**
 * Terminal escape sequences, whole, so that no payload is left behind: CSI (`ESC [ 2 J` clears the
 * screen), OSC up to its terminator or the end of the line (`ESC ] 8 ; ; https://… BEL` is a
 * hyperlink, `ESC ] 52 ; c ; … BEL` writes the clipboard), DCS/SOS/PM/APC strings, the 8-bit forms
 * (U+009B is CSI, U+009D is OSC) and two-character escapes (`ESC c` resets the terminal).
 * NOTE: each alternative scans forward over characters the next part cannot start with, and a
 * string stops at a line end: one pass, linear in the text.
 */
const escapeSequences =
	// eslint-disable-next-line no-control-regex -- control characters are what it matches
	/\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d-\u009f][^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?/g;

/**
 * Characters that control a terminal or reorder what is shown, other than tab and line feed:
 * C0 controls (a carriage return rewrites the line, a backspace erases), DEL, C1 controls, and
 * the bidirectional overrides and isolates that make text read differently from its bytes
 * (U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The same, with tab and line feed: for one-line values such as a file name. */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const controlsAndBreaks = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Text from an article made safe for a terminal: escape sequences removed whole, then every other
 * control character; tabs and line breaks kept. "\u001b]52;c;ZXZpbA==\u0007Hi" is "Hi".
 *
 * @param text Any text.
 * @returns The text without anything a terminal would act on.
 */
export function stripControls(text: string): string {
	return text.replace(escapeSequences, '').replace(controls, '');
}

/**
 * A file name (or any one-line value) made safe and visible: every control character, line break
 * included, becomes `?`, as `ls` shows it, so the name still says where the odd bytes are.
 * "a\nb.txt" is "a?b.txt".
 *
 * @param text A path.
 * @returns One line with no control characters.
 */
export function printable(text: string): string {
	return text.replace(controlsAndBreaks, '?');
}

/**
 * A copy of a value with every string made safe for a terminal: `path` fields with `printable`,
 * the others with `stripControls`. The text and Markdown reports go through it, so no value of
 * an article or file name reaches a terminal raw, whatever field it lands in.
 *
 * @param value A report, or any JSON-like value.
 * @returns The same shape, safe.
 */
export function withoutControls<T>(value: T): T {
	return clean(value, '') as T;
}

function clean(value: unknown, key: string): unknown {
	if (typeof value === 'string') {
		return key === 'path' ? printable(value) : stripControls(value);
	}
	if (Array.isArray(value)) {
		return value.map((item) => clean(item, ''));
	}
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, clean(item, name)]));
	}
	return value;
}

/** What `JSON.stringify` leaves raw but a terminal acts on or reorders: DEL, C1 controls, bidirectional controls. */
const rawInJson = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON for a report, with every character a terminal could act on written as a `\u` escape (C0
 * controls already are): the same data for a program, inert on a screen.
 *
 * @param value The report.
 * @returns Indented JSON, ending with a newline.
 */
export function formatJson(value: unknown): string {
	return [...formatJsonChunks(value)].join('');
}

/**
 * `formatJson`, in pieces of at most a few megabytes each, for a report too long to be one string
 * (10,000 articles): written to a file or a pipe one piece at a time.
 *
 * @param value The report.
 * @returns The pieces of the indented JSON, the last one a newline.
 */
export function* formatJsonChunks(value: unknown): Generator<string> {
	for (const chunk of jsonChunks(value)) {
		// Each escaped character is one UTF-16 unit, so a piece never cuts one in two.
		yield chunk.replace(rawInJson, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
	}
	yield '\n';
}
