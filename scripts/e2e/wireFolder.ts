// Writes a folder of generated articles about one invented event (scripts/generateCluster.ts),
// for the end-to-end suite's measurements at scale: `node --import tsx scripts/e2e/wireFolder.ts <folder> <count>`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCluster } from '../generateCluster';

const [folder, count = '500'] = process.argv.slice(2);
if (!folder) {
	throw new Error('usage: wireFolder.ts <folder> <count>');
}
mkdirSync(folder, { recursive: true });
generateCluster(Number(count), 5).forEach((article, index) => writeFileSync(join(folder, `wire-${String(index).padStart(4, '0')}.txt`), article.text));
