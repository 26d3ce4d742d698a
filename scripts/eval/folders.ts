import { join } from 'node:path';

const projectRoot = join(__dirname, '..', '..');

/** The bundled fictional cluster, with its planted truth (`truth.json`). */
export const sampleCluster = join(projectRoot, 'samples', 'harbour-summit');

/** The shared data beside the project (`../shared`), or where `CROSSREAD_SHARED` says (a worktree elsewhere). */
const shared = process.env.CROSSREAD_SHARED ?? join(projectRoot, '..', 'shared');

/** Real news clusters for development. */
export const defaultClusters = join(shared, 'dev-clusters');

/** The seed articles: five outlets on one event, read as one more real cluster. */
export const defaultSeeds = join(shared, 'seeds');

/** Plants of each kind per dev cluster and scheme in `npm run eval`: three runs each, on a fresh copy. */
export const devPlantsPerKind = 3;

/** Plants of each kind in the sample cluster: more, since it is one cluster alone and a recall of thirds says little. */
export const samplePlantsPerKind = 10;

/**
 * Dev clusters held out while rules are tuned: checked after each rule, never read to make one.
 * Calibration is reported on them apart (`npm run eval`).
 */
export const heldOutClusters: readonly string[] = ['4_ecb', '5_ecbplus', '6_ecb', '6_ecbplus', '7_ecb', '7_ecbplus'];
