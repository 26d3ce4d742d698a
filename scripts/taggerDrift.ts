/**
 * Does a sentence's tagging depend on what was tagged before it? Tags invented probe sentences
 * (possessives, contractions, hyphens), then every sentence of the given folders' `.txt` files,
 * then the probes again (as new ranges: a space in front, so the tagger's memory of ranges
 * already tagged does not answer), and prints the probes that changed and the time the folders
 * took. With `--order reverse` the folders' sentences go last to first; two runs write their
 * tags with `--out` and `--compare` tells the sentences tagged otherwise in the other order.
 *
 *   node --import tsx scripts/taggerDrift.ts ../shared/dev-clusters --out /tmp/forward.json
 *   node --import tsx scripts/taggerDrift.ts ../shared/dev-clusters --order reverse --compare /tmp/forward.json
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tagRange } from '../src/core/text/tagger';

const probes = [
	'Ada Vos\'s aide said the plan was dead.',
	'Vos\' campaign won\'t say what Kell-Mart\'s board wants.',
	'The U.S.-led panel met Brill\'s lawyers on Tuesday.',
];

function textFiles(folder: string): string[] {
	return readdirSync(folder).sort().flatMap((name) => {
		const path = join(folder, name);
		return statSync(path).isDirectory() ? textFiles(path) : name.endsWith('.txt') ? [path] : [];
	});
}

/** A rough sentence split: enough to hand the tagger news sentences of the usual length. */
function sentencesOf(text: string): string[] {
	return text.split(/\n+/).flatMap((line) => line.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z])/)).map((s) => s.trim()).filter(Boolean);
}

function tags(sentence: string, pad = ''): string {
	const text = pad + sentence;
	return tagRange(text, pad.length, text.length).map((token) => `${token.text}/${token.pos}`).join(' ');
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { order: { type: 'string', default: 'forward' }, out: { type: 'string' }, compare: { type: 'string' } },
});
const sentences = positionals.flatMap((folder) => textFiles(folder)).flatMap((file) => sentencesOf(readFileSync(file, 'utf8')));
const ordered = values.order === 'reverse' ? [...sentences].reverse() : sentences;
const before = probes.map((probe) => tags(probe));
const started = performance.now();
const tagged = new Map<string, string>();
for (const sentence of ordered) {
	tagged.set(sentence, tags(sentence));
}
const ms = performance.now() - started;
console.log(`${sentences.length} sentences (${tagged.size} distinct) tagged in ${ms.toFixed(0)} ms (${values.order})`);
probes.forEach((probe, i) => {
	const after = tags(probe, ' ');
	console.log(after === before[i] ? `same:    ${after}` : `CHANGED: ${before[i]}\n     ->  ${after}`);
});
if (values.out) {
	writeFileSync(values.out, JSON.stringify(Object.fromEntries(tagged)));
}
if (values.compare) {
	const other = JSON.parse(readFileSync(values.compare, 'utf8')) as Record<string, string>;
	const differ = [...tagged].filter(([sentence, tokens]) => other[sentence] !== undefined && other[sentence] !== tokens);
	console.log(`${differ.length} of ${tagged.size} sentences tagged otherwise than in the other run`);
	for (const [sentence, tokens] of differ.slice(0, 5)) {
		console.log(`  ${other[sentence]}\n  ${tokens}`);
	}
}
