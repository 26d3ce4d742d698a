/**
 * `npm run eval`: how well the analysis finds disagreements planted in real news clusters, how
 * much it lists on untouched ones, and how well its extractors read the sample cluster's truth.
 * Printed, and written as JSON with `--json <file>`; never asserted (test/unit/eval.test.ts does that).
 *
 * Usage: node --import tsx scripts/eval/index.ts [clusters folder] [--json <file>] [--plants <n>] [--sample-plants <n>] [--seed <text>]
 *
 * The clusters folder (default: `../shared/dev-clusters` beside the project) holds one cluster
 * per subfolder; it is skipped, with a message, when absent. The sample cluster
 * (`samples/harbour-summit`) is always evaluated, with more plants per kind (default: 10 against
 * 3), since it is a single cluster.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCluster, listClusters, summarize, type ClusterEvaluation } from './evaluate';
import { readTruth, scoreExtractors } from './extractors';
import { defaultClusters, devPlantsPerKind, sampleCluster, samplePlantsPerKind } from './folders';
import { formatExtractors, formatMisses, formatNoise, formatRecall, formatTop } from './format';
import { compareCluster } from './pipeline';

/** Clusters whose top lists are printed: three, spread over the sorted list. */
const shownClusters = 3;

async function main(): Promise<void> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			json: { type: 'string' },
			plants: { type: 'string', default: String(devPlantsPerKind) },
			'sample-plants': { type: 'string', default: String(samplePlantsPerKind) },
			seed: { type: 'string', default: 'crossread' },
		},
	});
	const options = { plantsPerKind: count('--plants', values.plants), seed: values.seed };
	const sampleOptions = { ...options, plantsPerKind: count('--sample-plants', values['sample-plants']) };
	const root = resolve(positionals[0] ?? defaultClusters);
	const started = performance.now();
	const print = (...lines: string[]) => process.stdout.write(lines.join('\n') + '\n\n');
	print(
		`Crossread evaluation: seed "${options.seed}", up to ${options.plantsPerKind} plants of each kind per dev cluster and ${sampleOptions.plantsPerKind} in the sample, each alone in a fresh copy`,
	);

	const clusters = await listClusters(root);
	const dev: ClusterEvaluation[] = [];
	if (clusters.length === 0) {
		print(`No cluster folders at ${root}: the dev-cluster evaluation is skipped (give a folder of clusters, one subfolder each, as the argument).`);
	}
	for (const folder of clusters) {
		dev.push(await evaluateCluster(folder, options));
	}
	const sample = await evaluateCluster(sampleCluster, sampleOptions);
	const devSummary = summarize(dev);
	const sampleSummary = summarize([sample]);

	if (dev.length > 0) {
		print(...formatRecall(`${dev.length} dev clusters (${root})`, devSummary));
	}
	print(...formatRecall('the sample cluster (samples/harbour-summit)', sampleSummary));
	print('Missed plants', ...formatMisses([...dev, sample].flatMap((evaluation) => evaluation.plants)));
	print('Discrepancies listed on the untouched clusters', ...formatNoise(dev.length > 0 ? dev : [sample], dev.length > 0 ? devSummary : sampleSummary));
	if (dev.length > 0) {
		print(`  sample cluster: ${sample.noise.total} listed, ${sample.noise.aboveLow} above low`);
	}
	for (const evaluation of pickShown(dev.length > 0 ? dev : [sample])) {
		print(...formatTop(evaluation));
	}

	const compared = await compareCluster(sampleCluster);
	const extractors = scoreExtractors({ corpus: compared.corpus, fileOf: (article) => compared.files.get(article)! }, readTruth(sampleCluster));
	print("Extractors on the sample cluster's truth (samples/harbour-summit/truth.json)", ...formatExtractors(extractors));

	const seconds = (performance.now() - started) / 1000;
	print(`Took ${seconds.toFixed(1)} s`);
	if (values.json) {
		const figures = { seed: options.seed, plantsPerKind: options.plantsPerKind, samplePlantsPerKind: sampleOptions.plantsPerKind, clustersFolder: dev.length > 0 ? root : null, seconds, dev: dev.length > 0 ? { ...devSummary, clusters: dev } : null, sample: { ...sampleSummary, cluster: sample }, extractors };
		writeFileSync(values.json, JSON.stringify(figures, null, 2) + '\n');
		process.stderr.write(`eval: figures written to ${values.json}\n`);
	}
}

/** A command-line count: a whole number of 1 or more. */
function count(option: string, value: string | undefined): number {
	const parsed = Number(value);
	if (!Number.isInteger(parsed) || parsed < 1) {
		throw new Error(`${option} takes a whole number of 1 or more, not "${value}"`);
	}
	return parsed;
}

/** A few clusters spread over the list (first, a third in, two thirds in), for a person to read. */
function pickShown(evaluations: ClusterEvaluation[]): ClusterEvaluation[] {
	const picked = new Set(Array.from({ length: Math.min(shownClusters, evaluations.length) }, (_, n) => Math.floor((n * evaluations.length) / shownClusters)));
	return [...picked].map((index) => evaluations[index]);
}

if (!existsSync(sampleCluster)) {
	process.stderr.write(`eval: the sample cluster is missing (${sampleCluster})\n`);
	process.exitCode = 1;
} else {
	main().catch((error: unknown) => {
		process.stderr.write(`eval: ${(error as Error).message ?? String(error)}\n`);
		process.exitCode = 1;
	});
}
