import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateCluster, listClusters, summarize, type ClusterEvaluation } from '../../scripts/eval/evaluate';
import { defaultClusters, defaultSeeds, sampleCluster, samplePlantsPerKind } from '../../scripts/eval/folders';
import { brierOn, fitCells, loco, type LabelledItem } from '../../scripts/eval/calibration';
import { calibrationOf, precisionOf, readLabels } from '../../scripts/eval/labels';
import { numeralsOf, overlap, passagesOf, quotedSpans } from '../../scripts/eval/plain/text';
import { anyCounterpart, counterpartGroups, headline, nearCopy } from '../../scripts/eval/plants/counterparts';

/*
 * The floors below were measured with seed `crossread` (`npm run eval -- --plants 1` for the dev
 * clusters, the sample's own 10 plants) and set just under the measured value: losing one listed
 * plant of a row fails. Issue 12's targets are higher: listed recall >= 0.9 for every kind, a
 * precision of the default list >= 0.8, at most 5 listed per untouched cluster. Where the honest
 * measurement is low today, the floor is that low value, so that a regression fails and a rule
 * that helps shows in `npm run eval`; raise a floor when a rule raises the measurement.
 */

/** Plants of each kind and scheme per dev cluster in this test: one, to keep `npm test` short (`npm run eval` plants three). */
const testPlantsPerKind = 1;

/** A row's floors: listed by default (medium and up), and found at any severity. */
type Floors = Record<string, { listed: number; any: number }>;

/**
 * Dev clusters, one plant of each kind and scheme each. Session 29: plants may now go where the
 * analysis only hesitates (a low discrepancy at the spot; `alreadyFlagged` reads the default list
 * alone), so every row was drawn anew and measured again: 11 of 14, 14 of 15, 10 of 11, 16 of 16,
 * 9 of 16 (12 at any severity) in near copies; 10 of 13, 11 of 16, 6 of 7, 15 of 16, 9 of 16 (16
 * at any) elsewhere. Of the 216 plants `npm run eval` drew both before and after, none moved.
 */
const devFloors: Floors = {
	// Issue 12's target for every row: 0.9 listed. Dates are found at any severity but listed low.
	// Measured on h-trust (each odd weekday judged apart; against a day two outlets agree on, one
	// shared word from similarity 0.2; a quote's word replaced beside its edge): moved dates 9 of 15
	// and 7 and 9 of 16 (any counterpart: 5 and 8 before).
	// Measured on h-trust3 (weekdays beside the same words as the day two outlets agree on; dates of
	// looser passages among two shared words, read against the odd outlet's closest passage; names
	// one word apart placed by that word; a name met once read as the type of the name it replaces;
	// names in a work's title, accepted spellings and stints left out): 12 of 14, 9 of 15, 9 and 10
	// of 11, 13 and 15 of 16, 12 and 14 of 16; 11 of 13, 5 and 8 of 16, 5 of 7, 15 of 16, 7 and 12
	// of 16. On h-trust2: 12 of 14, 4 and 6 of 15, 9 and 10 of 11, 14 and 16 of 16, 8 and 14 of 16;
	// 10 of 13, 1 and 6 of 16, 5 of 7, 15 of 16, 6 and 12 of 16.
	// NOTE: the plants are drawn among the claims the analysis does not already flag, so a quieter
	// analysis draws other plants; `npm run eval` (three per kind) is the measure to compare. The
	// near-copy respelling floor went down (0.87 → 0.81) for that reason alone: of the plants both
	// versions drew with three per kind, none respelled was lost; the new draws include a name the
	// entity finder does not read ("Gary Ros") and a heading word ("Primetime Emy").
	'near copy | figure': { listed: 0.78, any: 0.85 },
	// Session 19 (`--plants 1`): 12 of 14, 13 of 15, 11 of 11, 14 and 15 of 16, 12 and 14 of 16 in near
	// copies; 10 and 11 of 13, 11 and 13 of 16, 5 of 7, 15 and 16 of 16, 10 and 13 of 16 elsewhere.
	'near copy | date': { listed: 0.93, any: 0.93 },
	'near copy | quote': { listed: 0.9, any: 0.95 },
	'near copy | respelling': { listed: 0.95, any: 0.95 },
	// Session 25: 11 of 16 (13 at any severity) once a list's item is read apart from a name the other passage gives
	// outside a list: a quieter analysis drew other plants (Mannheim-style datelines, a son's first
	// name), each missed before the rule too; of the 409 plants `npm run eval` drew both before and
	// after, none was lost.
	'near copy | replacement': { listed: 0.56, any: 0.75 },
	// Session 12: 10 of 13 listed (11 before): one outlet against one in passages under 0.3 alike must
	// carry one claim (`figureRules.oneAgainstOneBelow`), which lowers a season's gain in wins
	// told in two loosely alike sentences; five such pairs of two facts left the story clusters' list.
	// Then 9 of 13: records and scores are figures now, so plants land in them (a "131-150" changed to "131-190"),
	// found but low when one outlet's loosely alike sentence is set against one other's.
	'any counterpart | figure': { listed: 0.76, any: 0.92 },
	'any counterpart | date': { listed: 0.68, any: 0.87 },
	'any counterpart | quote': { listed: 0.85, any: 0.85 },
	// Session 25: 14 of 16, the same redraw (a nickname's respelling, low before the rule too).
	'any counterpart | respelling': { listed: 0.93, any: 0.95 },
	'any counterpart | replacement': { listed: 0.56, any: 0.95 },
};

/** The sample cluster, ten plants of each kind and scheme (measured on h-trust: reworded quotes 8 of 8 near copies listed, 6 before; on h-trust3: 8, 2 of 2, 6, 9, 7 of 10 near copies listed; 8 of 9, 2 of 2, 9, 5 other counterparts). */
const sampleFloors: Floors = {
	'near copy | figure': { listed: 0.93, any: 0.93 },
	'near copy | date': { listed: 0.95, any: 0.95 },
	'near copy | quote': { listed: 0.95, any: 0.95 },
	'near copy | respelling': { listed: 0.85, any: 0.85 },
	'near copy | replacement': { listed: 0.65, any: 0.85 },
	'any counterpart | figure': { listed: 0.83, any: 0.94 },
	'any counterpart | date': { listed: 0.95, any: 0.95 },
	// No quote of the sample has a counterpart in other words only: no row.
	'any counterpart | respelling': { listed: 0.85, any: 0.85 },
	'any counterpart | replacement': { listed: 0.45, any: 0.85 },
};

/**
 * Precision of the default list on the labelled real clusters: measured 19 real of 25 (0.76) once a name
 * cut at a hyphen is no swap, 19 of 26 (0.73) once two
 * versions of a quote must share three words, 19 of 27 (0.70) once a
 * figure's frame reads the part of the event (a round, a half) and a difference ("four rounds sooner
 * than"), and a time of day reads the same in the 12- and the 24-hour clock; 19 of 31 (0.613) before and,
 * on the seed articles, 8 of 9 (an agency's own "told the press" is no other channel than "told
 * <that agency>"; 8 of 10 before). The 31st came with the sentence splitter that no longer cuts "…win over No. 8 …" after
 * "No.": two games with one score read as a place told two ways, labelled noise. Before: 19 of 30,
 * 17 of 34, 16 of 52 in earlier sessions; issue 12's target: 0.8. Session 9: 19 of 22; session
 * 10: 23 of 26 (0.88), four reworded quotes listed, all labelled real. The dev floor lets one more
 * noise item pass (23 of 27 = 0.85), not two; the seeds' lets one (8 of 9). Session 19: 25 of 26
 * (0.96); the floor lets one more noise item pass (25 of 27 = 0.93), not two. Session 35: 25 of 25
 * (the total of "41 of his 95 punches" is no longer set against another outlet's punches landed);
 * the floor lets one noise item pass (25 of 26 = 0.96), not two (25 of 27).
 */
const precisionFloors = { dev: 0.95, seeds: 0.88 };

/** Discrepancies listed by default per untouched dev cluster, on average: measured 1.6 now (1.56), 1.9 on h-trust3, 2.1 on h-trust2, 3.3 before (issue 12's target: at most 5). */
const maxListedPerCluster = 2.0;

/** Asserts each row's floors, with the plants that a reader would not see spelled out. */
function assertRecall(evaluations: ClusterEvaluation[], floors: Floors): void {
	const { recall } = summarize(evaluations);
	for (const [row, floor] of Object.entries(floors)) {
		const { plants, listed, found } = recall[row];
		const missed = evaluations
			.flatMap((evaluation) => evaluation.plants)
			.filter((result) => `${result.scheme} | ${result.kind}` === row && (!result.found || result.severity === 'low'))
			.map((result) => `\n  ${result.cluster}/${result.article}: ${result.change}\n    ${result.diagnosis}`);
		assert.ok(plants > 0, `${row}: nothing could be planted`);
		assert.ok(listed / plants >= floor.listed, `${row}: ${listed} of ${plants} listed by default (floor ${floor.listed})${missed.join('')}`);
		assert.ok(found / plants >= floor.any, `${row}: ${found} of ${plants} found at any severity (floor ${floor.any})${missed.join('')}`);
	}
}

suite('evaluation (npm run eval)', () => {
	suite('the evaluation reads articles by plain patterns, not by the analysis', () => {
		const article = [
			'Harbour reopens after storm',
			'',
			'The mayor of Port Elvan closed the harbour on Monday after the storm wrecked two piers. Crews worked through the night.',
			'',
			'"We will rebuild the piers before summer," said Mayor Ilse Varga, adding that 1,200 households lost power and 12% of boats sank in 2019.',
		].join('\n');

		test('a headline is a passage, and so is each sentence of a paragraph', () => {
			const texts = passagesOf('a', article).map((passage) => article.slice(passage.start, passage.end));
			assert.deepEqual(texts, [
				'Harbour reopens after storm',
				'The mayor of Port Elvan closed the harbour on Monday after the storm wrecked two piers.',
				'Crews worked through the night.',
				'"We will rebuild the piers before summer," said Mayor Ilse Varga, adding that 1,200 households lost power and 12% of boats sank in 2019.',
			]);
		});

		test('quotation marks are paired in order, so the words between two quoted names are no quote', () => {
			const text = 'Odd Lane wants a "Tarnline" berth by May for"The Long Tide of Orla" and its crew.\nThe hull is 0.75" thick, "as thin as a coin," the builder said.\n“We sail at dawn,” she said.';
			const quoted = quotedSpans(text, 12).map((span) => text.slice(span.start, span.end));
			assert.deepEqual(quoted, ['The Long Tide of Orla', 'as thin as a coin,', 'We sail at dawn,']);
		});

		test('the headline is the first line when it is short and has no final punctuation, or the front matter\'s title', () => {
			assert.deepEqual(passagesOf('a', article).map((passage) => passage.headline), [true, false, false, false]);
			const wrapped = 'The mayor of Port Elvan closed the harbour on Monday after the storm\nwrecked two piers.\n';
			assert.deepEqual(passagesOf('b', wrapped).map((passage) => passage.headline), [false, false]);
			const front = '---\ntitle: Harbour reopens after the storm\noutlet: Elvan Post\n---\nThe mayor of Port Elvan reopened the harbour.\n';
			assert.deepEqual(passagesOf('c', front).map((passage) => passage.headline), [true, false]);
		});

		test('the headline scheme pairs a headline with other outlets\' headlines only', () => {
			const texts = new Map([
				['a', 'Storm wrecks two piers in Port Elvan\n\nThe storm wrecked two piers in Port Elvan on Monday, the mayor said.\n'],
				['b', 'Port Elvan piers wrecked by storm\n\nThe storm wrecked two piers in Port Elvan on Monday, the mayor said.\n'],
			]);
			const groups = counterpartGroups({ texts } as unknown as Parameters<typeof counterpartGroups>[0], headline);
			assert.deepEqual(
				groups.map((group) => group.map((passage) => texts.get(passage.article)!.slice(passage.start, passage.end))),
				[
					['Storm wrecks two piers in Port Elvan', 'Port Elvan piers wrecked by storm'],
					['Port Elvan piers wrecked by storm', 'Storm wrecks two piers in Port Elvan'],
				],
			);
		});

		test('a line that only stamps the page with a time is no passage; a sentence with a time of day is', () => {
			assert.equal(passagesOf('c', 'Updated: Tuesday, June 4, 2024, 7:45 PM EDT').length, 0);
			assert.equal(passagesOf('c', 'Posted Jun 4th, 2024 @ 7:45am').length, 0);
			assert.equal(passagesOf('c', 'The harbour reopened on Tuesday at 7:45 PM, the port authority said.').length, 1);
		});

		test("a dateline's date and a date stamped with a clock time are when the outlet filed: no date is planted there", async () => {
			const { isFilingDate } = await import('../../scripts/eval/plants/date');
			const at = (text: string, date: string) => isFilingDate(text, text.indexOf(date), text.indexOf(date) + date.length);
			assert.equal(at('TARN, June 4 (Vell Wire) – The ferry sank before dawn.', 'June 4'), true);
			assert.equal(at('Ferry sinks off Tarn – June 4, 2024 at 3:24 p.m.', 'June 4'), true);
			assert.equal(at('The ferry sank on June 4, 2024, the agency said.', 'June 4'), false);
			assert.equal(at('The ferry sank in 2024, at the height of the storms.', '2024'), false);
		});

		test('a passage of fewer than three content words is left out ("He said no.")', () => {
			assert.equal(passagesOf('b', 'He said no.').length, 0);
		});

		test('one claim in other words is a counterpart: five content words shared, a Dice overlap from 0.3, below a near copy', () => {
			const [ours] = passagesOf('a', 'The mayor closed the harbour on Monday after the storm wrecked two piers and a lighthouse near the old fish market.');
			const [theirs] = passagesOf('b', 'Officials shut the harbour on Monday: the storm had destroyed two piers, and the mayor asked residents to stay home.');
			const { shared, dice } = overlap(ours, theirs);
			assert.ok(shared >= anyCounterpart.minShared, `${shared} shared`);
			assert.ok(dice >= anyCounterpart.minDice && dice < nearCopy.minDice, `dice ${dice}`);
		});

		test('two sentences that merely share a topic are no counterpart under either scheme', () => {
			const [ours] = passagesOf('a', 'The mayor closed the harbour on Monday after the storm.');
			const [theirs] = passagesOf('b', 'Fishermen in the harbour said the storm season started early this year.');
			const { shared } = overlap(ours, theirs);
			assert.ok(shared < anyCounterpart.minShared && shared < nearCopy.minShared, `${shared} shared`);
		});

		test('numbers are counts, amounts and shares, not years, days of a month, times or dates in digits', () => {
			const text = 'date 2031-04-16. At 7:15 on March 3, 1,200 households and twelve boats, 12% of the fleet, lost $3.5 million in 2019.';
			const numbers = numeralsOf(text, { start: 0, end: text.length }).map(({ value, word }) => [value, word]);
			assert.deepEqual(numbers, [
				[1200, false],
				[12, true],
				[12, false],
				[3.5, false],
			]);
		});
	});

	suite('a folder of clusters may hold links to them', () => {
		test('a link is listed as the folder it points to, so that a change is never planted through it', async () => {
			const root = mkdtempSync(join(tmpdir(), 'crossread-clusters-'));
			try {
				mkdirSync(join(root, 'real', 'storm'), { recursive: true });
				writeFileSync(join(root, 'real', 'storm', 'a.txt'), 'The storm closed the harbour.\n');
				mkdirSync(join(root, 'links'));
				symlinkSync(join(root, 'real', 'storm'), join(root, 'links', 'storm'));
				assert.deepEqual(await listClusters(join(root, 'links')), [realpathSync(join(root, 'real', 'storm'))]);
			} finally {
				rmSync(root, { recursive: true, force: true });
			}
		});
	});

	suite('precision counts only labelled discrepancies, and lists the others', () => {
		const labels = { storm: { 'figure-1': { real: true, reason: 'two tolls' }, 'entity-2': { real: false, reason: 'a street in the town' } } };
		const listed = (id: string) => ({ id, severity: 'medium' as const, summary: `summary of ${id}` });

		test('of two labelled, one real: 0.5; an unlabelled one is listed, not guessed', () => {
			const result = precisionOf([{ cluster: 'storm', listed: [listed('figure-1'), listed('entity-2'), listed('quote-3')] }], labels);
			assert.deepEqual([result.labelled, result.real, result.precision], [2, 1, 0.5]);
			assert.deepEqual(result.unlabelled, ['storm/quote-3 [medium]: summary of quote-3']);
		});

		test("another cluster's label does not count", () => {
			const result = precisionOf([{ cluster: 'flood', listed: [listed('figure-1')] }], labels);
			assert.deepEqual([result.labelled, result.precision, result.unlabelled.length], [0, null, 1]);
		});
	});

	suite('calibration compares confidence with the labels', () => {
		const labels = { storm: { 'figure-1': { real: true, reason: 'two tolls' }, 'entity-2': { real: false, reason: 'a street in the town' }, 'quote-3': { real: true, reason: 'a word changed' } } };
		const listed = (id: string, confidence: number) => ({ id, severity: 'medium' as const, summary: id, confidence });

		test('the Brier score is the mean squared gap between confidence and the label; each bin gives its share real', () => {
			const result = calibrationOf([{ cluster: 'storm', listed: [listed('figure-1', 0.9), listed('entity-2', 0.6), listed('quote-3', 0.65), listed('omission-4', 0.2)] }], labels);
			// (0.1² + 0.6² + 0.35²) / 3, the unlabelled one left out.
			assert.ok(Math.abs(result.brier! - (0.01 + 0.36 + 0.1225) / 3) < 1e-9, String(result.brier));
			assert.equal(result.count, 3);
			const bin = result.bins.find((candidate) => candidate.from === 0.6)!;
			assert.deepEqual([bin.count, bin.real], [2, 0.5]);
			assert.ok(Math.abs(bin.confidence - 0.625) < 1e-9);
		});

		test('nothing labelled: no score', () => {
			assert.equal(calibrationOf([{ cluster: 'flood', listed: [listed('figure-1', 0.9)] }], labels).brier, null);
		});
	});

	suite('confidence is fitted on the labels as the share real of each kind and severity', () => {
		const item = (cluster: string, kind: LabelledItem['kind'], severity: LabelledItem['severity'], real: boolean, weight = 1): LabelledItem => ({ cluster, kind, severity, real, weight, confidence: 0.5, rank: 0 });
		const cell = (table: ReturnType<typeof fitCells>, kind: string, severity: string) => table.find((candidate) => candidate.kind === kind && candidate.severity === severity)!;

		test('a cell read often says its share real; a cell read twice is drawn toward its severity', () => {
			const items = [...Array.from({ length: 40 }, (_, i) => item('storm', 'entity', 'low', i < 4)), item('storm', 'figure', 'low', true), item('storm', 'figure', 'low', true)];
			const table = fitCells(items);
			// 4 of 40 real, drawn by two readings toward the low ones' share: all, (6 + 2 × 0.5) / 44 =
			// 0.159; the low ones, (6 + 2 × 0.159) / 44 = 0.144; the cell, (4 + 2 × 0.144) / 42 = 0.102.
			assert.ok(Math.abs(cell(table, 'entity', 'low').rate - 0.1) < 1e-9);
			assert.equal(cell(table, 'entity', 'low').confidence, 0.1);
			assert.ok(cell(table, 'figure', 'low').confidence < 0.6, 'two of two real is no certainty');
			assert.ok(cell(table, 'quote', 'low').confidence < 0.2, 'a cell never read takes its severity share');
		});

		test('a low one sampled weighs for the unread low ones of its cluster', () => {
			const items = [item('storm', 'omission', 'low', true, 1), item('storm', 'omission', 'low', false, 9)];
			assert.ok(Math.abs(cell(fitCells(items), 'omission', 'low').rate - 0.1) < 1e-9);
		});

		test('a higher severity never says less than a lower one of the same kind', () => {
			const items = [item('storm', 'entity', 'high', false), ...Array.from({ length: 10 }, () => item('storm', 'entity', 'medium', true))];
			const table = fitCells(items);
			assert.ok(cell(table, 'entity', 'high').confidence >= cell(table, 'entity', 'medium').confidence);
			assert.ok(cell(table, 'entity', 'medium').confidence >= cell(table, 'entity', 'low').confidence);
		});

		test('each cluster is predicted by a fit on the other clusters alone', () => {
			// The flood's figures are all noise, the storm's all real: left out, each is predicted by the other.
			const items = [...Array.from({ length: 20 }, () => item('storm', 'figure', 'medium', true)), ...Array.from({ length: 20 }, () => item('flood', 'figure', 'medium', false))];
			const [left] = loco(items);
			assert.ok(left.listed > 0.8, String(left.listed));
			const [, fitted] = brierOn(items.filter((one) => one.cluster === 'flood'), fitCells(items.filter((one) => one.cluster === 'storm')), 'flood');
			assert.ok(fitted.all > 0.8, String(fitted.all));
		});
	});

	suite('the sample cluster, with changes planted in copies of it', () => {
		let sample: ClusterEvaluation;

		suiteSetup(async function () {
			this.timeout(120_000);
			sample = await evaluateCluster(sampleCluster, { plantsPerKind: samplePlantsPerKind });
		});

		test('each scheme and kind of change is listed by default at least as often as measured', () => {
			assertRecall([sample], sampleFloors);
		});
	});

	suite('the dev clusters and the seed articles (../shared), with changes planted in copies of them', () => {
		let dev: ClusterEvaluation[] = [];
		let seeds: ClusterEvaluation[] = [];

		// Sixteen clusters with one plant of each kind and scheme take about as long as the sample.
		suiteSetup(async function () {
			if (!existsSync(defaultClusters) || !existsSync(defaultSeeds)) {
				console.log(`      skipped: no dev clusters or seeds at ${defaultClusters}, ${defaultSeeds}`);
				this.skip();
			}
			this.timeout(300_000);
			for (const folder of await listClusters(defaultClusters)) {
				dev.push(await evaluateCluster(folder, { plantsPerKind: testPlantsPerKind }));
			}
			seeds = [{ ...(await evaluateCluster(defaultSeeds, { plantsPerKind: testPlantsPerKind })), cluster: 'seeds' }];
		});

		suiteTeardown(() => {
			dev = [];
			seeds = [];
		});

		test('each scheme and kind of change is listed by default at least as often as measured', () => {
			assertRecall(dev, devFloors);
		});

		test('the default list on the untouched dev clusters is as precise as measured against the hand labels', () => {
			const { labelled, real, precision } = precisionOf(dev, readLabels());
			assert.ok(labelled > 0, 'no listed discrepancy of the dev clusters is labelled');
			assert.ok(precision! >= precisionFloors.dev, `${real} real of ${labelled} labelled (floor ${precisionFloors.dev})`);
		});

		test('the default list on the seed articles is as precise as measured against the hand labels', () => {
			const { labelled, real, precision } = precisionOf(seeds, readLabels());
			assert.ok(labelled > 0, 'no listed discrepancy of the seed articles is labelled');
			assert.ok(precision! >= precisionFloors.seeds, `${real} real of ${labelled} labelled (floor ${precisionFloors.seeds})`);
		});

		test(`the untouched dev clusters list at most ${maxListedPerCluster} discrepancies each by default, on average`, () => {
			const listed = dev.map((evaluation) => evaluation.listed.length);
			assert.ok(listed.some((count) => count > 0), 'nothing listed on any dev cluster: the measure would pass on an empty analysis');
			const average = listed.reduce((sum, count) => sum + count, 0) / dev.length;
			assert.ok(average <= maxListedPerCluster, `${average.toFixed(1)} per cluster: ${dev.map((evaluation) => `${evaluation.cluster} ${evaluation.listed.length}`).join(', ')}`);
		});
	});
});
