import * as assert from 'node:assert/strict';
import { collectNameEvidence, findEntityMentions } from '../../../src/core/entities';
import { groupEntities } from '../../../src/core/entities/grouping';
import { parseArticle } from '../../../src/core/parse';
import type { Entity } from '../../../src/core/types';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** The entities of a folder of texts (`a1.txt`, `a2.txt`, …), each article read with the whole folder's evidence. */
function entities(...texts: string[]): Entity[] {
	const articles = texts.map((text, n) => parseArticle({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text }));
	const evidence = collectNameEvidence(articles);
	return groupEntities(articles.map((parsed) => ({ id: parsed.article.id, text: parsed.article.text, mentions: findEntityMentions(parsed, evidence) })));
}

/** Each entity as `name/type: form|form`, to show in a failure. */
function shown(list: Entity[]): string {
	return list.map((entity) => `${entity.name}/${entity.type}: ${entity.forms.join('|')}`).join('; ');
}

suite('a bare surname after a preposition of place', () => {
	// The full name is in no context that tells a person, so only "in Brevik" votes for the bare word.
	const leader = ['The party has been led by Orla Tamsin Brevik since May.', 'Orla Tamsin Brevik leads the party into the vote.'];

	test('"the crowd in Brevik cheered" is the person the folder names in full, no town of its own', () => {
		const list = entities(...leader, 'The crowd in Brevik cheered as the result came in.');
		const brevik = list.filter((entity) => entity.forms.includes('Brevik'));
		assert.deepEqual(
			brevik.map((entity) => ({ name: entity.name, type: entity.type })),
			[{ name: 'Orla Tamsin Brevik', type: 'person' }],
			shown(list),
		);
	});

	test('a surname a gazetteer knows as a town stays a place: "the rally in Hastings" beside "Tom Hastings"', () => {
		const list = entities('The march was organised by Tom Hastings since May.', 'Tom Hastings leads the march.', 'The rally in Hastings drew a large crowd.');
		const hastings = list.find((entity) => entity.forms.includes('Hastings'));
		assert.deepEqual(hastings && { name: hastings.name, type: hastings.type }, { name: 'Hastings', type: 'place' }, shown(list));
	});

	test('a town stays a town beside a person one article alone names in full: "the bank in Orlen" and "Sergeant Ivo Orlen"', () => {
		const list = entities('A fire broke out at the bank in Orlen on Friday.', 'The bank in Orlen stayed shut on Saturday.', 'The bank in Orlen was guarded by Sergeant Ivo Orlen, a police officer.');
		const orlen = list.find((entity) => entity.forms.includes('Orlen'));
		assert.deepEqual(orlen && { name: orlen.name, type: orlen.type }, { name: 'Orlen', type: 'place' }, shown(list));
	});

	test('the first word of a full name is no surname: "the crowd in Marten" stays apart from "Marten Olsby"', () => {
		const list = entities('The party has been led by Marten Olsby since May.', 'Marten Olsby leads the party into the vote.', 'The crowd in Marten cheered as the result came in.');
		const marten = list.find((entity) => entity.forms.includes('Marten'));
		assert.deepEqual(marten && { name: marten.name, type: marten.type }, { name: 'Marten', type: 'place' }, shown(list));
	});
});

suite('a person in a place\'s slot, named in both passages', () => {
	// Ivo Corvell, the mayor, is named in full in two articles; the outlets below name him in both passages.
	const mayor = [
		'Mayor wins second term\n\nIvo Corvell won the vote on Sunday. Corvell said the harbour would reopen in May.\n',
		'Corvell re-elected\n\nIvo Corvell thanked voters on Sunday. Corvell said repairs to the harbour would start soon.\n',
	];

	test('"their trust in Corvell" is the person trusted, not a place\'s slot set against "in Orla Bay"', async () => {
		const found = await compareTexts(
			...mayor,
			'Vote count ends\n\nVoters showed their trust in Corvell on Sunday, his campaign manager Ada Vell said of Ivo Corvell.\n',
			'Mayor keeps office\n\nVoters in Orla Bay showed their trust on Sunday, his campaign manager Ada Vell said of Ivo Corvell.\n',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Corvell', 'Orla Bay'), [], show(found));
	});

	test('"with most votes in, Corvell led" puts no one in a place: the comma parts the preposition from the name', async () => {
		const found = await compareTexts(
			...mayor,
			'Vote count ends\n\nWith most votes in, Corvell led by a wide margin on Sunday, his campaign manager Ada Vell said of Ivo Corvell.\n',
			'Mayor keeps office\n\nWith most votes in Orla Bay counted, the lead was wide on Sunday, his campaign manager Ada Vell said of Ivo Corvell.\n',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Corvell', 'Orla Bay'), [], show(found));
	});
});
