/**
 * Folders of one story each, found among PolNeAR's articles (`.data/polnear-train/text`,
 * `.data/polnear-dev/text`, as `npm run eval:quotes` prepares them): real reporting from seven
 * outlets that no rule of the analysis was tuned on, grouped as a reader groups a folder, by
 * words and dates alone. They measure what the dev clusters cannot, since every rule was read
 * from those: the precision of the default list on reporting nobody wrote for the tool. Labels
 * of what they list: `labels/story-clusters.json`, as for the dev clusters.
 *
 * Two articles are one story when they come from two outlets, were published within two days of
 * each other, and their words weighed by rarity (tf-idf, cosine) are alike from `minSimilarity`;
 * a story is a connected group of three articles or more. Stories outside `tuningStories` are
 * held out: read after a rule is made, never to make one.
 *
 * Usage: node --import tsx scripts/eval/storyClusters.ts [out folder]   (default .data/story-clusters)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(__dirname, '..', '..');

/** Where the folders are written (ignored by git, as all data). */
export const storyClustersFolder = join(projectRoot, '.data', 'story-clusters');

/**
 * How alike two articles' words must be to be one story. At 0.11, pieces on one evening's
 * primaries or one hearing group together (29 stories of 3 to 13 articles) and two pieces that
 * merely name the same candidates mostly do not; at 0.2 hardly any pair of outlets' pieces meets
 * (PolNeAR samples its outlets' articles at random). Loose stories are kept: a reader's folder
 * holds background pieces too.
 */
const minSimilarity = 0.11;

/**
 * The stories read while rules were made from them (those holding an article that a first, tighter
 * grouping at 0.15 put in a story); every other story is held out, with those that hold a dev
 * article, and read only to check a rule.
 */
export const tuningStories: readonly string[] = [
	'story-2015-11-08-1', 'story-2016-01-29-3', 'story-2016-02-07-4', 'story-2016-02-28-6', 'story-2016-03-15-8', 'story-2016-03-21-11',
	'story-2016-04-26-15', 'story-2016-06-13-19', 'story-2016-07-05-20', 'story-2016-07-18-23', 'story-2016-08-29-28',
];
/** Days between two articles of one story. */
const maxDaysApart = 2;

/** Words too common to tell a story. */
const stopWords = new Set('the a an and or of to in on for with that this is was were be been it its he she they his her their said says mr mrs ms who what which at by from as but not have has had will would could should can about after more than also new one two'.split(' '));

interface Story {
	name: string;
	heldOut: boolean;
	files: string[];
}

interface Piece {
	file: string;
	outlet: string;
	day: number;
	dev: boolean;
	weights: Map<string, number>;
}

function readPieces(): Piece[] {
	const pieces: Omit<Piece, 'weights'>[] = [];
	const counts: Map<string, number>[] = [];
	for (const split of ['polnear-train', 'polnear-dev']) {
		const folder = join(projectRoot, '.data', split, 'text');
		if (!existsSync(folder)) {
			continue;
		}
		for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt')).sort()) {
			const parts = /^([a-z-]+)_(\d{4}-\d\d-\d\d)_/.exec(name);
			if (!parts) {
				continue;
			}
			const file = join(folder, name);
			const words = new Map<string, number>();
			for (const word of readFileSync(file, 'utf8').toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? []) {
				if (!stopWords.has(word)) {
					words.set(word, (words.get(word) ?? 0) + 1);
				}
			}
			pieces.push({ file, outlet: parts[1], day: Date.parse(parts[2]) / 864e5, dev: split === 'polnear-dev' });
			counts.push(words);
		}
	}
	const documents = new Map<string, number>();
	counts.forEach((words) => words.forEach((_, word) => documents.set(word, (documents.get(word) ?? 0) + 1)));
	return pieces.map((piece, n) => {
		const weights = new Map<string, number>();
		let norm = 0;
		for (const [word, count] of counts[n]) {
			const weight = (1 + Math.log(count)) * Math.log(pieces.length / documents.get(word)!);
			weights.set(word, weight);
			norm += weight * weight;
		}
		norm = Math.sqrt(norm) || 1;
		weights.forEach((weight, word) => weights.set(word, weight / norm));
		return { ...piece, weights };
	});
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
	let sum = 0;
	for (const [word, weight] of a) {
		sum += weight * (b.get(word) ?? 0);
	}
	return sum;
}

/**
 * The stories among the prepared PolNeAR articles, in a fixed order and with fixed names (the
 * first article's date and its place in that order), so that labels keep their folder.
 */
export function findStories(): Story[] {
	const pieces = readPieces();
	const parent = pieces.map((_, n) => n);
	const root = (n: number): number => (parent[n] === n ? n : (parent[n] = root(parent[n])));
	for (let i = 0; i < pieces.length; i++) {
		for (let j = i + 1; j < pieces.length; j++) {
			if (pieces[i].outlet !== pieces[j].outlet && Math.abs(pieces[i].day - pieces[j].day) <= maxDaysApart && cosine(pieces[i].weights, pieces[j].weights) >= minSimilarity) {
				parent[root(i)] = root(j);
			}
		}
	}
	const groups = new Map<number, Piece[]>();
	pieces.forEach((piece, n) => groups.set(root(n), [...(groups.get(root(n)) ?? []), piece]));
	const stories = [...groups.values()].filter((group) => group.length >= 3).map((group) => group.sort((a, b) => a.day - b.day || (a.file < b.file ? -1 : 1)));
	stories.sort((a, b) => a[0].day - b[0].day || (a[0].file < b[0].file ? -1 : 1));
	return stories.map((group, n) => {
		const name = `story-${new Date(group[0].day * 864e5).toISOString().slice(0, 10)}-${n + 1}`;
		return { name, heldOut: !tuningStories.includes(name), files: group.map((piece) => piece.file) };
	});
}

if (require.main === module) {
	// `… | head` closes the pipe early: the folders are still all written, the rest of the log dropped.
	process.stdout.on('error', () => undefined);
	const out = process.argv[2] ?? storyClustersFolder;
	const stories = findStories();
	if (stories.length === 0) {
		console.log('storyClusters: no PolNeAR articles in .data (run ../shared/tools/polnear/prepare.mjs first, see npm run eval:quotes)');
		process.exit(0);
	}
	rmSync(out, { recursive: true, force: true });
	for (const story of stories) {
		const folder = join(out, story.name);
		mkdirSync(folder, { recursive: true });
		story.files.forEach((file) => cpSync(file, join(folder, file.split('/').pop()!)));
		console.log(`${story.name}${story.heldOut ? ' (held out)' : ''}: ${story.files.length} articles`);
	}
}
