import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { importErrorMessage } from '../import/importError';
import { importArticle } from '../import/importArticle';

export const importUsage = `Usage: crossread import <URL or saved .html file…> [options]

Extracts the article of each web page (with Mozilla's Readability) and writes it as a Markdown
file with front matter (outlet, date, title, byline, url, retrieved), named from the outlet and
the headline, next to the articles it will be compared with. Never overwrites a file.

Options:
      --into <folder>      where to write the articles (default: the current folder)
      --timeout <seconds>  the most time for fetching one page (default: 30)
      --max-size <MB>      the largest page accepted (default: 10)
  -h, --help               show this help

A page that fails (HTTP 404, timeout, not HTML, no article in it, too large, not http or https)
is reported on one line and nothing is written for it; the others are still imported. The exit
code is 1 when any page failed, 2 for a wrong option. HTTPS_PROXY, HTTP_PROXY and NO_PROXY are
respected.`;

/** Where the command writes: standard output for the files written, standard error for failures. */
export interface ImportIo {
	out: (line: string) => void;
	err: (line: string) => void;
}

const processIo: ImportIo = {
	out: (line) => process.stdout.write(line + '\n'),
	err: (line) => process.stderr.write(line + '\n'),
};

/**
 * `crossread import`: imports each page in turn (one at a time, to be gentle with the sites),
 * one line per page: the file written on standard output, or the reason on standard error.
 *
 * @param argv The arguments after `import`.
 * @returns The exit code: 0 when every page was imported, 1 when any failed, 2 for a wrong option.
 */
export async function runImport(argv: string[], io: ImportIo = processIo): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				into: { type: 'string', default: '.' },
				timeout: { type: 'string', default: '30' },
				'max-size': { type: 'string', default: '10' },
				help: { type: 'boolean', short: 'h', default: false },
			},
		});
	} catch (error) {
		io.err(`crossread: ${(error as Error).message}\n\n${importUsage}`);
		return 2;
	}
	const { values, positionals: sources } = parsed;
	if (values.help) {
		io.out(importUsage);
		return 0;
	}
	const timeout = Number(values.timeout);
	const maxSize = Number(values['max-size']);
	if (!(timeout > 0) || !(maxSize > 0)) {
		io.err(`crossread: --timeout and --max-size take a positive number (seconds, MB)`);
		return 2;
	}
	if (statSync(values.into, { throwIfNoEntry: false })?.isDirectory() === false) {
		io.err(`crossread: --into ${values.into} is a file, not a folder`);
		return 2;
	}
	if (sources.length === 0) {
		io.err('crossread: give the URLs or saved pages to import, e.g. "crossread import https://news.example/story --into articles"');
		return 2;
	}
	let failed = 0;
	for (const source of sources) {
		try {
			const { path, article } = await importArticle(source, { into: values.into, timeoutMs: timeout * 1000, maxBytes: maxSize * 1024 * 1024 });
			io.out(`${path}  (${[article.outlet, article.title].filter(Boolean).join(': ')})`);
		} catch (error) {
			failed++;
			io.err(`crossread: ${source}: ${importErrorMessage(error)}`);
		}
	}
	return failed > 0 ? 1 : 0;
}
