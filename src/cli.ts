import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ignoreFileName, parseIgnoreFile, type IgnoreList } from './core/ignore';
import { compareArticles } from './core/pipeline';
import { formatMarkdown } from './core/report/formatMarkdown';
import { formatText } from './core/report/formatText';
import { buildReport, type ReportFilter } from './core/report/model';
import type { DiscrepancyKind, Severity } from './core/types';
import { colourStyle, plainStyle } from './core/report/style';

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

	const { loaded, corpus, comparison } = await compareArticles(paths);
	if (loaded.missing.length > 0) {
		throw new UsageError(`no such file or folder: ${loaded.missing.join(', ')}`);
	}
	for (const warning of loaded.warnings) {
		process.stderr.write(`crossread: ${warning.path}: ${warning.message}\n`);
	}
	if (loaded.sources.length === 0) {
		throw new UsageError(`no readable articles in ${paths.join(', ')} (looked for .txt, .md, .markdown, .news and .article files)`);
	}

	filter.ignore = readIgnoreList(values['ignore-file'], paths[0]);
	filter.showIgnored = values['show-ignored'];
	const report = buildReport(corpus, comparison, filter);
	const toTerminal = !values.out && process.stdout.isTTY && !values['no-color'] && !process.env.NO_COLOR;
	const output =
		format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'markdown' ? formatMarkdown(report) : formatText(report, toTerminal ? colourStyle : plainStyle);

	if (values.out) {
		try {
			writeFileSync(values.out, output);
		} catch (error) {
			throw new UsageError(`cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
		}
		process.stderr.write(`crossread: report written to ${values.out}\n`);
	} else {
		process.stdout.write(output);
	}
}

/** The ignore list: the file given, else `.crossread.json` in the first folder (absent is fine). */
function readIgnoreList(file: string | undefined, firstPath: string): IgnoreList {
	const path = file ?? (statSync(firstPath, { throwIfNoEntry: false })?.isDirectory() ? join(firstPath, ignoreFileName) : join(dirname(firstPath), ignoreFileName));
	if (!existsSync(path)) {
		if (file) {
			throw new UsageError(`no such ignore file: ${file}`);
		}
		return {};
	}
	const list = parseIgnoreFile(readFileSync(path, 'utf8'));
	if ('error' in list) {
		throw new UsageError(`${path}: ${list.error}`);
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

main(process.argv.slice(2)).catch((error: unknown) => {
	if (error instanceof UsageError) {
		process.stderr.write(`crossread: ${error.message}\n`);
		process.exitCode = error.exitCode;
	} else {
		process.stderr.write(`crossread: internal error: ${(error as Error)?.message ?? String(error)}\n`);
		if (process.env.CROSSREAD_DEBUG) {
			console.error(error);
		}
		process.exitCode = 70;
	}
});
