/**
 * More real clusters, from topics of the ECB+ corpus that `../shared/dev-clusters` does not hold:
 * one folder per topic and half (`12_ecb`, `12_ecbplus`, …), one article a file, one sentence a
 * paragraph, rebuilt from the corpus's tokens as the dev clusters were. They measure the default
 * list on events no rule was read from: the dev clusters hold topics 1 to 8, and every rule so far
 * was tuned on them.
 *
 * Source: the tokens of ECB+ (Cybulska and Vossen, LREC 2014, CC BY 3.0) as one line per token
 * (`file \t sentence \t token \t word`), the form `github:ariecattan/coref` keeps in
 * `ecb_data/dev_text.txt` and `ecb_data/test_text.txt` at commit 5179561:
 *
 *   git -C <its git dir> show 51795617464409295a286b27df3d962ac359e368:ecb_data/dev_text.txt > .data/ecb-raw/dev_text.txt
 *   git -C <its git dir> show 51795617464409295a286b27df3d962ac359e368:ecb_data/test_text.txt > .data/ecb-raw/test_text.txt
 *   node --import tsx scripts/eval/ecbClusters.ts
 *
 * Topics `tuningTopics` may be read while a rule is made; every other topic is held out (read
 * only to check a rule, never to make one). Data stays under `.data/` (ignored by git).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(__dirname, '..', '..');
const rawFolder = join(projectRoot, '.data', 'ecb-raw');

/** Where the folders are written (ignored by git, as all data). */
export const ecbClustersFolder = join(projectRoot, '.data', 'ecb-clusters');

/** The tuning and the held-out clusters as two folders of clusters (links), for planting changes in each set apart. */
export const ecbPlantsFolder = join(projectRoot, '.data', 'ecb-plants');

/**
 * Topics whose clusters rules may be read from: the corpus's development topics not in
 * `../shared`, and since session 24 the test topics 36 to 40 too. By session 23 the precision of
 * the default list was 21 of 23 on the tuning clusters against 38 of 77 on the held-out ones: the
 * noise the rules must learn to leave out was only in clusters no rule could be read from, so half
 * of them (10 clusters, 21 of their 42 listed items noise) became readable, and topics 41 to 45
 * (10 clusters, 18 of 35 noise) stay held out to check what is learnt there.
 */
export const tuningTopics: readonly number[] = [12, 18, 21, 23, 34, 35, 36, 37, 38, 39, 40];

/** Topics already in `../shared/dev-clusters`, left out. */
const sharedTopics = new Set([1, 2, 3, 4, 5, 6, 7, 8]);

/** Whether a cluster folder's name (`36_ecbplus`) is held out. */
export function isHeldOut(cluster: string): boolean {
	return !tuningTopics.includes(Number.parseInt(cluster, 10));
}

/**
 * One sentence's tokens as text, spaced as the dev clusters were rebuilt: a space between tokens
 * but before closing punctuation and clitics, and after an opening bracket or mark, none around a
 * hyphen, none in a web address; the treebank's
 * ``…'' become straight double quotes. ["Ann", "'s", "view", ",", "``", "fine", ".", "''"] →
 * `Ann's view, "fine."`
 */
export function sentenceText(tokens: readonly string[]): string {
	if (/^https?$/.test(tokens[0] ?? '') && tokens[1] === ':') {
		return tokens.join('');
	}
	let text = '';
	let openQuote = false;
	let glueNext = false;
	for (const raw of tokens) {
		let token = raw;
		let glueBefore = /^(?:[.,;:!?)\]}%-]|'s|'re|'ve|'ll|'d|'m|n't)$/i.test(token);
		if (token === '``' || (token === '"' && !openQuote)) {
			token = '"';
			openQuote = true;
			text += text === '' || glueNext ? token : ` ${token}`;
			glueNext = true;
			continue;
		}
		if (token === "''" || token === '"') {
			token = '"';
			openQuote = false;
			glueBefore = true;
		}
		text += text === '' || glueBefore || glueNext ? token : ` ${token}`;
		glueNext = /^[([{$-]$/.test(token);
	}
	return text;
}

/** The articles of a token file: file name → sentences, each a list of tokens, in order. */
export function readTokenFile(text: string): Map<string, string[][]> {
	const articles = new Map<string, string[][]>();
	for (const line of text.split('\n')) {
		const [file, sentence, , word] = line.split('\t');
		if (!file || word === undefined) {
			continue;
		}
		const sentences = articles.get(file) ?? articles.set(file, []).get(file)!;
		const index = Number(sentence);
		(sentences[index] ??= []).push(word);
	}
	return articles;
}

function main(): void {
	const inputs = ['dev_text.txt', 'test_text.txt'].map((name) => join(rawFolder, name));
	const missing = inputs.filter((file) => !existsSync(file));
	if (missing.length > 0) {
		console.error(`No ECB+ tokens at ${missing.join(', ')}: see the comment at the top of scripts/eval/ecbClusters.ts for how to get them.`);
		process.exitCode = 1;
		return;
	}
	rmSync(ecbClustersFolder, { recursive: true, force: true });
	const counts = new Map<string, number>();
	for (const input of inputs) {
		for (const [file, sentences] of readTokenFile(readFileSync(input, 'utf8'))) {
			const match = /^(\d+)_(\d+)(ecb|ecbplus)\.xml$/.exec(file);
			if (!match || sharedTopics.has(Number(match[1]))) {
				continue;
			}
			const cluster = `${match[1]}_${match[3]}`;
			const folder = join(ecbClustersFolder, cluster);
			mkdirSync(folder, { recursive: true });
			const paragraphs = sentences.filter((tokens) => tokens && tokens.length > 0).map(sentenceText);
			writeFileSync(join(folder, file.replace(/\.xml$/, '.txt')), `${paragraphs.join('\n\n')}\n`);
			counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
		}
	}
	// The two sets apart, each a folder of links to its clusters, for planting changes in them:
	// `npm run eval -- .data/ecb-plants/tuning` (rules may be read from what it misses) and
	// `npm run eval -- .data/ecb-plants/held-out` (only to check a rule).
	rmSync(ecbPlantsFolder, { recursive: true, force: true });
	for (const [cluster, count] of [...counts].sort()) {
		const set = join(ecbPlantsFolder, isHeldOut(cluster) ? 'held-out' : 'tuning');
		mkdirSync(set, { recursive: true });
		symlinkSync(join(ecbClustersFolder, cluster), join(set, cluster));
		console.log(`${cluster.padEnd(12)} ${String(count).padStart(3)} articles${isHeldOut(cluster) ? '  (held out)' : ''}`);
	}
}

if (require.main === module) {
	main();
}
