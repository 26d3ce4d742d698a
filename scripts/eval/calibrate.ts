/**
 * `npm run calibrate [-- --write]`: fits what `confidence` means, the
 * estimated chance that a reader agrees a discrepancy is a real disagreement, on the hand labels.
 * A listed discrepancy's chance is read on the held-out clusters (`labels/ecb-clusters.json`
 * for the ECB+ held-out topics, `labels/story-clusters.json` for the held-out stories): the dev
 * clusters and the seeds shaped the rules, so their listed ones are real more often than on a
 * reader's own folder (session 20: entity medium 11 of 11 there, 11 of 21 on the held-out topics).
 * The held-out clusters were read only to check rules, but for sessions 17 and 18, which had no
 * fresh data (README): they are the labelled reporting least read while the rules were made.
 * A low one's is read on the dev clusters (`labels/low-sample.json`: a random sample of the low
 * ones and every low figure, quote and attribution, each weighing for the unread low ones of its
 * kind in its cluster), the only low ones labelled.
 * Prints, for each way of stating confidence, its Brier score with each cluster left out of the
 * fit in turn (leave-one-cluster-out), over all discrepancies and over the listed ones; with
 * `--write`, writes the fitted table to `src/core/compare/rules/confidenceTable.ts`.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Discrepancy } from '../../src/core/types';
import { brierOn, fitCells, loco, type LabelledItem } from './calibration';
import { listClusters } from './evaluate';
import { ecbClustersFolder, isHeldOut } from './ecbClusters';
import { defaultClusters, defaultSeeds, heldOutClusters } from './folders';
import { ecbLabelsFile, lowSampleFile, readLabels, storyLabelsFile } from './labels';
import { storyClustersFolder, tuningStories } from './storyClusters';
import { compareCluster } from './pipeline';

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
	const listedLabels = readLabels();
	const lowLabels = readLabels(lowSampleFile);
	const folders = [...(await listClusters(defaultClusters)), ...(existsSync(defaultSeeds) ? [defaultSeeds] : [])];
	if (folders.length === 0) {
		process.stdout.write(`No labelled clusters at ${defaultClusters}: nothing to calibrate.\n`);
		return;
	}
	const items: LabelledItem[] = [];
	const unlabelled: string[] = [];
	for (const folder of folders) {
		const cluster = folder === defaultSeeds ? 'seeds' : basename(folder);
		const { comparison } = await compareCluster(folder);
		items.push(...labelledItems(cluster, comparison.discrepancies, listedLabels[cluster] ?? {}, lowLabels[cluster] ?? {}, unlabelled));
	}
	const print = (...lines: string[]) => process.stdout.write(lines.join('\n') + '\n');
	const real = items.filter((item) => item.real).length;
	print(`Labelled discrepancies read: ${items.length} (${real} real), ${items.filter((item) => item.severity !== 'low').length} of them listed`);
	if (unlabelled.length > 0) {
		print(`With no label yet (a listed one in labels/real-clusters.json, a low figure, quote or attribution in labels/low-sample.json): ${unlabelled.length}`, ...unlabelled.map((line) => `  ${line}`));
	}
	// Listed ones: the the held-out clusters. Low ones: the dev clusters' sample.
	const unseen = await unseenItems(unlabelled);
	const fitted = [...items.filter((item) => item.severity === 'low'), ...unseen];
	print(`Listed discrepancies of the held-out clusters: ${unseen.length} (${unseen.filter((item) => item.real).length} real), in ${new Set(unseen.map((item) => item.cluster)).size} clusters`);
	// The way of fitting is checked by leaving each cluster out in turn; the table shipped is then fitted on every label it reads.
	const heldOut = items.filter((item) => heldOutClusters.includes(item.cluster));
	const table = fitCells(fitted);
	// What the default list misses on real reporting: the real disagreements left at low severity,
	// estimated from the sample (omissions aside: they tell what one outlet alone carries, no disagreement).
	const disagreements = items.filter((item) => item.kind !== 'omission');
	const listedReal = disagreements.filter((item) => item.severity !== 'low' && item.real).length;
	const lowRead = disagreements.filter((item) => item.severity === 'low');
	const lowReal = lowRead.filter((item) => item.real);
	const hidden = lowReal.reduce((sum, item) => sum + item.weight, 0);
	print(
		`Real disagreements (omissions aside): ${listedReal} listed; at low severity ${lowReal.length} of the ${lowRead.length} low ones read are real, standing for about ${Math.round(hidden)} of the ${Math.round(lowRead.reduce((sum, item) => sum + item.weight, 0))} low ones; so the default list holds about ${listedReal + hidden === 0 ? '–' : (listedReal / (listedReal + hidden)).toFixed(2)} of the real disagreements (a rough estimate: each low one read stands for many)`,
	);
	print('Brier score (0 is perfect; always 0.5 scores 0.25), over all labelled discrepancies (the low ones weighed) and over the listed ones:');
	for (const row of [
		...brierOn(unseen, table, 'unseen clusters').map((row, i) => (i === 1 ? { ...row, name: 'unseen clusters: the table fitted on them all (in-sample)' } : row)),
		...brierOn(heldOut, fitCells(items.filter((item) => !heldOutClusters.includes(item.cluster))), 'held-out dev clusters, dev labels alone'),
		...loco(fitted),
	]) {
		print(`  ${row.name.padEnd(72)} all ${row.all.toFixed(3)}   listed ${row.listed.toFixed(3)}`);
	}
	print('Fitted table (kind, severity: labelled weight, share real → confidence):', ...table.map((cell) => `  ${cell.kind} ${cell.severity}: ${cell.weight.toFixed(1)} (${cell.count} read), ${cell.rate.toFixed(2)} → ${cell.confidence.toFixed(2)}`));
	if (values.write) {
		writeFileSync(join(__dirname, '..', '..', 'src', 'core', 'compare', 'rules', 'confidenceTable.ts'), tableSource(table, fitted.length, fitted.filter((item) => item.real).length));
		print('Written: src/core/compare/rules/confidenceTable.ts');
	}
}

/**
 * The labelled discrepancies of one cluster: every listed one that has a label (weight 1: they are
 * labelled in full), and the labelled low ones, each weighing for the low ones of its kind in its
 * cluster that were not read (120 low names and 6 read: 20 each; the low figures, all read: 1).
 */
function labelledItems(cluster: string, discrepancies: readonly Discrepancy[], listed: Record<string, { real: boolean }>, low: Record<string, { real: boolean }>, unlabelled: string[]): LabelledItem[] {
	const items: LabelledItem[] = [];
	const lowOnes = discrepancies.filter((discrepancy) => discrepancy.severity === 'low');
	const lowWeight = (kind: Discrepancy['kind']) => {
		const ofKind = lowOnes.filter((discrepancy) => discrepancy.kind === kind);
		return ofKind.length / ofKind.filter((discrepancy) => low[discrepancy.id]).length;
	};
	for (const discrepancy of discrepancies) {
		const { kind, severity, confidence, rank, id } = discrepancy;
		const label = severity === 'low' ? low[id] : listed[id];
		if (!label) {
			// Every listed one is labelled, and every low one of the kinds read in full (`censusKinds`).
			if (severity !== 'low' || censusKinds.has(kind)) {
				unlabelled.push(`${cluster}/${id} [${severity}]: ${discrepancy.summary}`);
			}
			continue;
		}
		items.push({ cluster, kind, severity, confidence, rank, real: label.real, weight: severity === 'low' ? lowWeight(kind) : 1 });
	}
	return items;
}

/**
 * The listed discrepancies of the the held-out clusters, with their labels: the ECB+
 * held-out topics and the held-out story clusters, where they are on disk (`.data/`).
 */
async function unseenItems(unlabelled: string[]): Promise<LabelledItem[]> {
	const sources = [
		{ folder: ecbClustersFolder, labels: readLabels(ecbLabelsFile), held: (name: string) => isHeldOut(name) },
		{ folder: storyClustersFolder, labels: readLabels(storyLabelsFile), held: (name: string) => name.startsWith('story-') && !tuningStories.includes(name) },
	];
	const items: LabelledItem[] = [];
	for (const { folder, labels, held } of sources) {
		const clusters = existsSync(folder) ? readdirSync(folder).filter(held).sort() : [];
		for (const cluster of clusters) {
			const { comparison } = await compareCluster(join(folder, cluster));
			const listed = comparison.discrepancies.filter((discrepancy) => discrepancy.severity !== 'low');
			items.push(...labelledItems(cluster, listed, labels[cluster] ?? {}, {}, unlabelled));
		}
	}
	return items;
}

/** The kinds whose low discrepancies are all read (`labels/low-sample.json`); names and omissions are sampled. */
const censusKinds = new Set<Discrepancy['kind']>(['figure', 'quote', 'attribution']);

function tableSource(table: ReturnType<typeof fitCells>, read: number, real: number): string {
	const rows = table.map(
		(cell) =>
			`\t'${cell.kind} ${cell.severity}': ${cell.confidence.toFixed(2)}, // ${cell.count === 0 ? "none read: the severity's share" : `${cell.count} read (standing for ${Math.round(cell.weight)}), ${Math.round(cell.rate * 100)}% real`}`,
	);
	return [
		'// Written by `npm run calibrate -- --write`: do not edit by hand.',
		`// Fitted on ${read} hand-labelled discrepancies (${real} real): the listed ones of the held-out clusters (ECB+ held-out topics, held-out stories), the low ones of the dev clusters' sample.`,
		'',
		"import type { DiscrepancyKind, Severity } from '../../types';",
		'',
		'/** The share of discrepancies of each kind and severity that a reader labelled real, smoothed (`confidence.ts`). */',
		'export const confidenceTable: Record<`${DiscrepancyKind} ${Severity}`, number> = {',
		...rows,
		'};',
		'',
	].join('\n');
}

main().catch((error: unknown) => {
	process.stderr.write(`calibrate: ${(error as Error).message}\n`);
	process.exitCode = 1;
});
