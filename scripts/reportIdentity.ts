/**
 * `npx tsx scripts/reportIdentity.ts <output folder> [folder…]`: writes what a change to the
 * comparison must leave byte-identical, to `diff -r` against the same run on another commit.
 *
 * For each folder (default: every folder of ../shared/dev-clusters, ../shared/seeds, the samples
 * and .data/ecb-clusters/*):
 * - `<name>.json`: `crossread report --format json --min-severity low` (every discrepancy listed);
 * - `<name>.edited.json`: the editor's incremental comparison of the folder after a few edits
 *   (a figure changed, a sentence cut, a sentence doubled, each in another article), as the same
 *   JSON report. It is also checked, in the run, against the edited folder compared from scratch:
 *   a difference is printed and the run exits with 1.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { reportFolder } from '../src/cli/reportFolder';
import { analyzeArticle, combineAnalyses } from '../src/core/analyze';
import { compareCorpus } from '../src/core/compare/compare';
import { IncrementalComparer } from '../src/core/compare/incremental/comparer';
import { FolderNames } from '../src/core/compare/incremental/folderNames';
import { compareArticles } from '../src/core/pipeline';
import { formatJsonChunks } from '../src/core/report/controlCharacters';
import { buildReport } from '../src/core/report/model';
import type { ArticleAnalysis, CorpusAnalysis } from '../src/core/types';

const root = join(__dirname, '..');
const [out, ...given] = process.argv.slice(2);
if (!out) {
	console.error('usage: reportIdentity.ts <output folder> [folder…]');
	process.exit(2);
}

function subfolders(folder: string): string[] {
	return existsSync(folder)
		? readdirSync(folder)
				.map((name) => join(folder, name))
				.filter((path) => statSync(path).isDirectory())
				.sort()
		: [];
}

const folders =
	given.length > 0
		? given
		: [
				...subfolders(join(root, '..', 'shared', 'dev-clusters')),
				join(root, '..', 'shared', 'seeds'),
				...subfolders(join(root, 'samples')),
				...subfolders(join(root, '.data', 'ecb-clusters')),
			];

/** A report as one JSON text. */
function json(corpus: CorpusAnalysis, comparison: ReturnType<typeof compareCorpus>): string {
	return [...formatJsonChunks(buildReport(corpus, comparison, { minSeverity: 'low' }))].join('');
}

/** An article's text after one of three edits (its first figure changed, its second sentence cut, its third doubled). */
function edited(text: string, which: number): string {
	const body = Math.max(0, text.indexOf('\n\n'));
	const sentences = [...text.slice(body).matchAll(/[^.\n]+\.\s?/g)].map((match) => ({ start: body + match.index!, end: body + match.index! + match[0].length }));
	if (which === 0 && /\d/.test(text.slice(body))) {
		return text.slice(0, body) + text.slice(body).replace(/\d/, (digit) => String((Number(digit) + 3) % 10));
	}
	const sentence = sentences[Math.min(sentences.length - 1, which)];
	if (!sentence) {
		return `${text} An added word.`;
	}
	return which === 1 ? text.slice(0, sentence.start) + text.slice(sentence.end) : text.slice(0, sentence.end) + text.slice(sentence.start, sentence.end) + text.slice(sentence.end);
}

async function main(): Promise<void> {
	mkdirSync(out, { recursive: true });
	let failed = 0;
	for (const folder of folders) {
		const name = `${basename(join(folder, '..'))}_${basename(folder)}`;
		const settings = { format: 'json' as const, filter: { minSeverity: 'low' as const }, showIgnored: true, timeLimitMs: 1e9, colour: false };
		const { output } = await reportFolder([folder], settings);
		writeFileSync(join(out, `${name}.json`), [...output].join(''));

		const { corpus } = await compareArticles([folder], { timeLimitMs: 1e9 });
		const start: ArticleAnalysis[] = corpus.articles.map(({ parsed }) => analyzeArticle({ id: parsed.article.id, path: parsed.article.path, text: parsed.article.text }));
		const names = new FolderNames();
		const comparer = new IncrementalComparer();
		comparer.compare(names.combine(start));
		const current = [...start];
		let incremental = '';
		let fresh = '';
		[0, 1, 2].forEach((which) => {
			const index = Math.floor(((which + 1) * current.length) / 4) % current.length;
			const { id, path, text } = current[index].parsed.article;
			current[index] = analyzeArticle({ id, path, text: edited(text, which) });
			const grouped = names.combine(current);
			incremental = json(grouped, comparer.compare(grouped));
			const expected = combineAnalyses(current);
			fresh = json(expected, compareCorpus(expected));
		});
		writeFileSync(join(out, `${name}.edited.json`), incremental);
		if (incremental !== fresh) {
			failed++;
			writeFileSync(join(out, `${name}.edited.fresh.json`), fresh);
			console.log(`${name}: the incremental comparison after edits differs from one from scratch (see ${name}.edited.fresh.json)`);
		}
		console.log(`${name}: ${corpus.articles.length} articles`);
	}
	process.exitCode = failed > 0 ? 1 : 0;
}

void main();
