import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, show } from '../helpers/compareTexts';

/** A lede that tells the toll, and a second sentence. */
const report = (toll: string) => [`A ferry sank off Tarn on Tuesday, ${toll}, the coast guard said.`, 'Rescuers pulled 40 survivors from the cold water before dark.'];

/** Three outlets, each a headline over a report of its toll. */
const compareReports = (...outlets: [headline: string, toll: string][]) => compareTexts(...outlets.map(([headline, toll]) => article(headline, ...report(toll))));

/** The figure discrepancies that name a headline. */
const headlineFigures = (found: Awaited<ReturnType<typeof compareTexts>>) => listed(found, 'figure').filter((discrepancy) => discrepancy.summary.includes('headline'));

suite("a headline's toll against the reports' first sentences", () => {
	test('a headline that counts other dead than every report, its own too, is listed', async () => {
		const found = await compareReports(['Ferry sinks off Tarn', 'killing 12 people'], ['Tarn ferry disaster', 'killing 12 people'], ['Ferry sinking off Tarn kills 14', 'killing 12 people']);
		const flagged = headlineFigures(found);
		assert.equal(flagged.length, 1, show(found));
		assert.ok(flagged[0].summary.includes('14') && flagged[0].summary.includes('12 people'), show(found));
		assert.ok(flagged[0].mentions.some((mention) => mention.odd && mention.article === 'a3'), JSON.stringify(flagged[0].mentions));
	});

	test('a first sentence that gives the headline’s count bears it out', async () => {
		const found = await compareReports(['Ferry sinks off Tarn', 'killing 12 people'], ['Tarn ferry disaster', 'killing 12 people'], ['Ferry sinking off Tarn kills 14', 'killing 14 people']);
		assert.deepEqual(headlineFigures(found), [], show(found));
	});

	test('a headline’s bound takes the count it allows; a reported bound is no count to set against it', async () => {
		const over = await compareReports(['Ferry sinks off Tarn', 'killing 12 people'], ['Tarn ferry disaster', 'killing 12 people'], ['More than 10 dead as ferry sinks off Tarn', 'killing 12 people']);
		assert.deepEqual(headlineFigures(over), [], show(over));
		const atLeast = await compareReports(['Ferry sinks off Tarn', 'killing at least 12 people'], ['Tarn ferry disaster', 'killing at least 12 people'], ['Ferry sinking off Tarn kills 14', 'killing at least 12 people']);
		assert.deepEqual(headlineFigures(atLeast), [], show(atLeast));
	});

	test('a toll of an earlier disaster, told in the first sentences, is none of the story’s', async () => {
		for (const when of ['Last year', 'In 2019']) {
			const earlier = (headline: string) => `${headline}\nMarch 3, 2026\n\nA ferry sank off Tarn on Tuesday with 60 people on board, the coast guard said.\n\n${when} a ferry sank off nearby Orla, killing 12 people.\n`;
			const found = await compareTexts(earlier('Ferry sinks off Tarn'), earlier('Tarn ferry disaster'), earlier('Ferry sinking off Tarn kills 14'));
			assert.deepEqual(headlineFigures(found), [], `${when}: ${show(found)}`);
		}
	});

	test('one outlet’s count is not enough to set against a headline', async () => {
		const found = await compareReports(['Ferry sinks off Tarn', 'leaving many feared dead'], ['Tarn ferry disaster', 'killing 12 people'], ['Ferry sinking off Tarn kills 14', 'leaving many feared dead']);
		assert.deepEqual(headlineFigures(found), [], show(found));
	});

	test('a quake’s magnitude in a headline is set against the reports’ first sentences too; an aftershock’s is another quake’s', async () => {
		const quake = (headline: string, magnitude: string) =>
			article(headline, `A magnitude ${magnitude} earthquake struck near Tarn on Tuesday, damaging hundreds of homes, officials said.`, 'A magnitude 4.8 aftershock followed an hour later.');
		const found = await compareTexts(quake('Quake hits Tarn', '6.1'), quake('Tarn shaken by quake', '6.1'), quake('Magnitude 6.4 quake hits Tarn', '6.1'));
		const flagged = headlineFigures(found);
		assert.equal(flagged.length, 1, show(found));
		assert.ok(flagged[0].summary.includes('6.1') && flagged[0].summary.includes('6.4'), show(found));
		const agreed = await compareTexts(quake('Quake hits Tarn', '6.4'), quake('Tarn shaken by quake', '6.4'), quake('Magnitude 6.4 quake hits Tarn', '6.4'));
		assert.deepEqual(headlineFigures(agreed), [], show(agreed));
	});
});

suite("a headline's toll against the other outlets' headlines, when no first sentence gives one", () => {
	/** A headline over a report that gives no toll. */
	const untold = (headline: string) => article(headline, 'A fire broke out on a ferry off Tarn on Tuesday night, the coast guard said.', 'Rescuers pulled 40 survivors from the cold water before dark.');

	test('a headline that counts other dead than two others is listed, and says it is set against headlines', async () => {
		const found = await compareTexts(untold('Ferry fire off Tarn kills 12'), untold('Twelve killed as ferry burns off Tarn'), untold('At least 14 dead in Tarn ferry blaze'));
		const flagged = headlineFigures(found);
		assert.equal(flagged.length, 1, show(found));
		assert.ok(flagged[0].mentions.some((mention) => mention.odd && mention.article === 'a3'), JSON.stringify(flagged[0].mentions));
		assert.match(flagged[0].reason, /headlines of/);
	});

	test('one headline against one other is no majority', async () => {
		const found = await compareTexts(untold('Ferry fire off Tarn kills 12'), untold('At least 14 dead in Tarn ferry blaze'), untold('Ferry burns off Tarn'));
		assert.deepEqual(headlineFigures(found), [], show(found));
	});
});
