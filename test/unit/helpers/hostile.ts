import * as assert from 'node:assert/strict';
import type { ArticleSource } from '../../../src/core/parse';

/**
 * Metadata a hostile (or careless) article could carry, one trick per field: a front-matter date
 * that does not parse and is an image (a beacon fired on hover), an outlet that is a live Ignore
 * link plus an OSC 8 hyperlink, a title with HTML, a screen clear and a table pipe, a by-line with
 * a right-to-left override and an OSC 52 clipboard write; and a file name with a backtick, a new
 * line, a pipe and a colour escape.
 */
export const hostile = {
	outlet: '[Ignore](command:crossread.ignoreDiscrepancy?%5B%22x%22%5D) \u001b]8;;https://evil.example\u0007Evil\u001b]8;;\u0007 $(alert)',
	date: '![x](https://evil.example/beacon.png)',
	title: '<img src=https://evil.example/t.png> \u001b[2J *Title* | cell',
	byline: '\u202eReporter\u001b]52;c;ZXZpbA==\u0007',
	path: 'desk/evil`\n| x |\u001b[31m.txt',
};

/** YAML double quotes: `\e` is ESC, `\a` is BEL, `\u202e` the override. */
function yaml(value: string): string {
	return JSON.stringify(value).replace(/\\u001b/g, '\\e').replace(/\\u0007/g, '\\a');
}

/** Three articles on one vote; the hostile one differs on the figure, so every surface shows it. */
export function hostileSources(): ArticleSource[] {
	return [
		{ id: 'plain', path: 'plain.txt', text: 'The Riverton council approved a library budget of 12 million dollars on Monday after a long debate.\n' },
		{
			id: 'hostile',
			path: hostile.path,
			text: `---\noutlet: ${yaml(hostile.outlet)}\ndate: ${yaml(hostile.date)}\ntitle: ${yaml(hostile.title)}\nbyline: ${yaml(hostile.byline)}\n---\nThe Riverton council approved a library budget of 14 million dollars on Monday after a long debate.\n`,
		},
		{ id: 'third', path: 'third.txt', text: 'On Monday the Riverton council approved a library budget of 12 million dollars after a debate.\n' },
	];
}

/** Terminal escapes, C0/C1 controls other than tab and line feed, and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- control characters are what it matches
export const controlCharacter = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Fails when a surface lets a control character through. */
export function assertNoControls(text: string, surface: string): void {
	const found = controlCharacter.exec(text);
	assert.equal(found, null, `${surface} has U+${found?.[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${found?.index}: ${JSON.stringify(text.slice(Math.max(0, (found?.index ?? 0) - 20), (found?.index ?? 0) + 20))}`);
}
