import type { Span } from '../../../src/core/types';
import { alreadyFlagged, fileOf, type Plant } from '../plant';
import type { ComparedCluster } from '../pipeline';
import type { Random } from '../random';
import { passagesOf } from '../plain/text';
import { counterpartGroups, type Scheme } from './counterparts';

/**
 * A name as a reader spots it, by a plain pattern and not the analysis's entity finder: a run of
 * capitalised words ("Superior Court Judge Ana Ruiz", "Port Marrow") that does not open its
 * sentence or a quote, whose last word is what gets changed.
 */
interface NameRun extends Span {
	/** The run's last word: the surname, the town, the agency's last word. */
	last: Span & { word: string };
}

const namePattern = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*(?![\p{L}\p{N}'’-])/gu;
/** Adjectives of a people or a place ("a Kestrian patrol", "Chinese", "British"): capitalised, but no name. */
const demonym = /(?:ian|ean|ese|ish)$/;
const calendar = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The names of a passage. A capitalised word that the cluster also writes in lower case
 * ("Board" / "the board", "Chancellor" / "the chancellor") is a common word in a title, not a name.
 */
function namesOf(text: string, span: Span, lowerCase: Set<string>): NameRun[] {
	const runs: NameRun[] = [];
	for (const match of text.slice(span.start, span.end).matchAll(namePattern)) {
		const start = span.start + match.index;
		const before = text.slice(span.start, start);
		const word = match[0].split(' ').pop()!;
		// The first word of a sentence or of a quote is capitalised whatever it is.
		if (!/[\p{L}\p{N}]/u.test(before) || /["“‘(:]\s*$/.test(before) || calendar.test(word) || demonym.test(word) || word.length < 4 || lowerCase.has(word.toLowerCase())) {
			continue;
		}
		const end = start + match[0].length;
		runs.push({ start, end, last: { start: end - word.length, end, word } });
	}
	return runs;
}

/** Names nobody reports, for a replacement invented outright: as likely a person as a place. */
const invented = ['Halloran', 'Brennick', 'Vessingrad', 'Kellmoor', 'Ardenvale', 'Ostrava', 'Tarrow'];

/**
 * Names of a passage whose counterpart writes the same last word, each changed in that one
 * occurrence only (the article may name it rightly elsewhere, as a careless outlet does): respelled
 * as a transliteration would ("Tarasov" → "Tarassov"), or replaced by another name (one the
 * cluster writes elsewhere, or half the time an invented one).
 *
 * @param cluster The original, analysed.
 * @param scheme How counterparts are chosen.
 * @param random Chooses the respelling or the new name.
 * @returns Respellings and replacements, one of each per name that can be changed.
 */
export function namePlants(cluster: ComparedCluster, scheme: Scheme, random: Random): { respelling: Plant[]; replacement: Plant[] } {
	const respelling: Plant[] = [];
	const replacement: Plant[] = [];
	const groups = counterpartGroups(cluster, scheme);
	const lowerCase = new Set([...cluster.texts.values()].flatMap((text) => text.match(/(?<=\s)\p{Ll}+(?=[\s,.;:!?])/gu) ?? []));
	const names = (article: string, span: Span) => namesOf(cluster.texts.get(article)!, span, lowerCase);
	// Names the cluster writes both in full and alone ("Ana Ruiz" … "Ruiz said", "Port Marrow" … "in Marrow"): surely names, not "Board" of "Harbour Board".
	const runs = [...cluster.texts].flatMap(([article, text]) => passagesOf(article, text).flatMap((passage) => names(article, passage)));
	const alone = new Set(runs.filter((run) => run.last.start === run.start).map((run) => run.last.word));
	const clusterWords = [...new Set(runs.filter((run) => run.last.start > run.start && alone.has(run.last.word)).map((run) => run.last.word))].sort();
	for (const [passage, ...counterparts] of groups) {
		const own = names(passage.article, passage);
		for (const run of own) {
			const word = run.last.word;
			const once = (list: NameRun[]) => list.filter((other) => other.last.word === word).length === 1;
			const witness = counterparts.find((other) => once(names(other.article, other)));
			if (!witness || !once(own) || alreadyFlagged(cluster, 'entity', passage.article, run.last, true)) {
				continue;
			}
			const base = { scheme: scheme.name, article: passage.article, file: fileOf(cluster, passage.article), witness: witness.article, witnessSpan: { start: witness.start, end: witness.end } };
			const fitting = Object.entries(respellings).filter(([, respell]) => respell(word));
			if (fitting.length > 0) {
				const [variant, respell] = random.pick(fitting);
				respelling.push({ ...base, kind: 'respelling', variant, edits: [{ start: run.last.start, end: run.last.end, text: respell(word)! }] });
			}
			const named = new Set([passage, witness].flatMap((other) => names(other.article, other).flatMap((name) => cluster.texts.get(other.article)!.slice(name.start, name.end).split(' '))));
			const fromCluster = clusterWords.filter((other) => !named.has(other) && other.slice(0, 3) !== word.slice(0, 3));
			const useInvented = random.next() < 0.5 || fromCluster.length === 0;
			const pool = useInvented ? invented : fromCluster;
			replacement.push({ ...base, kind: 'replacement', variant: useInvented ? 'invented' : 'from the cluster', edits: [{ start: run.last.start, end: run.last.end, text: random.pick(pool) }] });
		}
	}
	return { respelling, replacement };
}

/** A transliteration-style respelling of a name, or nothing when the rule does not fit it. */
type Respelling = (name: string) => string | undefined;

const vowels = /^[aeiou]$/i;
/** Consonants a transliteration doubles ("Tarasov" → "Tarassov"); h, j, q, w, x and y are never doubled. */
const doubled = /^[bcdfgklmnprstvz]$/i;

/**
 * The ways one outlet's transliteration differs from another's, each keeping the name
 * recognisable: "Varennikov" → "Varennikoff", "Reid" → "Reyd", "Lyman" → "Liman", "Putin" →
 * "Poutin", "Osterhout" → "Osterhut", "Tarasov" → "Tarassov", "Kallenbach" → "Kalenbach".
 */
const respellings: Record<string, Respelling> = {
	'v→ff': (name) => (/v$/.test(name) ? name.slice(0, -1) + 'ff' : undefined),
	'i→y': (name) => at(name, (k) => name[k] === 'i', () => 'y'),
	'y→i': (name) => at(name, (k) => name[k] === 'y', () => 'i'),
	'u→ou': (name) => at(name, (k) => name[k] === 'u' && !/[oq]/i.test(name[k - 1]), () => 'ou'),
	'ou→u': (name) => at(name, (k) => name[k] === 'o' && name[k + 1] === 'u', () => ''),
	'double consonant': (name) => at(name, (k) => doubled.test(name[k]) && vowels.test(name[k - 1]) && k + 1 < name.length && vowels.test(name[k + 1]), (k) => name[k] + name[k]),
	'single consonant': (name) => at(name, (k) => doubled.test(name[k]) && name[k] === name[k + 1], () => ''),
};

/** The first letter after the first one that a rule fits, rewritten. */
function at(name: string, fits: (k: number) => boolean, rewrite: (k: number) => string): string | undefined {
	for (let k = 1; k < name.length; k++) {
		if (fits(k)) {
			return name.slice(0, k) + rewrite(k) + name.slice(k + 1);
		}
	}
	return undefined;
}
