/**
 * Judges the growth of each stage's time and memory and prints the Markdown tables.
 *
 * The rule: per tenfold size, time may grow at most `maxGrowth` times (linear is 10, n·log n about
 * 12-14, quadratic 100). Times below `timeFloorMs` are raised to it first: on a shared machine a
 * stage that takes 8 ms at 10 KB and 400 ms at 100 KB (one collection, one busy neighbour) is
 * noise, not a trend; a quadratic stage still fails one size later (100 ms at 100 KB, 10 s at 1 MB). Memory is judged alike on the heap
 * retained by the stage's result (floor `heapFloorMB`).
 */
import type { StageResult } from './child';

export const maxGrowth = 20;
export const timeFloorMs = 100;
export const heapFloorMB = 4;

/** The results of one case and stage at every size. */
export interface Row {
	caseName: string;
	stage: string;
	bySize: Map<number, StageResult | 'skipped'>;
}

/** Growth per tenfold size from the smaller to the larger of two results, raised to the floors. */
function growth(small: StageResult, large: StageResult, key: 'ms' | 'heapMB', floor: number): number {
	return Math.max(large[key] ?? 0, floor) / Math.max(small[key] ?? 0, floor);
}

/** Why a row fails, or undefined when it passes. */
export function verdict(row: Row, sizes: number[]): string | undefined {
	for (const size of sizes) {
		const result = row.bySize.get(size);
		if (result === 'skipped') {
			return 'not run: failed at a smaller size';
		}
		if (result?.error) {
			return `${formatSize(size)}: ${result.error}`;
		}
	}
	for (let i = 1; i < sizes.length; i++) {
		const small = row.bySize.get(sizes[i - 1]) as StageResult | undefined;
		const large = row.bySize.get(sizes[i]) as StageResult | undefined;
		if (!small || !large) {
			continue;
		}
		const perTenfold = Math.log(sizes[i] / sizes[i - 1]) / Math.log(10);
		const time = growth(small, large, 'ms', timeFloorMs) ** (1 / perTenfold);
		const heap = growth(small, large, 'heapMB', heapFloorMB) ** (1 / perTenfold);
		if (time > maxGrowth) {
			return `time ×${time.toFixed(0)} per 10× size`;
		}
		if (heap > maxGrowth) {
			return `memory ×${heap.toFixed(0)} per 10× size`;
		}
	}
	return undefined;
}

export function formatSize(size: number): string {
	return size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`;
}

function cell(result: StageResult | 'skipped' | undefined): string {
	if (!result || result === 'skipped') {
		return '–';
	}
	if (result.error) {
		return result.error.startsWith('timeout') ? '**hang**' : '**crash**';
	}
	return formatMs(result.ms!);
}

function formatMs(ms: number): string {
	return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

/** The largest growth per tenfold over the sizes that ran, for the table. */
function worstGrowth(row: Row, sizes: number[]): string {
	let worst: number | undefined;
	for (let i = 1; i < sizes.length; i++) {
		const small = row.bySize.get(sizes[i - 1]);
		const large = row.bySize.get(sizes[i]);
		if (small && large && small !== 'skipped' && large !== 'skipped' && small.ms !== undefined && large.ms !== undefined) {
			const perTenfold = Math.log(sizes[i] / sizes[i - 1]) / Math.log(10);
			const value = growth(small, large, 'ms', timeFloorMs) ** (1 / perTenfold);
			worst = Math.max(worst ?? 0, value);
		}
	}
	return worst === undefined ? '–' : `×${worst.toFixed(1)}`;
}

/**
 * One line per case: the whole analysis at each size, its growth and memory at the largest size,
 * and the stages that fail (the README's table).
 */
export function summaryTable(rows: Row[], sizes: number[]): string {
	const largest = sizes[sizes.length - 1];
	const lines = [
		`| Input | ${sizes.map(formatSize).join(' | ')} | growth per 10× | heap at ${formatSize(largest)} | failing stages |`,
		`|---|${sizes.map(() => '---:').join('|')}|---:|---:|---|`,
	];
	const cases = [...new Set(rows.map((row) => row.caseName))];
	for (const caseName of cases) {
		const ofCase = rows.filter((row) => row.caseName === caseName);
		const whole = ofCase.find((row) => row.stage === 'analyze')!;
		const failing = compactReasons(ofCase.filter((row) => verdict(row, sizes)).map((row) => [row.stage, shorten(verdict(row, sizes)!)]));
		const at = whole.bySize.get(largest);
		const heap = at && at !== 'skipped' && at.heapMB !== undefined ? `${at.heapMB.toFixed(0)} MB` : '–';
		lines.push(`| ${caseName} | ${sizes.map((size) => cell(whole.bySize.get(size))).join(' | ')} | ${worstGrowth(whole, sizes)} | ${heap} | ${failing || 'none'} |`);
	}
	return lines.join('\n');
}

/** "1 MB: timeout after 5 s" → "> 5 s at 1 MB"; "10 KB: RangeError: Maximum call stack…" → "stack overflow at 10 KB". */
function shorten(reason: string): string {
	const [, size, error] = /^(\d+ [KM]B): (.*)$/.exec(reason) ?? [];
	if (!size) {
		return reason.replace(/^not run: failed at a smaller size$/, 'after failing').replace(/^time ×(\d+) per 10× size$/, 'time ×$1 per 10×');
	}
	const timeout = /^timeout after (\S+) s$/.exec(error);
	const what = timeout ? `> ${timeout[1]} s` : /Maximum call stack/.test(error) ? 'stack overflow' : error;
	return `${what} at ${size}`;
}

/** Stages that fail alike, grouped: "quotes, speakers: > 5 s at 10 KB; names: time ×44 per 10×". */
function compactReasons(failures: string[][]): string {
	const byReason = new Map<string, string[]>();
	for (const [stage, reason] of failures) {
		byReason.set(reason, [...(byReason.get(reason) ?? []), stage]);
	}
	return [...byReason].map(([reason, stages]) => `${stages.join(', ')}: ${reason}`).join('; ');
}

/** Every case and stage: time at each size, growth, memory, verdict. */
export function detailTable(rows: Row[], sizes: number[]): string {
	const largest = sizes[sizes.length - 1];
	const lines = [
		`| Input | Stage | ${sizes.map(formatSize).join(' | ')} | growth per 10× | heap / RSS Δ at ${formatSize(largest)} | verdict |`,
		`|---|---|${sizes.map(() => '---:').join('|')}|---:|---:|---|`,
	];
	for (const row of rows) {
		const at = row.bySize.get(largest);
		const memory = at && at !== 'skipped' && at.heapMB !== undefined ? `${at.heapMB.toFixed(0)} / ${at.rssMB!.toFixed(0)} MB` : '–';
		lines.push(`| ${row.caseName} | ${row.stage} | ${sizes.map((size) => cell(row.bySize.get(size))).join(' | ')} | ${worstGrowth(row, sizes)} | ${memory} | ${shorten(verdict(row, sizes) ?? 'ok')} |`);
	}
	return lines.join('\n');
}
