import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('days of the week, judged outlet by outlet', () => {
	test("a day that stands nowhere like the others' does not hide another outlet's odd day", async () => {
		const found = await compareTexts(
			'The painter Ilse Brandt died on Thursday evening in a Vell hospital after a long illness, her agent said.',
			'Ilse Brandt died Thursday at a hospital in Vell after a long illness.',
			'Ilse Brandt died Sunday of heart failure at a hospital in Vell, her agent said.',
			'The painter Ilse Brandt passed away at a hospital in Vell at 9:40 pm (0540 GMT Friday) after a long illness, her agent said.',
		);
		const days = listed(found, 'figure').filter((discrepancy) => discrepancy.summary.startsWith('Day of the week'));
		assert.equal(naming(days, 'Thursday', 'Sunday').length, 1, show(found));
		// The Friday of a time zone is no dissent: it is not listed as the odd day.
		assert.ok(!days.some((discrepancy) => discrepancy.mentions.some((mention) => mention.odd && mention.variant === 'Friday')), show(found));
	});

	test('against a day two outlets agree on, one shared word beside the day lists it in passages only loosely alike (similarity 0.2)', async () => {
		const burned = 'Three people died when a bank in the old port of Vell burned Friday as thousands marched against the new taxes.';
		const found = await compareTexts(
			burned,
			'Three people, among them a young teacher, were killed when protesters threw firebombs at a bank in Vell on Wednesday.',
			'Three people were killed in Vell on Wednesday when marchers threw firebombs at a bank, the police said.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Wednesday', 'Friday').length, 1, show(found));
		// One outlet against one other: the same loose passages say too little.
		const alone = await compareTexts(burned, 'Three people, among them a young teacher, were killed when protesters threw firebombs at a bank in Vell on Wednesday.');
		assert.deepEqual(naming(listed(alone, 'figure'), 'Wednesday', 'Friday'), [], show(alone));
		assert.equal(naming(alone, 'Wednesday', 'Friday').length, 1, show(alone));
	});
});

suite('quotes: a word replaced beside the edge of an otherwise verbatim quote', () => {
	test('a shared stretch that runs to the start of the quote does not keep the change low', async () => {
		const found = await compareTexts(
			'"Orla Tiernan is a gifted gardener and a widely admired television host," the two producers said in a statement on Monday.',
			'The producers called her "a gifted painter and a widely admired television host."',
			'The producers called the Irish presenter "a gifted painter and a widely admired television host."',
		);
		assert.equal(naming(listed(found, 'quote'), 'painter', 'gardener').length, 1, show(found));
	});

	test('sharedToEdge: a stretch reaching the edge does not limit; a change at the very edge gets 0', async () => {
		const { diffWords } = await import('../../../src/core/compare/wordDiff');
		const { tokenize } = await import('../../../src/core/compare/tokens');
		const tokens = (text: string) => tokenize(text, 0, text.length);
		const diff = (a: string, b: string) => diffWords(tokens(a), tokens(b)).changes.map(({ sharedAround, sharedToEdge }) => [sharedAround, sharedToEdge]);
		// Two words before (reaching the start), five after (reaching the end): 2 around, 7 to the edges.
		assert.deepEqual(diff('a gifted gardener and a widely admired host', 'a gifted painter and a widely admired host'), [[2, 7]]);
		// Three before, reaching the start; two after, not reaching the end.
		assert.deepEqual(diff('the pier was rebuilt by the city in spring', 'the pier was repaired by the town in spring'), [[2, 2], [2, 2]]);
		// The last word changed: nothing shared after it.
		assert.deepEqual(diff('we will rebuild the old pier', 'we will rebuild the old harbour'), [[0, 0]]);
	});
});

suite('attributions: a person named before the body given as the speaker', () => {
	const quote = '"We started planning the new pier for the ferries a few months ago, and it will open next summer,"';
	const said = `New pier planned\n\nThe harbour board will build a new pier next year.\n\n${quote} said Ivo Marr, who runs the harbour.`;
	const intro = (before: string) => `Harbour to get pier\n\nThe harbour board will build a new pier next year.\n\n${before} says: ${quote.replace(/,"$/, '."')}`;

	test('"Ivo Marr, Controller, Tarn Harbour Commissioning says:" is Ivo Marr speaking, not another speaker', async () => {
		const found = await compareTexts(said, said, intro('Ivo Marr, Controller, Tarn Harbour Commissioning'));
		assert.deepEqual(listed(found, 'attribution'), [], show(found));
	});

	test('another person before the verb is still another speaker', async () => {
		const found = await compareTexts(said, said, intro('Tomas Vey, who runs the ferries,'));
		assert.equal(listed(found, 'attribution').length, 1, show(found));
	});
});

suite('attributions: a short phrase in marks given to two speakers', () => {
	const union = [
		`The harbour plan was "a turning point for the whole town," Piet Dorr of the fishermen's union said on Monday.`,
		`Piet Dorr of the fishermen's union called the harbour plan "a turning point for the whole town."`,
	];
	test('is not one quote misattributed when the sentences that carry it say different things', async () => {
		const found = await compareTexts(...union, `Last spring's flood was "a turning point for the whole town," Ana Ruiz wrote in her weekly column.`);
		assert.deepEqual(listed(found, 'attribution'), [], show(found));
	});

	test('in alike sentences another speaker is still listed', async () => {
		const found = await compareTexts(...union, `The harbour plan was "a turning point for the whole town," Ana Ruiz of the fishermen's union said on Monday.`);
		assert.equal(naming(found.filter((discrepancy) => discrepancy.severity !== 'low'), 'Ana Ruiz', 'Piet Dorr').length, 1, show(found));
	});
});

suite('date echoes: years of passages the aligner left apart, told with the same words around them', () => {
	async function echoes(...texts: string[]): Promise<string[][]> {
		const { analyzeCorpus } = await import('../../../src/core/analyze');
		const { alignCorpus } = await import('../../../src/core/compare/compare');
		const { Aligner } = await import('../../../src/core/compare/aligner');
		const context = alignCorpus(analyzeCorpus(texts.map((text, n) => ({ id: `a${n + 1}`, path: `a${n + 1}.txt`, text }))), new Aligner());
		return context.aligner
			.nearMisses()
			.filter((nearMiss) => nearMiss.echo)
			.map(({ a, b }) => [a.article, b.article]);
	}

	const stunned = (year: string) => `Orso, who grew up poor in the hill villages and trained in a barn with his uncle for a decade, stunned boxing fans knocking out champion Vey in ${year} at a packed arena.`;
	const silenced = (what: string) => `Critics who had written him off before his first title fight and doubted his stamina were silenced when ${what}.`;
	test('two years beside four of the same words (six words either side) are paired; two are not enough', async () => {
		const found = await echoes(stunned('2001'), silenced('Orso stunned boxing fans knocking out champion Vey in 2003'));
		assert.deepEqual(found, [['a1', 'a2']]);
		const loose = await echoes(stunned('2001'), silenced('Orso beat Vey in 2003 in a small hall'));
		assert.deepEqual(loose, []);
	});

	test('a year moved between two such passages is listed, at medium', async () => {
		const found = await compareTexts(stunned('2001'), silenced('Orso stunned boxing fans knocking out champion Vey in 2003'));
		assert.equal(naming(listed(found, 'figure'), '2001', '2003').length, 1, show(found));
	});

	test('the same year, or a year the article only implies ("today"), is no echo', async () => {
		const same = await echoes(stunned('2001'), silenced('Orso stunned boxing fans knocking out champion Vey in 2001'));
		assert.deepEqual(same, []);
		const implied = await echoes(stunned('2001'), silenced('Orso stunned boxing fans knocking out champion Vey today'));
		assert.deepEqual(implied, []);
	});
});

suite('datelines', () => {
	test("a dateline's date is when the outlet filed, never compared with the event's day; the cost still is", async () => {
		const found = await compareTexts(
			'---\noutlet: Keston Post\ndate: 2024-05-06\ntitle: Keston opens its ferry over the Vell\n---\n\nThe town of Keston opened its new ferry over the River Vell on Saturday, ending two years of detours for people who walk to the market.\n\nThe ferry cost 3.1 million euros, most of it paid by the regional fund.',
			'Ferry over the Vell opens in Keston\n\nby Ada Lenz\n\nKESTON, May 6 (Vell Herald) – Keston opened a ferry across the River Vell on Saturday, ending two years of detours for shoppers who walk to the market.\n\nThe ferry cost 3.4 million euros, most of it paid by the regional fund.',
			'---\noutlet: Orne Times\ndate: 2024-05-07\n---\n\nKeston celebrated the opening of a ferry over the River Vell on Saturday, ending two years of detours.\n\nThe ferry cost 3.1 million euros, according to the regional fund, which paid most of it.',
		);
		assert.equal(naming(found, 'May 6').length, 0, show(found));
		assert.equal(naming(listed(found, 'figure'), '3.4 million').length, 1, show(found));
	});
});

suite('channels', () => {
	test("a channel another agency names stays a discrepancy", async () => {
		const courier = '---\noutlet: Kestrel\n---\n\nThe mayor backed the plan to shut the old port for repairs, harbour adviser Ivo Marsh told the press. The council agreed.';
		const other = '---\noutlet: Vell Herald\n---\n\nIvo Marsh, a harbour aide, told Coast Radio that the mayor backed the plan to shut the old port for repairs.';
		const differ = await compareTexts(courier, other);
		assert.equal(listed(differ, 'attribution').length, 1, show(differ));
	});

	test('two relayers, each through a channel of their own, are two relays, not one claim relayed two ways', async () => {
		const agent = '---\noutlet: Kestrel\n---\n\nAda Lenz checked into a clinic in Orla on Friday night for a month-long stay, her agent confirms to the Harbour Times.';
		const source = '---\noutlet: Vell Herald\n---\n\nA source tells Coast Radio that Ada Lenz checked into a clinic in Orla on Friday night for a month-long stay.';
		const found = await compareTexts(agent, source);
		assert.deepEqual(listed(found, 'attribution'), [], show(found));
	});

	test("“told the press” in an agency's own article and “told <that agency>” in another outlet's are one channel (the seed articles)", async function () {
		const { seedsPresent, seedsFolder, articleFiles } = await import('../helpers/sample');
		if (!seedsPresent()) {
			console.log('      (skipped: ../shared/seeds is not here)');
			this.skip();
		}
		const { readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const texts = articleFiles(seedsFolder).map((name) => readFileSync(join(seedsFolder, name), 'utf8'));
		const found = await compareTexts(...texts);
		const pressAgainstAgency = listed(found, 'attribution').filter((discrepancy) => discrepancy.mentions.some((mention) => /the press|reporters/.test(mention.variant)));
		assert.equal(pressAgainstAgency.length, 0, show(found));
	});
});
