import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SummaryOrder } from '../../../src/core/compare/incremental/summaryOrder';

const collator = new Intl.Collator();

/** Summaries of a few shapes, some the collator calls equal though written otherwise (a composed and a decomposed accent). */
const summary = fc.constantFrom('Toll: 12 vs 14', 'Toll: 9 vs 14', 'toll: 9 vs 14', 'Café closed', 'Cafe\u0301 closed', 'Cafe closed', 'Ferries: 38 vs 36', 'Ferries: 380 vs 36', 'Berths: 2', '', 'Ölhafen: 4');

suite('Summaries placed in the collator’s order across calls', () => {
	test('two places compare as the collator compares their summaries, whatever was placed before', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.oneof(summary, fc.string({ maxLength: 4 })), { maxLength: 40 }), { minLength: 1, maxLength: 6 }), (calls) => {
				const order = new SummaryOrder(collator);
				for (const summaries of calls) {
					const places = order.placesOf(summaries);
					for (let i = 0; i < summaries.length; i++) {
						for (let j = 0; j < summaries.length; j++) {
							assert.equal(Math.sign(places[i] - places[j]), Math.sign(collator.compare(summaries[i], summaries[j])), `${summaries[i]} / ${summaries[j]}`);
						}
					}
				}
			}),
		);
	});

	test('a summary added among many placed before takes its place between its neighbours', () => {
		const order = new SummaryOrder(collator);
		const many = Array.from({ length: 100 }, (_, i) => `Toll: ${i} vs 140`);
		order.placesOf(many);
		const [low, added, high] = order.placesOf(['Toll: 10 vs 140', 'Toll: 10 vs 141', 'Toll: 11 vs 140']);
		assert.ok(low < added && added < high);
	});
});
