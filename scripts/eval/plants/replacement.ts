import type { Entity } from '../../../src/core/types';
import { alreadyFlagged, fileOf, type Plant } from '../plant';
import type { ComparedCluster } from '../pipeline';
import type { Random } from '../random';
import { counterpartGroups } from './counterparts';
import { plainName, standsAsPlace, surelyPerson, surelyPlace } from './nameTypes';

/** Names no cluster holds, by type and number of words, for a replacement invented outright. */
const inventedNames: Record<'person' | 'place', string[][]> = {
	person: [['Halloran', 'Brennick', 'Ostrava'], ['Marta Kessling', 'Dorian Vell', 'Ilse Bramwell']],
	place: [['Vessingrad', 'Kellmoor', 'Ardenvale'], ['Port Marrow', 'North Ebbing', 'Lake Tarrow']],
};

/**
 * Places and people named in a passage that another outlet's passage of the same claim also names, each
 * replaced in that one passage by another name of the same type: one the cluster names
 * elsewhere ("signed in Geneva" where the cluster also mentions Vienna → "signed in Vienna"),
 * or, half the time, an invented one ("signed in Vessingrad"). Only names that are surely a
 * person or a place are replaced (see `surelyPerson`, `surelyPlace`), and only where they stand
 * as one: a person as a word of its own (not "Page-inspired"), a place after "in", "at", "near"
 * or "from" (not "the Philadelphia 76ers").
 *
 * @param cluster The original, analysed and compared.
 * @param random Chooses the name, and whether it is the cluster's or invented.
 * @returns One plant per name in a passage.
 */
export function replacementPlants(cluster: ComparedCluster, random: Random): Plant[] {
	const { corpus } = cluster;
	const sure = (entity: Entity) => (entity.type === 'person' ? surelyPerson(entity, cluster) : surelyPlace(entity, cluster));
	const entities = new Map(corpus.entities.filter(sure).map((entity) => [entity.name.toLowerCase(), entity]));
	const plants: Plant[] = [];
	for (const units of counterpartGroups(cluster, 'sentence')) {
		const [unit, ...counterparts] = units;
		const named = new Set(units.flatMap((passage) => [...passage.entities]));
		const text = cluster.texts.get(unit.article)!;
		for (const name of unit.names) {
			const entity = entities.get(name.key);
			const witness = counterparts.find((other) => other.entities.has(name.key));
			const written = text.slice(name.start, name.end);
			const standing = entity?.type === 'place' ? standsAsPlace(text, name) : !/[-\p{L}]/u.test(text[name.end] ?? '') && text[name.start - 1] !== '-';
			if (!entity || !witness || !standing || !plainName.test(written) || alreadyFlagged(cluster, 'entity', unit.article, name, true)) {
				continue;
			}
			const type = entity.type as 'person' | 'place';
			const words = written.split(' ').length;
			const fromCluster = otherNames([...entities.values()], entity, named, words);
			const invented = inventedNames[type][words - 1] ?? [];
			const pool = (random.next() < 0.5 && invented.length > 0) || fromCluster.length === 0 ? invented : fromCluster;
			if (pool.length === 0) {
				continue;
			}
			plants.push({
				kind: 'replacement',
				variant: `${type}, ${pool === invented ? 'invented' : 'from the cluster'}`,
				article: unit.article,
				file: fileOf(cluster, unit.article),
				edits: [{ start: name.start, end: name.end, text: random.pick(pool) }],
				witness: witness.article,
			});
		}
	}
	return plants;
}

/**
 * Names of the cluster's other sure identities of the type, written with as many words as the
 * replaced mention ("Lohan" for "Reid", "Lindsay Lohan" for "Tara Reid"), that the claim's
 * passages do not name and that share no word with the replaced name.
 */
function otherNames(sure: Entity[], replaced: Entity, named: Set<string>, words: number): string[] {
	const own = new Set(replaced.forms.flatMap((form) => form.toLowerCase().split(/\s+/)));
	const names = sure
		.filter((entity) => entity.type === replaced.type && entity !== replaced && !named.has(entity.name.toLowerCase()))
		.flatMap((entity) => (entity.type === 'person' && words === 1 ? [entity.name.split(' ').pop()!] : entity.forms));
	return [...new Set(names)].filter((name) => plainName.test(name) && name.split(' ').length === words && !name.toLowerCase().split(' ').some((word) => own.has(word))).sort();
}
