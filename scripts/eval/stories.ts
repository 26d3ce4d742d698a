import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatPrecision } from './format';
import { precisionOf, readLabels, storyLabelsFile, type Precision } from './labels';
import { compareCluster } from './pipeline';
import { storyClustersFolder, tuningStories } from './storyClusters';

/** The precision of the default list on the story clusters, the stories read while tuning apart from the held-out ones. */
export interface StoryPrecision {
	tuning: Precision;
	heldOut: Precision;
	/** Discrepancies listed per story, on average. */
	listedPerStory: number;
}

/**
 * Compares every story cluster (`.data/story-clusters`, written by `storyClusters.ts` from the
 * PolNeAR articles `npm run eval:quotes` uses) and scores its default list against the hand
 * labels. `undefined` when the stories have not been built: the evaluation then says how.
 */
export async function evaluateStories(folder = storyClustersFolder): Promise<StoryPrecision | undefined> {
	if (!existsSync(folder)) {
		return undefined;
	}
	const labels = readLabels(storyLabelsFile);
	const stories = readdirSync(folder).filter((name) => name.startsWith('story-')).sort();
	const listedOf = await Promise.all(
		stories.map(async (story) => ({
			cluster: story,
			listed: (await compareCluster(join(folder, story))).comparison.discrepancies.filter((discrepancy) => discrepancy.severity !== 'low'),
		})),
	);
	const total = listedOf.reduce((sum, { listed }) => sum + listed.length, 0);
	return {
		tuning: precisionOf(listedOf.filter(({ cluster }) => tuningStories.includes(cluster)), labels),
		heldOut: precisionOf(listedOf.filter(({ cluster }) => !tuningStories.includes(cluster)), labels),
		listedPerStory: stories.length > 0 ? total / stories.length : 0,
	};
}

/** The lines `npm run eval` prints for the stories. */
export function formatStories(result: StoryPrecision | undefined): string[] {
	if (!result) {
		return ['  no story clusters: build them with `node --import tsx scripts/eval/storyClusters.ts` once PolNeAR is prepared (see `npm run eval:quotes`)'];
	}
	return [
		...formatPrecision(`stories read while tuning (${tuningStories.length})`, result.tuning),
		...formatPrecision('held-out stories', result.heldOut),
		`  ${result.listedPerStory.toFixed(1)} listed per story`,
	];
}
