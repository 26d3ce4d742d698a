import * as assert from 'node:assert/strict';
import { discrepancyDiagnostics } from '../../../src/presentation/diagnostics';
import { discrepancyMarks } from '../../../src/presentation/discrepancyMarks';
import { type Analysed, analyseFolder, fixtureFolder, sampleFolder } from './analysed';

suite('diagnostics and underlines', () => {
	let sample: Analysed;
	let fixture: Analysed;
	suiteSetup(async () => {
		sample = await analyseFolder(sampleFolder);
		fixture = await analyseFolder(fixtureFolder);
	});

	test('a high-severity figure is a warning on the odd outlet, coded with its kind', () => {
		const diagnostics = discrepancyDiagnostics(sample.comparison.discrepancies, 'harbourline-daily', sample.directory);
		const percent = diagnostics.find((diagnostic) => diagnostic.code === 'figure')!;
		assert.equal(percent.severity, 'warning');
		assert.equal(sample.directory.get('harbourline-daily')!.text.slice(percent.start, percent.end), '26 percent');
		assert.match(percent.message, /26 percent/);
	});

	test('related information points at every other outlet\'s passage with its version', () => {
		const percent = discrepancyDiagnostics(sample.comparison.discrepancies, 'harbourline-daily', sample.directory).find((diagnostic) => diagnostic.code === 'figure')!;
		const related = percent.related.map((item) => item.message).sort();
		assert.deepEqual(related, ['Kestria Morning Post: 27%', 'The Meridian Ledger: 27%', 'Tidewater Press: 27 percent']);
		for (const item of percent.related) {
			assert.match(sample.directory.get(item.article)!.text.slice(item.start, item.end), /27/);
		}
	});

	test('medium and low severity are information', () => {
		const all = sample.articleIds.flatMap((article) => discrepancyDiagnostics(sample.comparison.discrepancies, article, sample.directory));
		assert.ok(all.some((diagnostic) => diagnostic.severity === 'information'));
		const severities = new Map(sample.comparison.discrepancies.map((discrepancy) => [discrepancy.summary, discrepancy.severity]));
		assert.ok(all.every((diagnostic) => (diagnostic.severity === 'warning') === (severities.get(diagnostic.message) === 'high')));
	});

	test('an outlet that sides with the majority gets no diagnostic, but an underline of the other kind', () => {
		assert.deepEqual(
			discrepancyDiagnostics(fixture.comparison.discrepancies, 'northfield-courier', fixture.directory).map((diagnostic) => diagnostic.code),
			[],
		);
		const marks = discrepancyMarks(fixture.comparison.discrepancies, 'northfield-courier');
		assert.ok(marks.length >= 2);
		assert.ok(marks.every((mark) => !mark.differs));
	});

	test('a reworded quote underlines only the word that differs', () => {
		const marks = discrepancyMarks(fixture.comparison.discrepancies, 'valley-herald');
		const quote = marks.find((mark) => mark.discrepancy.kind === 'quote')!;
		assert.equal(fixture.directory.get('valley-herald')!.text.slice(quote.start, quote.end), 'unites');
		assert.ok(quote.differs);
	});
});
