import * as assert from 'node:assert/strict';
import { discrepanciesMessage, sourcesMessage } from '../../../src/presentation/viewMessages';

suite('What the views say when they list nothing', () => {
	const counts = { found: 3, listed: 0, ignored: 0 };

	test('articles of one outlet ask for a second outlet', () => {
		assert.match(discrepanciesMessage({ articles: 2, outlets: 1, counts }, undefined) ?? '', /second outlet/);
		assert.equal(sourcesMessage({ articles: 2, outlets: 1 }), 'Comparison needs a second outlet.');
	});

	test('outlets that found nothing to disagree on say they agree', () => {
		assert.match(discrepanciesMessage({ articles: 2, outlets: 2, counts: { found: 0, listed: 0, ignored: 0 } }, undefined) ?? '', /agree on everything/);
	});

	test('a filter that hides every discrepancy says what it hides, and offers Show Ignored only when some are ignored', () => {
		const hidden = discrepanciesMessage({ articles: 3, outlets: 3, counts }, '3 less severe hidden') ?? '';
		assert.match(hidden, /None of the 3 discrepancies is listed: 3 less severe hidden\./);
		assert.doesNotMatch(hidden, /Show Ignored/);
		assert.match(discrepanciesMessage({ articles: 3, outlets: 3, counts: { found: 3, listed: 0, ignored: 1 } }, '2 less severe hidden · 1 ignored') ?? '', /Show Ignored/);
	});

	test('a view that lists discrepancies, or has no articles, has no message', () => {
		assert.equal(discrepanciesMessage({ articles: 3, outlets: 3, counts: { found: 3, listed: 2, ignored: 0 } }, undefined), undefined);
		assert.equal(discrepanciesMessage({ articles: 0, outlets: 0, counts }, undefined), undefined);
	});
});
