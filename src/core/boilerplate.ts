import { breadcrumbPattern } from './header';
import type { Span } from './types';

/**
 * Whole lines that are site furniture, not reporting.
 * "READ MORE: Floods hit the coast", "DO NOT MISS:", "Advertisement", "Sign up for our newsletter",
 * "Updated: March 4, 2026, 9:12 AM ET",
 * "(Reporting by A; Editing by B)", "With reports from Reuters and AFP", "© 2021 Example Media".
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
			'(?:with reports? from|reporting by|additional reporting by|editing by|writing by|compiled by)\\b',
		].join('|') +
		')',
	'iu',
);

/**
 * Furniture glued to the end of a body line by a scraper:
 * "… set to boycott. READ MORE ABOUT STAR'S KILLER LAUGHING" (capitals to the line end), and
 * "… no civil servant. DO NOT MISS :" (the label alone).
 */
const trailingBoilerplatePatterns = [/(?<=\s|^)READ (?:MORE|ALSO)\b[^\n\r\p{Ll}]*$/u, /(?<=\s|^)(?:DO NOT|DON'T) MISS\s*:?\s*$/u];

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
		const line = match[0];
		const start = match.index;
		if (line.trim() === '') {
			continue;
		}
		if (line.length <= maxBoilerplateLine && (boilerplateLinePattern.test(line) || breadcrumbPattern.test(line))) {
			const lead = line.length - line.trimStart().length;
			found.push({ start: start + lead, end: start + line.trimEnd().length });
			continue;
		}
		for (const pattern of trailingBoilerplatePatterns) {
			const tail = pattern.exec(line);
			// Only a tail: a line that is nothing but capitals is a subheading, not furniture.
			if (tail && tail.index > 0 && /[.!?"”’]\s*$/.test(line.slice(0, tail.index))) {
				found.push({ start: start + tail.index, end: start + line.trimEnd().length });
				break;
			}
		}
	}
	return found;
}
