/**
 * `node --import tsx scripts/eval/sampleLow.ts [--per-cluster N] [--seed S]`: a seeded random
 * sample of the discrepancies the default report leaves at low severity on the untouched dev
 * clusters and the seed articles, each with every outlet's passage and its label if it has one
 * (`labels/low-sample.json`), for labelling by hand. The listed ones are labelled in full
 * (`labels/real-clusters.json`); the low ones are too many to read, so a sample of them, drawn
 * independently of what the rules say of them, tells how often a low one is real: the data
 * `confidence` is calibrated on (`calibrate.ts`). Prints; changes nothing.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { listClusters } from './evaluate';
import { defaultClusters, defaultSeeds } from './folders';
import { lowSampleFile, readLabels } from './labels';
import { compareCluster } from './pipeline';
import { sentenceAround } from './sentenceAround';
import { seededRandom } from './random';
import { drawLowSample, lowSampleDraw } from './lowSample';

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { 'per-cluster': { type: 'string', default: String(lowSampleDraw.perCluster) }, seed: { type: 'string', default: lowSampleDraw.seed } } });
	const labels = existsSync(lowSampleFile) ? readLabels(lowSampleFile) : {};
	const folders = [...(await listClusters(defaultClusters)), ...(existsSync(defaultSeeds) ? [defaultSeeds] : [])];
	if (folders.length === 0) {
		process.stdout.write(`No labelled clusters at ${defaultClusters}: nothing to sample.\n`);
	}
	for (const folder of folders) {
		const cluster = folder === defaultSeeds ? 'seeds' : basename(folder);
		const { comparison, files, texts } = await compareCluster(folder);
		const sentenceAt = (article: string, start: number, end: number) => sentenceAround(texts.get(article) ?? '', start, end);
		const { drawn, population } = drawLowSample(comparison.discrepancies, seededRandom(`${values.seed}|${cluster}`), Number(values['per-cluster']));
		process.stdout.write(`=== ${cluster}: ${drawn.length} drawn of ${population} low\n`);
		for (const d of drawn) {
			const label = labels[cluster]?.[d.id];
			const verdict = label ? `${label.real ? 'REAL' : 'noise'}: ${label.reason}` : 'UNLABELLED';
			process.stdout.write(`\n[${d.id}] ${d.severity} conf ${d.confidence.toFixed(2)} ${verdict}\n  ${d.summary}\n  reason: ${d.reason}\n`);
			for (const m of d.mentions.slice(0, 6)) {
				process.stdout.write(`   ${m.odd ? '*' : ' '} ${files.get(m.article)} ⟨${sentenceAt(m.article, m.start, m.end).slice(0, 400)}⟩\n`);
			}
		}
		process.stdout.write('\n');
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`sampleLow: ${(error as Error).message}\n`);
	process.exitCode = 1;
});
