/**
 * The inputs of `npm run fuzz`: degenerate texts that once made a rule slow or a parser recurse,
 * each growable to any size, and ordinary prose to mix them with.
 *
 * Every generator repeats a short unit until the text reaches the size asked for, so that 10 KB,
 * 100 KB and 1 MB are the same shape at three scales; `mixed` interleaves the unit with prose
 * paragraphs, which is how such text shows up in real files (a scraped breadcrumb above the
 * story, a table of digits inside it).
 */

import { randomGenerator } from '../generateCluster';

/** A degenerate input: a name for the table and a text of about `size` characters. */
export interface FuzzCase {
	name: string;
	make: (size: number) => string;
}

/** Fictional news prose: quotes with speakers, figures, dates, names, as a real article has. */
const prose = [
	'Harbour workers in Port Selwyn voted on Tuesday to end a strike that had closed the container terminal for nine days, the union said.',
	'“We did not get everything we asked for, but we got the pay rise,” said Maren Tolvik, who chairs the dockers’ union, adding that 1,240 members took part.',
	'The port authority said the stoppage cost about $48 million in lost fees, or 27% of its quarterly income, and that ships would be cleared by March 12.',
	'Shipping minister Odile Brackwater told reporters the agreement was “fair to both sides” and that the government would not raise port charges this year.',
	'According to the Kestrel Freight Association, some 310 vessels waited offshore at the height of the dispute, twice as many as in the 2019 walkout.',
	'“It will take weeks, not days, to clear the backlog,” Brackwater added. “Nobody should expect prices to fall before the spring.”',
	'The deal raises wages by 4.5 percent from April 1 and another three percent a year later, the Nordharbour Employers’ Council said in a statement.',
	'Analysts at Grell & Sons estimated that fuel prices in the region rose by eleven cents a litre during the strike, the steepest weekly climb since 2022.',
	'Mr. Tolvik said the union would meet again in six months to review the terms. Ms. Brackwater declined to comment on whether talks with the port would resume.',
	'Some residents complained about the noise of trucks at night. “It has been chaos,” said one shop owner near the gate, who asked not to be named.',
];

/**
 * A realistic article of about `size` characters: a header, then the prose paragraphs in a varied
 * order with their figures changed, so that the names and numbers are not all identical.
 */
export function realisticArticle(size: number, seed = 7): string {
	const next = randomGenerator(seed);
	const parts = ['Dockers end strike at Port Selwyn after nine days\n', 'By Ines Varga\n', 'March 4, 2026\n\n'];
	let length = parts.join('').length;
	while (length < size) {
		const paragraph = prose[Math.floor(next() * prose.length)].replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + next())))));
		parts.push(paragraph, '\n\n');
		length += paragraph.length + 2;
	}
	return parts.join('').slice(0, size);
}

/** `unit` repeated to `size` characters. */
function repeat(unit: string, size: number): string {
	return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Prose and the degenerate unit in turns, about half each, in paragraphs of a few hundred characters. */
function mixed(unit: string, size: number): string {
	const parts: string[] = [];
	let length = 0;
	let n = 0;
	while (length < size) {
		const piece = n % 2 === 0 ? prose[(n / 2) % prose.length] : repeat(unit, 400);
		parts.push(piece, n % 2 === 0 ? ' ' : '\n\n');
		length += piece.length + 2;
		n++;
	}
	return parts.join('').slice(0, size);
}

/** A Markdown quote nested `depth` deep: "> > > … text". */
function nestedQuote(size: number): string {
	const depth = Math.max(1, Math.floor((size - 20) / 2));
	return `${'> '.repeat(depth)}The dockers voted.\n`.slice(0, Math.max(size, 20));
}

/** A Markdown list nested by indentation, each item two spaces deeper than the one before. */
function nestedList(size: number): string {
	const lines: string[] = [];
	let length = 0;
	for (let depth = 0; length < size; depth++) {
		const line = `${'  '.repeat(depth % 4000)}- item ${depth}\n`;
		lines.push(line);
		length += line.length;
	}
	return lines.join('').slice(0, size);
}

/** A headline line whose date tail is huge: "Dockers vote – March 4, 2026 March 4, 2026 …". */
function headlineTail(size: number): string {
	return `Dockers end the strike – ${repeat('March 4, 2026 at 9:12 a.m. ', size - 60)}\n\nThe vote was held on Tuesday.\n`;
}

/** The quotation marks the quote reader knows, each fuzzed as a run of its own. */
const quoteMarks: [string, string][] = [
	['straight double', '"'], ['curly open', '“'], ['curly close', '”'], ['low-9', '„'], ['guillemet open', '«'],
	['guillemet close', '»'], ['angle open', '‹'], ['angle close', '›'], ['straight single', '\''], ['single open', '‘'],
	['single close', '’'],
];

/** The degenerate units, each a short string that a run of makes the hostile text. */
const units: [string, string][] = [
	...quoteMarks.map(([name, mark]): [string, string] => [`${name} marks`, mark]),
	['quoted words', '“a ”b '],
	['dotted digits', '1.1.'],
	['digits and commas', '1,2 '],
	['!?. runs', '!?.'],
	['number words', 'one hundred and twenty three thousand '],
	['at signs', 'a@'],
	['www tokens', 'www.'],
	['URL-like', 'http://a.b/'],
	['breadcrumb', 'Aa » bb » '],
	['capitals', 'NATO '],
	['capitalised words', 'Aa '],
	['hyphenated', 'Aa-'],
	['titles', 'Mr. '],
	['READ MORE', 'READ MORE '],
	['said runs', 'said Aa, '],
	['brackets', '(['],
	['dates', 'March 4, '],
	['tiny paragraphs', 'Aa.\n\n'],
	['line breaks', '\n'],
];

/** Every case: each unit alone and mixed with prose, plus the shapes that are not one repeated unit. */
export const fuzzCases: FuzzCase[] = [
	{ name: 'realistic prose', make: (size) => realisticArticle(size) },
	{ name: 'one huge line', make: (size) => realisticArticle(size).replace(/\n+/g, ' ') },
	...units.flatMap(([name, unit]): FuzzCase[] => [
		{ name, make: (size) => repeat(unit, size) },
		{ name: `${name} + prose`, make: (size) => mixed(unit, size) },
	]),
	{ name: 'nested > quotes', make: nestedQuote },
	{ name: 'nested lists', make: nestedList },
	{ name: 'huge headline tail', make: headlineTail },
];

/** A smaller set for `--quick`: one of each family of trouble. */
export const quickCases = new Set([
	'realistic prose', 'one huge line', 'straight double marks', 'curly open marks + prose', 'quoted words', 'dotted digits',
	'!?. runs', 'number words + prose', 'at signs', 'www tokens', 'breadcrumb', 'capitals', 'hyphenated', 'titles',
	'READ MORE', 'tiny paragraphs', 'nested > quotes', 'nested lists', 'huge headline tail',
]);
