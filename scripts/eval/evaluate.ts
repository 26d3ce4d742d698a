import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Severity } from '../../src/core/types';
import { diagnoseMiss } from './diagnose';
import { describePlant, plantInCopy, plantKinds, type Plant, type PlantKind } from './plant';
import { compareCluster, type ComparedCluster } from './pipeline';
import { schemes, type Scheme } from './plants/counterparts';
import { datePlants } from './plants/date';
import { figurePlants } from './plants/figure';
import { namePlants } from './plants/name';
import { quotePlants } from './plants/quote';
import { seededRandom, type Random } from './random';
import { detect, noiseOf, recallBy, type Noise, type Recall } from './score';

/** How the evaluation chooses its plants. */
export interface EvaluationOptions {
	/** Changes of each kind planted per cluster and scheme, each alone in a fresh copy (default: 3). */
	plantsPerKind?: number;
	/** How counterparts are chosen (default: every scheme, each planted and reported apart). */
	schemes?: readonly Scheme[];
	/** Seed of every random choice: the same seed plants the same changes (default: `crossread`). */
	seed?: string;
}

/** One planted change and what the analysis made of it. */
export interface PlantResult {
	/** The cluster's folder name. */
	cluster: string;
	/** What kind of change. */
	kind: PlantKind;
	/** How exactly (`modal`, `i→y`, `invented`…). */
	variant: string;
	/** How its counterpart was chosen (`near copy`, `any counterpart`). */
	scheme: string;
	/** The changed article. */
	article: string;
	/** An article that carries the same claim unchanged. */
	witness: string;
	/** The change, as the words around it before and after. */
	change: string;
	/** Reported, at any severity, as a discrepancy of the right kind that covers the new text in the changed file. */
	found: boolean;
	/** The summary of that discrepancy. */
	reportedAs?: string;
	/** Its severity: above low, a reader sees it without lowering the default threshold. */
	severity?: Severity;
	/** For a miss: where the change was lost. */
	diagnosis?: string;
}

/** A discrepancy as a reader sees it in a list. */
export interface ListedDiscrepancy {
	/** Its stable id (the key of its label). */
	id: string;
	/** How much it matters. */
	severity: Severity;
	/** What kind of disagreement. */
	kind: string;
	/** Its one line. */
	summary: string;
	/** What the analysis says of it: the estimated chance that a reader agrees it is a real disagreement. */
	confidence: number;
}

/** Everything measured on one cluster. */
export interface ClusterEvaluation {
	/** The folder name. */
	cluster: string;
	/** What the untouched cluster lists. */
	noise: Noise;
	/** What the untouched cluster lists by default (medium and up), highest rank first. */
	listed: ListedDiscrepancy[];
	/** How many places each kind of change could go under each scheme (plants are drawn from these), as "scheme | kind". */
	candidates: Record<string, number>;
	/** Each planted change. */
	plants: PlantResult[];
}

/** Finds where a kind of change can be planted in a cluster. */
type PlantFinder = (cluster: ComparedCluster, scheme: Scheme, random: Random) => Plant[];

const finders: Record<PlantKind, PlantFinder> = {
	figure: figurePlants,
	date: datePlants,
	quote: quotePlants,
	respelling: (cluster, scheme, random) => namePlants(cluster, scheme, random).respelling,
	replacement: (cluster, scheme, random) => namePlants(cluster, scheme, random).replacement,
};

/**
 * Evaluates one cluster: analyses the untouched folder once (for its noise and to find where
 * changes can go), then for each kind of change plants up to `plantsPerKind` changes, each
 * alone in a fresh copy under the system's temporary folder, and analyses that copy as
 * `crossread report` would.
 *
 * @param folder The cluster's folder (never written to).
 * @param options Seed and number of plants.
 * @returns The cluster's noise, top list and planted changes.
 */
export async function evaluateCluster(folder: string, options: EvaluationOptions = {}): Promise<ClusterEvaluation> {
	const { plantsPerKind = 3, seed = 'crossread' } = options;
	const chosen = options.schemes ?? schemes;
	const cluster = basename(folder);
	const original = await compareCluster(folder);
	const { discrepancies } = original.comparison;
	const scratch = await fs.mkdtemp(join(tmpdir(), 'crossread-eval-'));
	const candidates: Record<string, number> = {};
	const plants: PlantResult[] = [];
	try {
		for (const scheme of chosen) {
			for (const kind of plantKinds) {
				const random = seededRandom(`${seed}|${cluster}|${scheme.name}|${kind}`);
				const found = finders[kind](original, scheme, random);
				candidates[`${scheme.name} | ${kind}`] = found.length;
				for (const [n, plant] of random.sample(found, plantsPerKind).entries()) {
					plants.push(await runPlant(original, plant, join(scratch, `${scheme.name.replace(/\W/g, '')}-${kind}-${n}`)));
				}
			}
		}
	} finally {
		await fs.rm(scratch, { recursive: true, force: true });
	}
	return {
		cluster,
		noise: noiseOf(discrepancies, original.corpus.articles.length),
		listed: discrepancies.filter((discrepancy) => discrepancy.severity !== 'low').map(({ id, severity, kind, summary, confidence }) => ({ id, severity, kind, summary, confidence })),
		candidates,
		plants,
	};
}

/** Plants one change in a copy, analyses the copy, and looks for the change among its discrepancies. */
async function runPlant(original: ComparedCluster, plant: Plant, copy: string): Promise<PlantResult> {
	const { text, spans } = await plantInCopy(original, plant, copy);
	const planted = await compareCluster(copy);
	if (planted.texts.get(plant.article) !== text) {
		throw new Error(`${copy}/${plant.file}: the planted article does not read back as written`);
	}
	const detection = detect(plant, spans, planted.comparison.discrepancies);
	return {
		cluster: basename(original.folder),
		kind: plant.kind,
		variant: plant.variant,
		scheme: plant.scheme,
		article: plant.article,
		witness: plant.witness,
		change: describePlant(original.texts.get(plant.article)!, plant),
		found: detection.hit !== undefined,
		...(detection.hit ? { reportedAs: detection.hit.summary, severity: detection.hit.severity } : {}),
		...(detection.hit && detection.hit.severity !== 'low' ? {} : { diagnosis: diagnoseMiss(plant, spans, planted, detection) }),
	};
}

/** The figures of several clusters together. */
export interface Summary {
	/** Recall per scheme and kind of change ("near copy | figure"). */
	recall: Record<string, Recall>;
	/** Recall per kind and variant, over every scheme (`quote: modal`). */
	recallByVariant: Record<string, Recall>;
	/** Discrepancies per cluster, on average: all of them, and those above low severity. */
	averageNoise: { total: number; aboveLow: number };
}

/**
 * Sums up clusters: recall over every plant of a scheme and kind, and the average noise per cluster.
 *
 * @param evaluations The clusters' evaluations.
 * @returns The summary.
 */
export function summarize(evaluations: ClusterEvaluation[]): Summary {
	const results = evaluations.flatMap((evaluation) => evaluation.plants);
	const average = (count: (noise: Noise) => number) => (evaluations.length === 0 ? 0 : evaluations.reduce((sum, { noise }) => sum + count(noise), 0) / evaluations.length);
	return {
		recall: recallBy(results, (result) => `${result.scheme} | ${result.kind}`, schemes.flatMap((scheme) => plantKinds.map((kind) => `${scheme.name} | ${kind}`))),
		recallByVariant: recallBy(results, (result) => `${result.kind}: ${result.variant}`, variantsInOrder(results)),
		averageNoise: { total: average((noise) => noise.total), aboveLow: average((noise) => noise.aboveLow) },
	};
}

/** The variants met, by kind in the usual order, then alphabetically: "figure: count" before "quote: modal". */
function variantsInOrder(results: PlantResult[]): string[] {
	const sorted = [...results].sort((a, b) => plantKinds.indexOf(a.kind) - plantKinds.indexOf(b.kind) || a.variant.localeCompare(b.variant, 'en'));
	return [...new Set(sorted.map((result) => `${result.kind}: ${result.variant}`))];
}

/**
 * The clusters of a folder: each subfolder is one, hidden ones left out, sorted by name.
 *
 * @param root The folder of clusters.
 * @returns Their paths, or nothing when the folder does not exist.
 */
export async function listClusters(root: string): Promise<string[]> {
	const entries = await fs.readdir(root, { withFileTypes: true }).catch(() => []);
	// A link to a cluster's folder counts (`ecbClusters.ts` lists its tuning and held-out clusters so).
	const isFolder = async (entry: (typeof entries)[number]) => entry.isDirectory() || (entry.isSymbolicLink() && (await fs.stat(join(root, entry.name)).catch(() => undefined))?.isDirectory() === true);
	// A link is read as the folder it points to, so that nothing made from it (a copy to plant a change in) is a link.
	const folders = await Promise.all(entries.map(async (entry) => (!entry.name.startsWith('.') && (await isFolder(entry)) ? await fs.realpath(join(root, entry.name)) : undefined)));
	return folders.filter((folder): folder is string => folder !== undefined).sort();
}
