import * as assert from 'node:assert/strict';
import { buildEntityTree } from '../../../src/presentation/entityTree';
import { type Analysed, analyseFolder, sampleFolder } from './analysed';

suite('entities tree', () => {
	let sample: Analysed;
	suiteSetup(async () => {
		sample = await analyseFolder(sampleFolder);
	});

	test('names spelled more than one way come first', () => {
		const roots = buildEntityTree(sample.corpus.entities, sample.directory);
		const variants = roots.filter((root) => root.children.length > 1);
		assert.ok(variants.length >= 2);
		assert.deepEqual(roots.slice(0, variants.length), variants);
	});

	test('each spelling lists the outlets that use it', () => {
		const president = buildEntityTree(sample.corpus.entities, sample.directory).find((root) => root.label === 'Aleksandr Varennikov')!;
		assert.match(president.description!, /^person · 6 outlets · 2 spellings$/);
		const variant = president.children.find((child) => /Varennikoff/.test(child.label))!;
		assert.equal(variant.description, 'dravonia-today');
		assert.equal(variant.children[0].label, 'dravonia-today');
	});

	test('an outlet under a spelling opens a mention written that way', () => {
		const president = buildEntityTree(sample.corpus.entities, sample.directory).find((root) => root.label === 'Aleksandr Varennikov')!;
		const { article, start, end } = president.children.find((child) => /Varennikoff/.test(child.label))!.children[0].target!;
		assert.match(sample.directory.get(article)!.text.slice(start, end), /Varennikoff/i);
	});

	test('a spelling row offers Accept; an accepted one says so and offers Stop Accepting', () => {
		const president = buildEntityTree(sample.corpus.entities, sample.directory, ['aleksandr varennikoff']).find((root) => root.label === 'Aleksandr Varennikov')!;
		const accepted = president.children.find((child) => /Varennikoff/.test(child.label))!;
		const usual = president.children.find((child) => child !== accepted)!;
		assert.equal(accepted.contextValue, 'acceptedSpelling');
		assert.equal(accepted.spelling, 'Aleksandr Varennikoff');
		assert.equal(accepted.description, 'accepted · dravonia-today');
		assert.equal(usual.contextValue, 'spelling');
		assert.equal(usual.spelling, usual.label);
	});
});
