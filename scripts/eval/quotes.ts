/**
 * `npm run eval:quotes`: quote spans and speakers against PolNeAR, real US political news whose
 * quotes and speakers trained annotators marked. Each article is analysed on its own (no
 * comparison: the split's articles are about many events), the quotes written as a report, and
 * the report scored by `../shared/tools/polnear/score.mjs`, the scorer the project is judged by.
 *
 * Usage: node --import tsx scripts/eval/quotes.ts [split folder…] [--report <file>] [--misses <n>] [--spans <n>] [--before <characters>] [--by-outlet] [--dump <file>]
 *
 * A split folder is what `prepare.mjs` writes (`text/*.txt` and `gold.json`); by default
 * `.data/polnear-dev` and `.data/polnear-train` when present. Develop on train, check on dev: a
 * rule is kept only when dev agrees. `--misses N` prints N wrong speakers with their sentence, to
 * read (train only: dev is for checking, not for reading); `--before N` shows N characters before
 * each (across paragraphs when over 300), to see whom a pronoun follows. `--spans N` prints N gold
 * quotes that no direct quote overlaps and N direct quotes that overlap no gold quote, with the
 * kind each found quote got (train only, as `--misses`). `--by-outlet` prints, for
 * each split, the speaker figure of each outlet (the part of a file's name before its first "_")
 * and how many found quotes got no speaker: counts only, so dev may be read so too. `--dump F`
 * writes, for every found gold quote of train with a named source, one JSON line (article, region,
 * whether the speaker is right, the speakers given, the gold source): two dumps, before and after a
 * change, show every quote it moved (`diff` them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticle } from '../../src/core/analyze';
import { LineIndex } from '../../src/core/lineIndex';
import { loadArticles } from '../../src/core/load';
import type { Quote } from '../../src/core/types';

const projectRoot = join(__dirname, '..', '..');
const shared = process.env.CROSSREAD_SHARED ?? join(projectRoot, '..', 'shared');
const scorer = join(shared, 'tools', 'polnear', 'score.mjs');
const defaultSplits = ['polnear-train', 'polnear-dev'].map((name) => join(projectRoot, '.data', name));

interface GoldQuote {
	content: { start: number; end: number; text: string }[];
	source: string;
	names: string[];
}

async function main(): Promise<void> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { report: { type: 'string' }, misses: { type: 'string', default: '0' }, spans: { type: 'string', default: '0' }, before: { type: 'string', default: '300' }, 'by-outlet': { type: 'boolean', default: false }, dump: { type: 'string' } },
	});
	const splits = (positionals.length ? positionals.map((folder) => resolve(folder)) : defaultSplits).filter((folder) => {
		const ok = existsSync(join(folder, 'gold.json')) && existsSync(join(folder, 'text'));
		if (!ok && positionals.length) {console.log(`${folder}: no PolNeAR split here (text/ and gold.json, written by prepare.mjs)`);}
		return ok;
	});
	if (!splits.length) {
		console.log('No PolNeAR split found: fetch github:networkdynamics/PolNeAR, then run');
		console.log('  node ../shared/tools/polnear/prepare.mjs <its git dir> .data/polnear-train train   (and the same with dev)');
		return;
	}
	if (!existsSync(scorer)) {
		console.log(`The scorer ${scorer} is missing: set CROSSREAD_SHARED to the shared folder.`);
		process.exitCode = 1;
		return;
	}
	for (const split of splits) {
		const started = performance.now();
		const { report, quotesByName, texts } = await analyzeSplit(split);
		const seconds = (performance.now() - started) / 1000;
		const file = values.report && splits.length === 1 ? resolve(values.report) : join(mkdtempSync(join(tmpdir(), 'crossread-quotes-')), 'report.json');
		writeFileSync(file, JSON.stringify(report));
		const scored = spawnSync(process.execPath, [scorer, file, split], { encoding: 'utf8' });
		const lines = scored.stdout.trim().split('\n');
		console.log(`${basename(split)} (${report.articles.length} articles, analysed in ${seconds.toFixed(1)} s): ${lines.at(-1)}`);
		if (scored.status !== 0) {
			process.stdout.write(scored.stderr);
			process.exitCode = 1;
		}
		if (values['by-outlet']) {
			printByOutlet(split, quotesByName);
		}
		const misses = Number(values.misses);
		if (misses > 0 && basename(split).includes('train')) {
			printMisses(split, quotesByName, texts, misses, Number(values.before));
		}
		if (values.dump && basename(split).includes('train')) {
			dumpFound(split, quotesByName, resolve(values.dump));
		}
		const spans = Number(values.spans);
		if (spans > 0 && basename(split).includes('train')) {
			printSpanMisses(split, quotesByName, texts, spans);
		}
	}
}

async function analyzeSplit(split: string) {
	const { sources } = await loadArticles([join(split, 'text')]);
	const report = { articles: [] as { id: string; path: string }[], quotes: [] as object[] };
	const quotesByName = new Map<string, Quote[]>();
	const texts = new Map<string, string>();
	for (const source of sources) {
		const analysis = analyzeArticle(source);
		const { article } = analysis.parsed;
		const lines = new LineIndex(article.text);
		const name = basename(source.path, '.txt');
		report.articles.push({ id: article.id, path: source.path });
		quotesByName.set(name, analysis.quotes);
		texts.set(name, article.text);
		for (const quote of analysis.quotes) {
			report.quotes.push({
				article: article.id,
				speaker: quote.speaker?.name ?? null,
				direct: quote.direct,
				kind: quote.kind,
				start: lines.positionAt(quote.start),
				end: lines.positionAt(quote.end),
			});
		}
	}
	return { report, quotesByName, texts };
}

/**
 * The stretch a gold quote covers, from its first piece to its last: the pieces are not always in
 * the order of the text ("“…,” she said. “…”" may list the second piece first), as `score.mjs`
 * reads them too (the first quotation mark to the last).
 */
function regionOf(quote: GoldQuote): { start: number; end: number } {
	return { start: Math.min(...quote.content.map((piece) => piece.start)), end: Math.max(...quote.content.map((piece) => piece.end)) };
}

/** Gold quotes with a named source that a direct quote overlaps, each with the quotes over it. */
function foundNamed(split: string, quotesByName: Map<string, Quote[]>): { name: string; quote: GoldQuote; over: Quote[] }[] {
	const gold = JSON.parse(readFileSync(join(split, 'gold.json'), 'utf8')) as Record<string, GoldQuote[]>;
	const found: { name: string; quote: GoldQuote; over: Quote[] }[] = [];
	for (const [name, goldQuotes] of Object.entries(gold)) {
		const predicted = (quotesByName.get(name) ?? []).filter((quote) => quote.direct);
		for (const quote of goldQuotes) {
			// Gold offsets count code points; the articles here are nearly all in the BMP.
			const { start, end } = regionOf(quote);
			const over = predicted.filter((p) => p.start < end && p.end > start);
			if (quote.names.length && over.length) {
				found.push({ name, quote, over });
			}
		}
	}
	return found;
}

/** Whether a quote's speaker shares a word with the gold names, as the scorer decides (`score.mjs`). */
function speakerMatches(quote: GoldQuote, over: Quote[]): boolean {
	const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1));
	const gold = words(quote.names.join(' '));
	return over.some((p) => [...words(p.speaker?.name ?? '')].some((word) => gold.has(word)));
}

/** Writes one line per found gold quote with a named source: where it is, whether its speaker is right, and who was given. */
function dumpFound(split: string, quotesByName: Map<string, Quote[]>, file: string): void {
	const lines = foundNamed(split, quotesByName).map(({ name, quote, over }) => {
		const { start, end } = regionOf(quote);
		const right = speakerMatches(quote, over) ? 'right' : 'WRONG';
		return `${name}:${start}-${end} ${right} ${over.map((p) => p.speaker?.name ?? '(none)').join('/')} | gold ${quote.source}`;
	});
	writeFileSync(file, `${lines.join('\n')}\n`);
}

/** Prints each outlet's speaker figure, read as `--misses` reads it, and how many of its found quotes got no speaker at all. */
function printByOutlet(split: string, quotesByName: Map<string, Quote[]>): void {
	const outlets = new Map<string, { right: number; all: number; none: number }>();
	for (const { name, quote, over } of foundNamed(split, quotesByName)) {
		const outlet = name.split('_')[0];
		const counts = outlets.get(outlet) ?? { right: 0, all: 0, none: 0 };
		counts.all++;
		counts.right += speakerMatches(quote, over) ? 1 : 0;
		counts.none += over.every((p) => !p.speaker) ? 1 : 0;
		outlets.set(outlet, counts);
	}
	for (const [outlet, { right, all, none }] of [...outlets].sort()) {
		console.log(`  ${outlet.padEnd(14)} speaker ${(right / all).toFixed(3)} (${right}/${all}), ${none} found with no speaker`);
	}
}

/** Prints wrong speakers with the sentence they come from, the way the scorer decides "wrong". */
function printMisses(split: string, quotesByName: Map<string, Quote[]>, texts: Map<string, string>, limit: number, before: number): void {
	const wrong = foundNamed(split, quotesByName).filter(({ quote, over }) => !speakerMatches(quote, over));
	for (const { name, quote, over } of wrong.slice(0, limit)) {
		const text = texts.get(name);
		if (!text) {
			continue;
		}
		const { start, end } = regionOf(quote);
		const from = before > 300 ? 0 : Math.max(0, text.lastIndexOf('\n', start - 1) + 1);
		const to = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
		console.log(`\n[${name}] got ${over.map((p) => p.speaker?.name ?? '(none)').join('/')} | gold ${quote.source} (${quote.names.join(' ')})`);
		console.log(`  ${text.slice(Math.max(from, start - before), Math.min(to, end + 200)).replace(/\s+/g, ' ')}`);
	}
}

/** Gold quotes no direct quote overlaps (with what was found there), then direct quotes that overlap no gold quote. */
function printSpanMisses(split: string, quotesByName: Map<string, Quote[]>, texts: Map<string, string>, limit: number): void {
	const gold = JSON.parse(readFileSync(join(split, 'gold.json'), 'utf8')) as Record<string, GoldQuote[]>;
	const unfound: string[] = [];
	const spurious: string[] = [];
	const line = (text: string, start: number, end: number) => {
		const from = Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 200);
		const to = text.indexOf('\n', end) < 0 ? text.length : Math.min(text.indexOf('\n', end), end + 150);
		return `${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}`.replace(/\s+/g, ' ');
	};
	for (const [name, goldQuotes] of Object.entries(gold)) {
		const text = texts.get(name);
		const quotes = quotesByName.get(name) ?? [];
		if (!text) {
			continue;
		}
		const regions = goldQuotes.map(regionOf);
		for (const region of regions) {
			if (!quotes.some((p) => p.direct && p.start < region.end && p.end > region.start)) {
				const there = quotes.filter((p) => p.start < region.end && p.end > region.start).map((p) => p.kind);
				unfound.push(`[${name}] found there: ${there.join('/') || 'nothing'}\n  ${line(text, region.start, region.end)}`);
			}
		}
		for (const quote of quotes.filter((p) => p.direct)) {
			if (!regions.some((region) => quote.start < region.end && quote.end > region.start)) {
				spurious.push(`[${name}] speaker ${quote.speaker?.name ?? '(none)'}\n  ${line(text, quote.start, quote.end)}`);
			}
		}
	}
	console.log(`\n${unfound.length} gold quotes not found:`);
	unfound.slice(0, limit).forEach((entry) => console.log(entry));
	console.log(`\n${spurious.length} direct quotes over no gold quote:`);
	spurious.slice(0, limit).forEach((entry) => console.log(entry));
}

main().catch((error: unknown) => {
	console.error(error instanceof Error ? error.stack : error);
	process.exitCode = 1;
});
