import * as assert from 'node:assert/strict';
import type { DiscrepancyDraft } from '../../../src/core/compare/context';
import { heldBy } from '../../../src/core/compare/claimHolder';
import { sameKeysAs } from '../../../src/core/compare/draftKeys';
import { finalize } from '../../../src/core/compare/finalize';
import { hash, hashJoined } from '../../../src/core/compare/hash';
import type { DiscrepancyMention } from '../../../src/core/types';

// `finalize` keeps each draft's keys on the draft, and a slot per merge key across calls: what
// it gives must not depend on the drafts it was given before.

const mention = (article: string, start: number, text: string, odd: boolean): DiscrepancyMention => ({ article, start, end: start + text.length, text, variant: text, odd });

/** "38 ferries" against "36 ferries" at one place, from one of several finders. */
function figure(odd: string, severity: DiscrepancyDraft['severity'], claim: string): DiscrepancyDraft {
	return {
		kind: 'figure',
		severity,
		summary: `Idle ferries: 36 (${odd}) vs 38`,
		reason: 'invented',
		strength: 0.7,
		weight: 1,
		missing: [],
		claim,
		mentions: [mention('o1', 120, '38 ferries', odd !== 'o1'), mention(odd, 118, '36 ferries', true)],
	};
}

function name(article: string): DiscrepancyDraft {
	return {
		kind: 'entity',
		severity: 'medium',
		summary: `Ilse Verhoven spelled differently: Verhoeven (${article})`,
		reason: 'invented',
		strength: 0.75,
		weight: 0.5,
		missing: [],
		mentions: [mention('o1', 200, 'Ilse Verhoven', false), mention(article, 204, 'Ilse Verhoeven', true)],
	};
}

suite('finalize keys held by the drafts', () => {
	test('the same drafts give the same discrepancies whatever other drafts were finalized between', () => {
		const first = [figure('o2', 'low', 'c1'), figure('o2', 'medium', 'c2'), name('o3'), figure('o3', 'medium', 'c4')];
		const other = [figure('o2', 'high', 'c9'), name('o2'), name('o3')];
		const once = finalize(first);
		finalize(other);
		assert.deepEqual(finalize(first), once);
		assert.deepEqual(finalize([...first]), finalize(first.map((draft) => ({ ...draft }))));
	});

	test('of two drafts at one odd passage the higher rank is kept, and of two equal the first', () => {
		const low = figure('o2', 'low', 'c1');
		const medium = figure('o2', 'medium', 'c2');
		assert.equal(finalize([low, medium])[0].claim, 'c2');
		const again = figure('o2', 'medium', 'c3');
		assert.equal(finalize([medium, again])[0].claim, 'c2');
		assert.equal(finalize([again, medium])[0].claim, 'c3');
	});

	test('a draft copied under a new claim id is ranked and numbered as the same draft made afresh', () => {
		const original = figure('o2', 'medium', 'c2');
		finalize([original]);
		const copy = sameKeysAs({ ...original, claim: 'c7' }, original);
		assert.deepEqual(finalize([copy, name('o3')]), finalize([figure('o2', 'medium', 'c7'), name('o3')]));
	});

	test('the keys stay out of sight: a draft spread, cloned or written as JSON is as it was made', () => {
		const draft = name('o3');
		const before = { keys: Object.keys(draft), json: JSON.stringify(draft) };
		finalize([draft]);
		assert.deepEqual(Object.keys(draft), before.keys);
		assert.equal(JSON.stringify(draft), before.json);
		assert.deepEqual({ ...draft }, name('o3'));
		assert.deepEqual(structuredClone(draft), name('o3'));
	});

	test('a draft held by its claim names the claim under its id now, in the place a fresh draft gives the id', () => {
		const holder = { claim: 'c4' };
		const held = heldBy(figure('o2', 'medium', 'c4'), holder);
		finalize([held]);
		// A claim before it went: the claim is c3 now.
		holder.claim = 'c3';
		const [discrepancy] = finalize([held, name('o3')]);
		assert.equal(JSON.stringify(discrepancy), JSON.stringify(finalize([figure('o2', 'medium', 'c3'), name('o3')])[0]));
		assert.equal(held.claim, 'c4');
	});

	test('a draft two claims hold is copied for the second, each naming its own', () => {
		const draft = figure('o2', 'medium', 'c4');
		const first = { claim: 'c4' };
		const second = { claim: 'c9' };
		assert.equal(heldBy(draft, first), draft);
		const copy = heldBy(draft, second);
		assert.notEqual(copy, draft);
		assert.equal(finalize([draft])[0].claim, 'c4');
		assert.equal(finalize([copy])[0].claim, 'c9');
	});

	test('an id hashed part by part is the hash of the parts joined, with none, one or several parts', () => {
		for (const parts of [[], [''], ['o1:36 ferries'], ['o1:36 ferries', 'o2:38 ferries', 'o3:Ilse Verhoeven']]) {
			assert.equal(hashJoined('figure', parts), hash(`figure|${parts.join('|')}`));
		}
	});
});
