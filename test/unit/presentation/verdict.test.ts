import * as assert from 'node:assert/strict';
import { comparePassageAt, type OtherVersion, type PassageComparison } from '../../../src/core/compare/lookup';
import type { Discrepancy, Span } from '../../../src/core/types';
import type { ArticleDirectory, ArticleEntry } from '../../../src/presentation/articleDirectory';
import { renderHoverCard } from '../../../src/presentation/hoverCard';
import { focusDiscrepancy, judgeVersion, verdictPhrase } from '../../../src/presentation/verdict';
import { analyseFolder, sampleFolder } from './analysed';

const ours = 'The council approved the new ferry fare on Monday, and the mayor said the port must stay open.';

/** Spans of some words of a text, found by their text. */
function spansOf(text: string, ...words: string[]): Span[] {
	return words.map((word) => {
		const start = text.indexOf(word);
		assert.ok(start >= 0, word);
		return { start, end: start + word.length };
	});
}

function passageComparison(others: OtherVersion[], discrepancies: Discrepancy[] = []): PassageComparison {
	return { article: 'a', passage: { start: 0, end: ours.length, kind: 'sentence' }, others, discrepancies };
}

function version(overrides: Partial<OtherVersion>): OtherVersion {
	return { article: 'b', passage: { start: 0, end: 60, kind: 'sentence', score: 0.4 }, theirWords: [], ourWords: [], verdict: { kind: 'agrees' }, ...overrides };
}

const modal: Discrepancy = {
	id: 'quote-1',
	kind: 'quote',
	severity: 'high',
	summary: 'must vs should',
	reason: 'a modal verb differs',
	confidence: 0.8,
	rank: 1,
	missing: [],
	mentions: [
		{ article: 'a', start: ours.indexOf('must'), end: ours.indexOf('must') + 4, text: 'must', variant: 'must', odd: true },
		{ article: 'b', start: 10, end: 16, text: 'should', variant: 'should', odd: false },
		{ article: 'c', start: 10, end: 14, text: 'must', variant: 'must', odd: true },
	] as Discrepancy['mentions'],
};

suite('honest verdicts', () => {
	test('a passage that lacks most of our words is related, never agrees, whatever the alignment said', () => {
		const unrelated = version({ ourWords: spansOf(ours, 'council approved', 'new ferry fare on Monday', 'mayor said', 'port must stay open'), verdict: { kind: 'agrees' } });
		const verdict = judgeVersion(passageComparison([unrelated]), unrelated, undefined, ours);
		assert.equal(verdict.kind, 'related');
	});

	test('agrees only when no word of either passage differs', () => {
		const same = version({});
		assert.equal(judgeVersion(passageComparison([same]), same, undefined, ours).kind, 'agrees');
		const reworded = version({ ourWords: spansOf(ours, 'approved'), theirWords: [{ start: 5, end: 12 }] });
		assert.equal(verdictPhrase(judgeVersion(passageComparison([reworded]), reworded, undefined, ours)), 'differs: wording (2 words)');
	});

	test('the discrepancy under the cursor names what differs, and an outlet on our side of it is not called different for it', () => {
		const should = version({ article: 'b', ourWords: spansOf(ours, 'must'), theirWords: [{ start: 10, end: 16 }] });
		const must = version({ article: 'c' });
		const comparison = passageComparison([should, must], [modal]);
		assert.equal(verdictPhrase(judgeVersion(comparison, should, modal, ours)), 'differs: must vs should');
		assert.equal(judgeVersion(comparison, must, modal, ours).kind, 'agrees');
	});

	test('not reported only when no passage is shown; a sentence without the figure is related', () => {
		const none = version({ passage: undefined, verdict: { kind: 'not-reported' } });
		assert.equal(judgeVersion(passageComparison([none]), none, undefined, ours).kind, 'not-reported');
		const figure = { start: 0, end: 3, text: 'two', kind: 'number', value: 2 } as unknown as PassageComparison['figure'];
		const noFigure = version({ verdict: { kind: 'not-reported' } });
		assert.equal(judgeVersion({ ...passageComparison([noFigure]), figure }, noFigure, undefined, ours).kind, 'related');
	});

	test('the card is about the discrepancy under the cursor, the narrowest there, else the first', () => {
		const wide: Discrepancy = { ...modal, id: 'quote-2', mentions: [{ ...modal.mentions[0], start: 0, end: ours.length }] };
		const at = ours.indexOf('must') + 1;
		assert.equal(focusDiscrepancy([wide, modal], 'a', at), modal);
		assert.equal(focusDiscrepancy([wide, modal], 'a', 2), wide);
		assert.equal(focusDiscrepancy([wide, modal], 'a', undefined), wide);
	});

	test('on the sample cluster, every agrees is a passage with no differing word', async () => {
		const sample = await analyseFolder(sampleFolder);
		let agreements = 0;
		for (const [article, entry] of sample.directory) {
			for (let offset = 0; offset < entry.text.length; offset += 37) {
				const comparison = comparePassageAt(sample.comparison, article, offset, sample.articleIds);
				for (const other of comparison?.others ?? []) {
					const focus = focusDiscrepancy(comparison!.discrepancies, article, offset);
					if (judgeVersion(comparison!, other, focus, entry.text).kind === 'agrees') {
						agreements++;
						const words = comparison!.figure ? [] : [...other.ourWords, ...other.theirWords];
						assert.deepEqual(words, [], `${article} at ${offset} agrees with ${other.article} though words differ`);
					}
				}
			}
		}
		assert.ok(agreements > 0, 'some passages do agree');
	});
});

suite('the hover card tells one discrepancy', () => {
	const entry = (id: string, outlet: string, text: string): [string, ArticleEntry] => [id, { id, outlet, path: `${id}.txt`, text, figures: [] }];
	const directory: ArticleDirectory = new Map([
		entry('a', 'Harbour Times', ours),
		entry('b', 'Nordic Wire', 'The mayor should keep the port open, said a councillor who opposed the fare.'),
		entry('c', 'Marsh Valley Gazette', 'Dockers said on Friday that they would strike for a week in the spring.'),
		entry('d', 'Coast Radio', ''),
	]);
	const nameDiscrepancy: Discrepancy = { ...modal, id: 'entity-1', kind: 'entity', summary: 'Different person: the mayor vs a councillor', mentions: [{ ...modal.mentions[0], start: ours.indexOf('mayor'), end: ours.indexOf('mayor') + 5, variant: 'mayor' }] };
	const comparison = passageComparison(
		[
			version({ article: 'b', ourWords: spansOf(ours, 'must'), theirWords: [{ start: 10, end: 16 }] }),
			version({ article: 'c', ourWords: spansOf(ours, 'council approved', 'new ferry fare on Monday', 'mayor said', 'port must stay open') }),
			version({ article: 'd', passage: undefined, verdict: { kind: 'not-reported' } }),
		],
		[modal, nameDiscrepancy],
	);

	test('the card explains the discrepancy under the cursor; the other is a link that selects it', () => {
		const card = renderHoverCard(comparison, directory, { offset: ours.indexOf('mayor') + 1 });
		assert.match(card, /\*\*Different person\\: the mayor vs a councillor\*\*/);
		assert.doesNotMatch(card, /\*\*must vs should\*\*/);
		assert.match(card, /\$\(warning\) \[must vs should\]\(command:crossread\.openPassage\?/);
	});

	test('a related passage is one line, never a verdict of agreement, and not reported is said only of outlets with no passage', () => {
		const card = renderHoverCard(comparison, directory, { offset: ours.indexOf('must') + 1 });
		assert.match(card, /\*\*Nordic Wire\*\* · \$\(diff-modified\) \*\*differs\\: must vs should\*\*/);
		assert.match(card, /Related, not the same claim: \*\*Marsh Valley Gazette\*\*/);
		assert.doesNotMatch(card, /Dockers said/, 'a related passage is collapsed');
		assert.doesNotMatch(card, /agrees/);
		assert.match(card, /Not reported by \*\*Coast Radio\*\*$/);
	});
});
