import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ignoreFileName, parseIgnoreFile, type IgnoreFileContent } from '../core/ignore';
import { readIgnoreFileText } from '../core/ignoreFileText';
import { compareArticles } from '../core/pipeline';
import { formatJsonChunks, printable, stripControls } from '../core/report/controlCharacters';
import { formatMarkdown } from '../core/report/formatMarkdown';
import { formatText } from '../core/report/formatText';
import { buildReport, type ReportFilter } from '../core/report/model';
import { colourStyle, plainStyle } from '../core/report/style';
import { UsageError } from './usageError';

/** How a report is made: the options of `crossread report`, read and checked. */
export interface ReportSettings {
	format: 'text' | 'markdown' | 'json';
	/** Severity and kinds listed (the ignore list is read per folder). */
	filter: Pick<ReportFilter, 'minSeverity' | 'kinds'>;
	/** `--ignore-file`, else `.crossread.json` in the first folder. */
	ignoreFile?: string;
	showIgnored: boolean;
	timeLimitMs: number;
	/** Colours in text output (a terminal only). */
	colour: boolean;
}

/** A report, with what to say about it. */
export interface FolderReport {
	/** The report's text, in pieces (a JSON report of 10,000 articles is longer than one string may be), to be read once. */
	output: Iterable<string>;
	/** One line per file or article the analysis warned about ("a.txt: skipped: …"). */
	warnings: string[];
	/** Every path read, which the report must never be written over. */
	inputs: string[];
}

/**
 * Reads, analyses and compares articles and formats their report: what `crossread report` does
 * for one event, and each worker of `--each` for one event folder.
 *
 * @param paths Files and folders of one event.
 * @param settings The checked options.
 * @returns The report's text, the warnings and the inputs.
 * @throws UsageError When nothing can be reported (no such path, no readable article, a bad ignore file).
 */
export async function reportFolder(paths: string[], settings: ReportSettings): Promise<FolderReport> {
	// Read first: the outlet names it holds go into the comparison's titles.
	const ignore = await readIgnoreList(settings.ignoreFile, paths[0]);
	const { loaded, corpus, comparison } = await compareArticles(paths, { timeLimitMs: settings.timeLimitMs, outletNames: ignore.outletNames });
	if (loaded.missing.length > 0) {
		throw new UsageError(`no such file or folder: ${loaded.missing.map(printable).join(', ')}`);
	}
	const warnings = corpus.warnings.map((warning) => `${printable(warning.path)}: ${printable(warning.message)}`);
	try {
		if (loaded.sources.length === 0) {
			throw new UsageError(`no readable articles in ${paths.map(printable).join(', ')} (looked for .txt, .md, .markdown, .news and .article files)`);
		}
		if (corpus.articles.length === 0) {
			throw new UsageError(`no article in ${paths.map(printable).join(', ')} could be analysed (see the warnings above)`);
		}
		const filter: ReportFilter = { ...settings.filter, ignore, showIgnored: settings.showIgnored };
		const report = buildReport(corpus, comparison, filter);
		// Every format is safe on a terminal: no value of an article or a file name carries a control character there.
		const output =
			settings.format === 'json' ? formatJsonChunks(report) : [settings.format === 'markdown' ? formatMarkdown(report) : formatText(report, settings.colour ? colourStyle : plainStyle)];
		const inputs = [...paths, ...loaded.sources.map((source) => source.path), ...loaded.warnings.map((warning) => warning.path)];
		return { output, warnings, inputs };
	} catch (error) {
		// The warnings come first: they often say why nothing could be reported.
		throw error instanceof UsageError ? new UsageError(error.message, error.exitCode, warnings) : error;
	}
}

/** The ignore list: the file given, else `.crossread.json` in the first folder (absent is fine). */
async function readIgnoreList(file: string | undefined, firstPath: string): Promise<IgnoreFileContent> {
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
