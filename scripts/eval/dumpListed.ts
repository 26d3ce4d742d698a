/**
 * `node --import tsx scripts/eval/dumpListed.ts [clusters…]`: every discrepancy the default
 * report lists (medium and up) on untouched clusters, with its label (or `UNLABELLED`) and each
 * outlet's passage, for labelling by hand. A name `story-…` is a story cluster
 * (`.data/story-clusters`, labels in `story-clusters.json`); `held-out-stories` is every story
 * cluster not read while tuning. A name such as `36_ecbplus` that `../shared` does not hold is an
 * ECB+ cluster of `.data/ecb-clusters` (`ecbClusters.ts`, labels in `ecb-clusters.json`);
 * `ecb-tuning` and `ecb-held-out` stand for those clusters.
 * Prints; changes nothing.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { defaultClusters, defaultSeeds } from './folders';
import { ecbClustersFolder, isHeldOut } from './ecbClusters';
import { ecbLabelsFile, readLabels, storyLabelsFile } from './labels';
import { compareCluster } from './pipeline';
import { sentenceAround } from './sentenceAround';
import { storyClustersFolder, tuningStories } from './storyClusters';

/** The story clusters on disk that no rule was read from. */
function heldOutStories(): string[] {
	const all = existsSync(storyClustersFolder) ? readdirSync(storyClustersFolder) : [];
	return all.filter((name) => name.startsWith('story-') && !tuningStories.includes(name)).sort();
}

/** The ECB+ clusters on disk, held out or read while tuning. */
function ecbClusters(heldOut: boolean): string[] {
	const all = existsSync(ecbClustersFolder) ? readdirSync(ecbClustersFolder) : [];
	return all.filter((name) => isHeldOut(name) === heldOut).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The folder a cluster name stands for: the seeds, a story cluster, a dev cluster or an ECB+ cluster. */
function folderOf(name: string): string {
	if (name === 'seeds') {
		return defaultSeeds;
	}
	if (name.startsWith('story-')) {
		return join(storyClustersFolder, name);
	}
	return existsSync(join(defaultClusters, name)) ? join(defaultClusters, name) : join(ecbClustersFolder, name);
}

/** A name as given, or the clusters a group name stands for. */
function expand(name: string): string[] {
	switch (name) {
		case 'held-out-stories':
			return heldOutStories();
		case 'ecb-tuning':
			return ecbClusters(false);
		case 'ecb-held-out':
			return ecbClusters(true);
		default:
			return [name];
	}
}

async function main(): Promise<void> {
	const labels = { ...readLabels(), ...readLabels(storyLabelsFile), ...readLabels(ecbLabelsFile) };
	const names = process.argv.slice(2).flatMap(expand);
	const folders = names.map(folderOf);
	for (const folder of folders.filter((f) => existsSync(f))) {
		const cluster = folder === defaultSeeds ? 'seeds' : basename(folder);
		const { comparison, files, texts } = await compareCluster(folder);
		const sentenceAt = (article: string, start: number, end: number) => sentenceAround(texts.get(article) ?? '', start, end);
		const listed = comparison.discrepancies.filter((d) => d.severity !== 'low');
		process.stdout.write(`=== ${cluster}: ${listed.length} listed\n`);
		for (const d of listed) {
			const label = labels[cluster]?.[d.id];
			const verdict = label ? `${label.real ? 'REAL' : 'noise'}: ${label.reason}` : 'UNLABELLED';
			process.stdout.write(`\n[${d.id}] ${d.severity} conf ${d.confidence.toFixed(2)} ${verdict}\n  ${d.summary}\n  reason: ${d.reason}\n`);
			for (const m of d.mentions) {
				process.stdout.write(`   ${m.odd ? '*' : ' '} ${files.get(m.article)} [${m.variant}] ${m.text.replace(/\s+/g, ' ').slice(0, 400)}\n`);
				if (process.env.FULL) {
					process.stdout.write(`        ⟨${sentenceAt(m.article, m.start, m.end).slice(0, 500)}⟩\n`);
				}
			}
		}
		process.stdout.write('\n');
	}
}

main().catch((error: unknown) => {
	process.stderr.write(`dumpListed: ${(error as Error).message}\n`);
	process.exitCode = 1;
});
