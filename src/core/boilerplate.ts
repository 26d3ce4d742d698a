import { checkBudget } from './budget';
import { isBreadcrumb } from './headerLines';
import type { Span } from './types';

/**
 * Whole lines that are site furniture, not reporting.
 * "READ MORE: Floods hit the coast", "DO NOT MISS:", "Advertisement", "Sign up for our newsletter",
 * "Updated: March 4, 2026, 9:12 AM ET",
 * "(Reporting by A; Editing by B)", "With reports from wire services", "© 2021 Example Media",
 * a wire story's revision note "(Adds analyst comment in paragraph 5)", "Our Standards: …".
 */
const boilerplateLinePattern = new RegExp(
	'^[ \\t]*(?:' +
		[
			'read (?:more|also|next)\\b',
			'related(?: (?:articles?|stories|coverage|content))?\\s*:',
			'(?:do not|don\'t|dont) miss\\b',
			'(?:most read|trending|recommended|more from)\\b.{0,40}$',
			'advertisement\\s*$',
			'(?:click|tap) here\\b',
			'(?:sign up|subscribe)\\b',
			'(?:share|follow) (?:this|us|on)\\b',
			'(?:watch|listen|video|photo|image|pictured)\\s*:',
			'copyright\\b',
			// Time stamps of the page, not of the event: "Last updated: March 4, 2026, 9:12 AM ET", "First posted 04/03/2026".
			'(?:(?:last |originally )?(?:updated|published|posted|modified)|first posted)\\b[^\\n]{0,60}$',
			'©',
			'all rights reserved',
			'\\((?:with|reporting|additional reporting|writing|editing|compiled)\\b[^\\n]*\\)\\s*$',
			// A wire story's revision note: "(Adds analyst comment in paragraph 5)", "(Updates with toll, recasts)".
			'\\((?:adds|updates|recasts|corrects|changes|rewrites|repeats|refiles|removes|inserts|fixes|writes through|tops with)\\b[^\\n]*\\)\\s*$',
			'(?:our|editorial) standards\\s*:',
			'(?:with reports? from|reporting by|additional reporting by|editing by|writing by|compiled by)\\b',
		].join('|') +
		')',
	'iu',
);

/**
 * Furniture glued to the end of a body line by a scraper:
 * "… the port reopened. READ MORE ABOUT THE FERRY STRIKE" (capitals to the line end), and
 * "… the pier stays shut. DO NOT MISS :" (the label alone).
 * NOTE: `READ MORE[^\p{Ll}]*$` tried at every "READ MORE" of a line reads to the line's end each
 * time (quadratic on "READ MORE READ MORE …"); the label is only searched after the line's last
 * lower-case letter instead, which is where any match must start.
 */
/**
 * A blog's posting line, whoever it names first: "On behalf of Orlek & Vey, LLP. posted in Harbour
 * News on Friday, May 2, 2031." or "By the desk | Posted under Courts on 3 May 2031": the page's
 * category and date, ending the line with a year. A sentence of news about a post goes on past
 * the date or gives none ("posted in the forum on Monday that she would…").
 */
const postingLinePattern = /\bposted (?:in|under) [^\n]{1,60}? on [^\n]{0,40}\b\d{4}\.?\s*$/iu;

/**
 * Whether a line ends with a year, perhaps a full stop and spaces after it ("… on March 3, 2031."):
 * read first, in a few characters, since `postingLinePattern` scans the whole line from each place
 * a word starts, and most lines end otherwise.
 */
function endsWithYear(line: string): boolean {
	let end = line.length;
	while (end > 0 && /\s/.test(line[end - 1])) {
		end--;
	}
	if (line[end - 1] === '.') {
		end--;
	}
	return end >= 4 && /^\d{4}$/.test(line.slice(end - 4, end));
}

const readMorePattern = /(?<=\s|^)READ (?:MORE|ALSO)\b/gu;
const doNotMissPattern = /(?<=\s|^)(?:DO NOT|DON'T) MISS$/u;

/** Where glued furniture starts in a line, or -1. */
function trailingBoilerplate(line: string): number {
	readMorePattern.lastIndex = lastLowerCase(line) + 1;
	const readMore = readMorePattern.exec(line);
	if (readMore) {
		return readMore.index;
	}
	// "DO NOT MISS :", "DON'T MISS": the label, then at most a colon among blanks.
	const label = line.trimEnd().replace(/:$/, '').trimEnd();
	const windowStart = Math.max(0, label.length - 20);
	const miss = doNotMissPattern.exec(label.slice(windowStart));
	return miss ? windowStart + miss.index : -1;
}

/**
 * Index of the last lower-case letter of a line (its last code unit), or -1. Read from the end,
 * where a prose line has one ("…the port reopened. READ MORE: …" stops at the "d" of "reopened"),
 * so a line costs the length of its upper-case tail; astral letters such as "𝑎" count too.
 */
function lastLowerCase(line: string): number {
	for (let i = line.length - 1; i >= 0; i--) {
		const code = line.charCodeAt(i);
		if (code < 0x80) {
			if (code >= 0x61 && code <= 0x7a) {
				return i;
			}
			continue;
		}
		const pair = code >= 0xdc00 && code < 0xe000 && i > 0 ? line.slice(i - 1, i + 1) : line[i];
		if (lowerCaseLetter.test(pair)) {
			return i;
		}
	}
	return -1;
}

const lowerCaseLetter = /^\p{Ll}$/u;

/** Longest line that can still be a whole boilerplate line (a long line is prose that happens to start alike). */
const maxBoilerplateLine = 200;

/**
 * Finds boilerplate in the body: whole lines ("READ MORE …", breadcrumbs, credit lines) and
 * segments glued at the end of a prose line.
 *
 * @param text The article's text.
 * @param bodyStart Offset where the body starts (header lines are not searched).
 * @returns Boilerplate spans, in order, trimmed of surrounding white space.
 */
export function findBoilerplate(text: string, bodyStart: number): Span[] {
	const found: Span[] = [];
	const linePattern = /[^\r\n]+/g;
	linePattern.lastIndex = bodyStart;
	for (let match = linePattern.exec(text); match; match = linePattern.exec(text)) {
		checkBudget();
		const line = match[0];
		const start = match.index;
		if (line.trim() === '') {
			continue;
		}
		if (line.length <= maxBoilerplateLine && (boilerplateLinePattern.test(line) || (endsWithYear(line) && postingLinePattern.test(line)) || isBreadcrumb(line))) {
			const lead = line.length - line.trimStart().length;
			found.push({ start: start + lead, end: start + line.trimEnd().length });
			continue;
		}
		const tail = trailingBoilerplate(line);
		// Only a tail: a line that is nothing but capitals is a subheading, not furniture.
		if (tail > 0 && /[.!?"”’]$/.test(line.slice(0, tail).trimEnd())) {
			found.push({ start: start + tail, end: start + line.trimEnd().length });
		}
	}
	return found;
}
