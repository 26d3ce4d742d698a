import * as assert from 'node:assert/strict';
import { buildReport, type ReportFilter } from '../../../src/core/report/model';
import type { Discrepancy } from '../../../src/core/types';
import { selectShown } from '../../../src/presentation/discrepancyFilter';
import { ignoringEntries } from '../../../src/presentation/ignoreFile';
import { type Analysed, analyseFolder, sampleFolder } from './analysed';

suite('the one selection of discrepancies', () => {
	let sample: Analysed;
	let percent: Discrepancy;
	let spelling: Discrepancy;
	suiteSetup(async () => {
		sample = await analyseFolder(sampleFolder);
		percent = sample.comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'figure' && discrepancy.mentions.some((mention) => mention.odd && mention.text === '26 percent'))!;
		spelling = sample.comparison.discrepancies.find((discrepancy) => discrepancy.kind === 'entity' && discrepancy.mentions.some((mention) => mention.odd && mention.variant === 'Aleksandr Varennikoff'))!;
		assert.ok(percent && spelling, 'the sample has its planted percentage and spelling');
	});

	const select = (filter: ReportFilter) => selectShown(sample.corpus, sample.comparison.discrepancies, filter);

	test('an ignored id is set aside and counted, not lost', () => {
		const { listed, ignored, counts } = select({ minSeverity: 'low', ignore: { discrepancies: [percent.id] } });
		assert.ok(!listed.some((discrepancy) => discrepancy.id === percent.id));
		assert.deepEqual(
			ignored.map((discrepancy) => [discrepancy.id, discrepancy.ignoredBy]),
			[[percent.id, `discrepancy ${percent.id}`]],
		);
		assert.equal(counts.ignored, 1);
		assert.equal(counts.found, sample.comparison.discrepancies.length);
	});

	test('every discrepancy is listed or counted once, for one reason', () => {
		for (const filter of [{}, { minSeverity: 'medium' }, { minSeverity: 'high', kinds: ['quote'] }, { minSeverity: 'medium', kinds: ['figure', 'entity'], ignore: { discrepancies: [percent.id], names: ['varennikoff'] } }] as ReportFilter[]) {
			const { counts, listed } = select(filter);
			assert.equal(counts.listed, listed.length);
			assert.equal(counts.listed + counts.belowSeverity + counts.otherKinds + counts.ignored, counts.found, JSON.stringify(filter));
		}
	});

	test('medium and up leaves the low ones out and counts them; ignored ones count as ignored whatever their severity', () => {
		const low = sample.comparison.discrepancies.filter((discrepancy) => discrepancy.severity === 'low');
		assert.ok(low.length > 0);
		const plain = select({ minSeverity: 'medium' });
		assert.equal(plain.counts.belowSeverity, low.length);
		assert.ok(plain.listed.every((discrepancy) => discrepancy.severity !== 'low'));
		const ignoringOneLow = select({ minSeverity: 'medium', ignore: { discrepancies: [low[0].id] } });
		assert.equal(ignoringOneLow.counts.belowSeverity, low.length - 1);
		assert.equal(ignoringOneLow.counts.ignored, 1);
	});

	test('the listed order is the ranked order', () => {
		const { listed } = select({ minSeverity: 'low', ignore: { discrepancies: [percent.id] } });
		const ranks = listed.map((discrepancy) => sample.comparison.discrepancies.indexOf(discrepancy));
		assert.deepEqual(
			ranks,
			[...ranks].sort((a, b) => a - b),
		);
	});

	test('the report lists and counts exactly what the views list and count', () => {
		const filter: ReportFilter = { minSeverity: 'medium', kinds: ['figure', 'quote', 'entity'], ignore: { discrepancies: [percent.id], outlets: ['Tidewater Press'] } };
		const report = buildReport(sample.corpus, sample.comparison, { ...filter, showIgnored: true });
		const shown = select(filter);
		assert.deepEqual(
			report.discrepancies.map((discrepancy) => discrepancy.id),
			shown.listed.map((discrepancy) => discrepancy.id),
		);
		assert.deepEqual(report.counts, shown.counts);
		assert.deepEqual(
			report.ignored?.map((discrepancy) => discrepancy.id),
			shown.ignored.map((discrepancy) => discrepancy.id),
		);
	});

	test('an accepted spelling sets its spelling discrepancy aside, whatever its case', () => {
		const { ignored } = select({ ignore: { names: [' aleksandr varennikoff'] } });
		assert.deepEqual(
			ignored.map((discrepancy) => [discrepancy.id, discrepancy.ignoredBy]),
			[[spelling.id, 'name']],
		);
	});

	test('an ignored outlet matches its outlet name, not the label the panel gives it', () => {
		const { ignored } = select({ ignore: { outlets: ['Harbourline Daily'] } });
		assert.ok(ignored.some((discrepancy) => discrepancy.id === percent.id && discrepancy.ignoredBy === 'outlet'));
		assert.ok(ignored.every((discrepancy) => discrepancy.mentions.filter((mention) => mention.odd).every((mention) => mention.article === 'harbourline-daily')));
	});

	test('Stop Ignoring finds the entries that ignore a discrepancy, as written in the file', () => {
		const outletOf = (article: string) => sample.corpus.articles.find(({ parsed }) => parsed.article.id === article)!.parsed.article.meta.outlet;
		assert.deepEqual(ignoringEntries(percent, { discrepancies: [percent.id], outlets: ['Harbourline Daily'] }, outletOf), { key: 'discrepancies', values: [percent.id] });
		assert.deepEqual(ignoringEntries(spelling, { names: ['Borodin', 'ALEKSANDR VARENNIKOFF'] }, outletOf), { key: 'names', values: ['ALEKSANDR VARENNIKOFF'] });
		assert.deepEqual(ignoringEntries(percent, { figures: ['26 Percent'] }, outletOf), { key: 'figures', values: ['26 Percent'] });
		assert.deepEqual(ignoringEntries(percent, { outlets: ['harbourline daily', 'Tidewater Press'] }, outletOf), { key: 'outlets', values: ['harbourline daily'] });
		assert.equal(ignoringEntries(percent, { names: ['Aleksandr Varennikoff'] }, outletOf), undefined);
	});
});
