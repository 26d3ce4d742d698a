import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import { printable, stripControls } from './core/report/controlCharacters';
import type { DiscrepancyKind, Severity } from './core/types';
import { writeReport } from './core/safeWrite';
import { reportEach } from './cli/each';
import { serveEvents } from './cli/eachWorker';
import { reportFolder, type ReportSettings } from './cli/reportFolder';
import { say, UsageError } from './cli/usageError';
import { writeInSlices } from './cli/writeInSlices';

const usage = `Usage: crossread report <folder or files…> [options]
       crossread report --each <folder of event folders> [--jobs N] [--out-dir FOLDER] [options]
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
      --each                         each subfolder is one event: one report per event, written
                                     to --out-dir as <event>.txt, .md or .json; an event that
                                     fails is named on one line and the others still reported
      --jobs <n>                     events reported at once with --each, each in a worker thread
                                     (default: the number of cores)
      --out-dir <folder>             where --each writes (default: <folder>-reports beside it)
      --ignore-file <file>           the ignore list (default: .crossread.json in the first folder)
      --show-ignored                 list the ignored discrepancies too, apart
      --time-limit <seconds>         the longest one article's analysis may take, per MB of text
                                     (default: 5); a slower article is left out with a warning
      --no-color                     no colours in text output (also: NO_COLOR=1)
  -h, --help                         show this help
  -v, --version                      show the version`;

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
				each: { type: 'boolean', default: false },
				jobs: { type: 'string' },
				'out-dir': { type: 'string' },
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

	const settings: ReportSettings = {
		format,
		filter,
		ignoreFile: values['ignore-file'],
		showIgnored: values['show-ignored'],
		timeLimitMs: timeLimit * 1000,
		colour: !values.out && !values.each && Boolean(process.stdout.isTTY) && !values['no-color'] && !process.env.NO_COLOR,
	};
	if (values.each) {
		process.exitCode = await reportEach({ root: eachRoot(paths, values.out), outDir: values['out-dir'], jobs: readJobs(values.jobs), settings, workerScript: __filename }, say);
		return;
	}
	if (values.jobs !== undefined || values['out-dir'] !== undefined) {
		throw new UsageError('--jobs and --out-dir go with --each (a folder of event folders)', 2);
	}
	const { output, warnings, inputs } = await reportFolder(paths, settings);
	warnings.forEach(say);
	if (values.out) {
		// Never over an article, a link or a file that is not a report; atomically (see `writeReport`).
		const refused = await writeReport(values.out, output, inputs);
		if (refused) {
			throw new UsageError(printable(refused.error));
		}
		say(`report written to ${printable(values.out)}`);
	} else {
		for (const piece of output) {
			writeInSlices(piece, (slice) => process.stdout.write(slice));
		}
	}
}

/** The one folder `--each` reports on. */
function eachRoot(paths: string[], out: string | undefined): string {
	if (paths.length !== 1 || out !== undefined) {
		throw new UsageError('--each takes one folder of event folders, and writes with --out-dir, not --out', 2);
	}
	return paths[0];
}

function readJobs(jobs: string | undefined): number | undefined {
	if (jobs === undefined) {
		return undefined;
	}
	const count = Number(jobs);
	if (!Number.isInteger(count) || count < 1) {
		throw new UsageError(`--jobs takes a whole number above 0, not "${jobs}"`, 2);
	}
	return count;
}

const severities: Severity[] = ['low', 'medium', 'high'];
const kinds: DiscrepancyKind[] = ['figure', 'quote', 'entity', 'attribution', 'omission'];

function readFilter(minSeverity: string | undefined, kindList: string | undefined): ReportSettings['filter'] {
	if (!severities.includes(minSeverity as Severity)) {
		throw new UsageError(`unknown severity "${minSeverity}": use low, medium or high`, 2);
	}
	const filter: ReportSettings['filter'] = { minSeverity: minSeverity as Severity };
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

if (isMainThread) {
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
			error.warnings.forEach(say);
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
} else {
	// A worker of `--each`: the same script, serving one event at a time.
	serveEvents();
}
