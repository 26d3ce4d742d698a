import * as assert from 'node:assert/strict';
import { generateCluster } from '../../../scripts/generateCluster';
import { analyzeArticle, combineAnalyses } from '../../../src/core/analyze';
import { Aligner } from '../../../src/core/compare/aligner';
import { alignCorpus } from '../../../src/core/compare/compare';
import type { CompareContext } from '../../../src/core/compare/context';
import { FigurePlaces, KeptPassageFigures, placeFigures, withKeptPassageFigures } from '../../../src/core/compare/discrepancies/figurePlacing';
import { findFigureDiscrepancies } from '../../../src/core/compare/discrepancies/figures';
import type { FigureFrame } from '../../../src/core/compare/figureFrame';

/** A generated folder aligned, and a passage of it with at least one comparable figure. */
function folder() {
	const articles = generateCluster(6, 5).map((article, index) => analyzeArticle({ id: `g${index}`, ...article }));
	const context = alignCorpus(combineAnalyses(articles), new Aligner());
	const member = context.claims.flatMap((claim) => claim.members).find((candidate) => placeFigures(context, context.unitOf(candidate), candidate, new FigurePlaces()).length > 0);
	assert.notEqual(member, undefined, 'the generated folder has a passage with a figure');
	return { context, member: member!, unit: context.unitOf(member!) };
}

suite('Passage figures kept between runs of the figure finder (incremental)', () => {
	test('runs that read passages through kept readings find what a run that reads them afresh finds', () => {
		const { context } = folder();
		const afresh = findFigureDiscrepancies(context);
		const kept = new KeptPassageFigures();
		assert.deepEqual(findFigureDiscrepancies(withKeptPassageFigures(context, kept)), afresh);
		// The second run reads every passage from what the first kept.
		assert.deepEqual(findFigureDiscrepancies(withKeptPassageFigures(context, kept)), afresh);
	});

	test('a passage read in one run is not read again in the next, unless its article\'s text changed', () => {
		const { context, member, unit } = folder();
		const kept = new KeptPassageFigures();
		const run = (on: CompareContext) => placeFigures(on, unit, member, new FigurePlaces(kept))[0];
		const first = run(context);
		// The same reading: the figure's frame is the very object framed in the first run.
		assert.equal(run(context).frame, first.frame);
		// An edit elsewhere in the article gives it another text: its passages are read again (an equal frame, another object).
		const edited = { ...context, textOf: (article: string) => (article === unit.article ? `${context.textOf(article)} ` : context.textOf(article)) };
		const again = run(edited);
		assert.notEqual(again.frame, first.frame);
		assert.deepEqual(again.frame, first.frame);
		// Without kept readings, each run frames the figure again.
		assert.notEqual(placeFigures(context, unit, member, new FigurePlaces())[0].frame, placeFigures(context, unit, member, new FigurePlaces())[0].frame);
	});

	test('a figure another passage of the run framed first keeps that frame, as when read afresh', () => {
		const { context, member, unit } = folder();
		const kept = new KeptPassageFigures();
		const figure = placeFigures(context, unit, member, new FigurePlaces(kept))[0].figure;
		// A verbatim copy's passage shares its figures with the first file's: the frame read there first is the run's.
		const framedBefore = { counted: 'framed in another passage' } as unknown as FigureFrame;
		const runWithFrame = (places: FigurePlaces) => {
			places.frames.set(figure, framedBefore);
			return placeFigures(context, unit, member, places)[0].frame;
		};
		assert.equal(runWithFrame(new FigurePlaces()), framedBefore);
		assert.equal(runWithFrame(new FigurePlaces(kept)), framedBefore);
		// In a run where no other passage framed it, the kept frame is noted for the passages read after.
		const places = new FigurePlaces(kept);
		const own = placeFigures(context, unit, member, places)[0].frame;
		assert.notEqual(own, framedBefore);
		assert.equal(places.frames.get(figure), own);
	});
});
