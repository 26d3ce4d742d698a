import { join } from 'node:path';

const projectRoot = join(__dirname, '..', '..');

/** The bundled fictional cluster, with its planted truth (`truth.json`). */
export const sampleCluster = join(projectRoot, 'samples', 'harbour-summit');

/** Real news clusters for development, beside the project when checked out with `../shared`. */
export const defaultClusters = join(projectRoot, '..', 'shared', 'dev-clusters');

/** Plants of each kind per dev cluster: three runs each, on a fresh copy. */
export const devPlantsPerKind = 3;

/** Plants of each kind in the sample cluster: more, since it is one cluster alone and a recall of thirds says little. */
export const samplePlantsPerKind = 10;
