/**
 * `npm run fuzz`: every stage of the per-article analysis on degenerate inputs of 10 KB, 100 KB
 * and 1 MB, each in a child process with a hard timeout. Prints a Markdown summary (the README's
 * table) and the detail per stage, then times a realistic 1 MB and 10 MB article.
 * Exits non-zero when any stage throws, hangs, or grows faster than near-linear (see table.ts).
 *
 *   npm run fuzz -- [--quick] [--timeout SECONDS] [--only NAME,NAME] [--out FILE] [--no-big]
 *
 * `--quick`: a subset of the cases at 10 KB and 100 KB, and no 10 MB run.
 * `--big-only`: only the 1 MB / 10 MB runs of the whole analysis.
 */
import { writeFileSync } from 'node:fs';
import type { StageResult } from './child';
import { fuzzCases, quickCases } from './generators';
import { bundleChild, runTask } from './runner';
import { stages } from './stages';
import { detailTable, formatSize, maxGrowth, summaryTable, verdict } from './table';
import type { Row } from './table';

/** Cases also analysed whole at 10 MB, beside realistic prose. */
const bigCases = ['realistic prose', 'one huge line', 'tiny paragraphs', 'tiny paragraphs + prose', 'straight double marks + prose', 'dotted digits', 'hyphenated', 'capitals + prose', 'nested > quotes'];

/** The goal for the whole analysis: 10 MB in under this many times the time of 1 MB. */
const maxBigRatio = 10;

function option(name: string): string | undefined {
	const at = process.argv.indexOf(name);
	return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<number> {
	const quick = process.argv.includes('--quick');
	const only = option('--only')?.split(',');
	const timeoutMs = Number(option('--timeout') ?? (quick ? 30 : 60)) * 1000;
	const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
	const cases = fuzzCases.filter((c) => (only ? only.includes(c.name) : !quick || quickCases.has(c.name)));
	const child = await bundleChild();

	const rows: Row[] = cases.flatMap((c) => stages.map((stage) => ({ caseName: c.name, stage: stage.name, bySize: new Map() })));
	const started = performance.now();
	for (const fuzzCase of process.argv.includes('--big-only') ? [] : cases) {
		const ofCase = rows.filter((row) => row.caseName === fuzzCase.name);
		for (const size of sizes) {
			// A stage that failed at a smaller size is not run again at a larger one (it would only hang longer).
			const pending = ofCase.filter((row) => [...row.bySize.values()].every((r) => r !== 'skipped' && !r.error));
			ofCase.filter((row) => !pending.includes(row)).forEach((row) => row.bySize.set(size, 'skipped'));
			if (pending.length === 0) {
				continue;
			}
			const results = await runTask(child, { caseName: fuzzCase.name, size, stages: pending.map((row) => row.stage) }, timeoutMs);
			results.forEach((result, i) => pending[i].bySize.set(size, result));
		}
		const failed = ofCase.filter((row) => verdict(row, sizes));
		process.stderr.write(`${fuzzCase.name}: ${failed.length === 0 ? 'ok' : failed.map((row) => `${row.stage} ${verdict(row, sizes)}`).join('; ')}\n`);
	}

	const failures = rows.filter((row) => row.bySize.size > 0 && verdict(row, sizes));
	const output = [
		`## Fuzz: ${cases.length} inputs × ${stages.length} stages at ${sizes.map(formatSize).join(', ')} (${((performance.now() - started) / 1000).toFixed(0)} s; timeout ${timeoutMs / 1000} s a stage)`,
		'',
		summaryTable(rows, sizes),
		'',
		'<details><summary>Every stage</summary>',
		'',
		detailTable(rows, sizes),
		'',
		'</details>',
	];
	let bigFailed = false;
	if (!quick && !process.argv.includes('--no-big')) {
		const big = await bigRuns(child, cases.map((c) => c.name).filter((name) => bigCases.includes(name)), timeoutMs * 10);
		output.push('', big.table);
		bigFailed = big.failed;
	}
	output.push('', failures.length === 0 && !bigFailed
		? `All stages stay near-linear (at most ×${maxGrowth} time per 10× size).`
		: `${failures.length} stage(s) fail${bigFailed ? ', and a 10 MB article takes more than 10× the time of 1 MB' : ''}.`);
	const text = output.join('\n');
	console.log(text);
	const out = option('--out');
	if (out) {
		writeFileSync(out, `${text}\n`);
	}
	return failures.length === 0 && !bigFailed ? 0 : 1;
}

/** The whole analysis at 1 MB and 10 MB: the "10 MB article" goal. */
async function bigRuns(child: string, names: string[], timeoutMs: number): Promise<{ table: string; failed: boolean }> {
	const lines = ['| Whole analysis | 1 MB | 10 MB | ratio | heap at 10 MB |', '|---|---:|---:|---:|---:|'];
	let failed = false;
	for (const caseName of names) {
		const [one] = await runTask(child, { caseName, size: 1_000_000, stages: ['analyze'] }, timeoutMs);
		const [ten]: StageResult[] = one.error ? [{ stage: 'analyze', error: 'not run' }] : await runTask(child, { caseName, size: 10_000_000, stages: ['analyze'] }, timeoutMs);
		const ratio = one.ms !== undefined && ten.ms !== undefined ? ten.ms / one.ms : undefined;
		failed ||= ratio === undefined || ratio >= maxBigRatio;
		const show = (r: StageResult) => (r.ms !== undefined ? `${(r.ms / 1000).toFixed(2)} s` : `**${r.error}**`);
		lines.push(`| ${caseName} | ${show(one)} | ${show(ten)} | ${ratio === undefined ? '–' : `×${ratio.toFixed(1)}`} | ${ten.heapMB !== undefined ? `${ten.heapMB.toFixed(0)} MB` : '–'} |`);
		process.stderr.write(`10 MB ${caseName}: ${show(ten)}\n`);
	}
	return { table: lines.join('\n'), failed };
}

main().then((code) => process.exit(code));
