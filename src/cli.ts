import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ignoreFileName, parseIgnoreFile, type IgnoreList } from './core/ignore';
import { readIgnoreFileText } from './core/ignoreFileText';
import { compareArticles } from './core/pipeline';
import { formatJson, printable, stripControls } from './core/report/controlCharacters';
import { formatMarkdown } from './core/report/formatMarkdown';
import { formatText } from './core/report/formatText';
import { buildReport, type ReportFilter } from './core/report/model';
import type { DiscrepancyKind, Severity } from './core/types';
import { colourStyle, plainStyle } from './core/report/style';
import { writeReport } from './core/safeWrite';

const usage = `Usage: crossread report <folder or files…> [options]
       crossread import <URL or saved .html file…> [--into FOLDER]   (see crossread import --help)

Reads news articles about one event, compares the outlets, and reports where they disagree,
with every article's quotes, figures and names.

Options:
  -f, --format <text|markdown|json>  output format (default: text)
      --min-severity <low|medium|high>
                                     list only discrepancies this severe or more (default: medium;
                                     the others are counted)
      --kind <kinds>                 list only these kinds, comma-separated:
                                     figure, quote, entity, attribution, omission (default: all)
  -o, --out <file>                   write the report to a file instead of standard output
      --ignore-file <file>           the ignore list (default: .crossread.json in the first folder)
      --show-ignored                 list the ignored discrepancies too, apart
      --time-limit <seconds>         the longest one article's analysis may take, per MB of text
                                     (default: 5); a slower article is left out with a warning
      --no-color                     no colours in text output (also: NO_COLOR=1)
  -h, --help                         show this help
  -v, --version                      show the version`;

/** A failure the user can fix: printed as one line, never as a stack trace. */
class UsageError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1,
	) {
		super(message);
	}
}

async function main(argv: string[]): Promise<void> {
	// `import` parses its own options; loaded only when asked for, so `report` never loads the HTML parser.
	if (argv[0] === 'import') {
		process.exitCode = await (await import('./cli/import')).runImport(argv.slice(1));
		return;
	}
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				format: { type: 'string', short: 'f', default: 'text' },
				out: { type: 'string', short: 'o' },
				'min-severity': { type: 'string', default: 'medium' },
				'ignore-file': { type: 'string' },
				'show-ignored': { type: 'boolean', default: false },
				'time-limit': { type: 'string', default: '5' },
				kind: { type: 'string' },
				'no-color': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
				version: { type: 'boolean', short: 'v', default: false },
			},
		});
	} catch (error) {
		throw new UsageError(`${(error as Error).message}\n\n${usage}`, 2);
	}
	const { values, positionals } = parsed;
	if (values.help) {
		process.stdout.write(usage + '\n');
		return;
	}
	if (values.version) {
		process.stdout.write(`${CROSSREAD_VERSION}\n`);
		return;
	}
	const [command, ...paths] = positionals;
	if (command !== 'report') {
		throw new UsageError(command ? `unknown command "${command}"\n\n${usage}` : usage, 2);
	}
	if (paths.length === 0) {
		throw new UsageError('give a folder or files to report on, e.g. "crossread report samples/harbour-summit"', 2);
	}
	const format = values.format;
	if (format !== 'text' && format !== 'markdown' && format !== 'json') {
		throw new UsageError(`unknown format "${format}": use text, markdown or json`, 2);
	}

	const filter = readFilter(values['min-severity'], values.kind);

	const timeLimit = Number(values['time-limit']);
	if (!(timeLimit > 0)) {
		throw new UsageError(`--time-limit takes a number of seconds above 0, not "${values['time-limit']}"`, 2);
	}

	const { loaded, corpus, comparison } = await compareArticles(paths, { timeLimitMs: timeLimit * 1000 });
	if (loaded.missing.length > 0) {
		throw new UsageError(`no such file or folder: ${loaded.missing.map(printable).join(', ')}`);
	}
	for (const warning of corpus.warnings) {
		say(`${printable(warning.path)}: ${printable(warning.message)}`);
	}
	if (loaded.sources.length === 0) {
		throw new UsageError(`no readable articles in ${paths.map(printable).join(', ')} (looked for .txt, .md, .markdown, .news and .article files)`);
	}
	if (corpus.articles.length === 0) {
		throw new UsageError(`no article in ${paths.map(printable).join(', ')} could be analysed (see the warnings above)`);
	}

	filter.ignore = await readIgnoreList(values['ignore-file'], paths[0]);
	filter.showIgnored = values['show-ignored'];
	const report = buildReport(corpus, comparison, filter);
	const toTerminal = !values.out && process.stdout.isTTY && !values['no-color'] && !process.env.NO_COLOR;
	// Every format is safe on a terminal: no value of an article or a file name carries a control character there.
	const output = format === 'json' ? formatJson(report) : format === 'markdown' ? formatMarkdown(report) : formatText(report, toTerminal ? colourStyle : plainStyle);

	if (values.out) {
		// Never over an article, a link or a file that is not a report; atomically (see `writeReport`).
		const inputs = [...paths, ...loaded.sources.map((source) => source.path), ...loaded.warnings.map((warning) => warning.path)];
		const refused = await writeReport(values.out, output, inputs);
		if (refused) {
			throw new UsageError(printable(refused.error));
		}
		say(`report written to ${printable(values.out)}`);
	} else {
		writeInSlices(output);
	}
}

/** The most UTF-16 units written at once: a report of 1,870 articles is 150 MB of JSON. */
const sliceLength = 1 << 20;

/**
 * Writes a long report a slice at a time, so that it never exists twice more in memory (as one
 * UTF-8 buffer of its whole length). A slice never ends between the two halves of a surrogate
 * pair, which would write two replacement characters instead of one emoji.
 */
function writeInSlices(output: string): void {
	for (let start = 0; start < output.length; ) {
		let end = Math.min(output.length, start + sliceLength);
		if (end < output.length && /[\uD800-\uDBFF]/.test(output[end - 1])) {
			end--;
		}
		process.stdout.write(output.slice(start, end));
		start = end;
	}
}

/** One line on standard error, as every message of the command line is. */
function say(line: string): void {
	process.stderr.write(`crossread: ${line}\n`);
}

/** The ignore list: the file given, else `.crossread.json` in the first folder (absent is fine). */
async function readIgnoreList(file: string | undefined, firstPath: string): Promise<IgnoreList> {
	const path = file ?? (statSync(firstPath, { throwIfNoEntry: false })?.isDirectory() ? join(firstPath, ignoreFileName) : join(dirname(firstPath), ignoreFileName));
	const read = await readIgnoreFileText(path);
	if ('error' in read) {
		throw new UsageError(`${printable(path)}: ${read.error}`);
	}
	if (read.text === undefined) {
		if (file) {
			throw new UsageError(`no such ignore file: ${printable(file)}`);
		}
		return {};
	}
	const list = parseIgnoreFile(read.text);
	if ('error' in list) {
		throw new UsageError(`${printable(path)}: ${stripControls(list.error)}`);
	}
	return list;
}

const severities: Severity[] = ['low', 'medium', 'high'];
const kinds: DiscrepancyKind[] = ['figure', 'quote', 'entity', 'attribution', 'omission'];

function readFilter(minSeverity: string | undefined, kindList: string | undefined): ReportFilter {
	if (!severities.includes(minSeverity as Severity)) {
		throw new UsageError(`unknown severity "${minSeverity}": use low, medium or high`, 2);
	}
	const filter: ReportFilter = { minSeverity: minSeverity as Severity };
	if (kindList !== undefined) {
		const wanted = kindList.split(',').map((kind) => kind.trim()).filter(Boolean);
		const unknown = wanted.filter((kind) => !kinds.includes(kind as DiscrepancyKind));
		if (unknown.length > 0 || wanted.length === 0) {
			throw new UsageError(`unknown kind "${unknown.join(', ') || kindList}": use ${kinds.join(', ')}`, 2);
		}
		filter.kinds = wanted as DiscrepancyKind[];
	}
	return filter;
}

declare const CROSSREAD_VERSION: string;

// `crossread report … | head`: the reader has all they wanted when the pipe closes; stop quietly.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			process.exit(process.exitCode ?? 0);
		}
		throw error;
	});
}

main(process.argv.slice(2)).catch((error: unknown) => {
	if (error instanceof UsageError) {
		say(stripControls(error.message));
		process.exitCode = error.exitCode;
	} else {
		say(`internal error: ${stripControls((error as Error)?.message ?? String(error))}`);
		if (process.env.CROSSREAD_DEBUG) {
			console.error(error);
		}
		process.exitCode = 70;
	}
});
