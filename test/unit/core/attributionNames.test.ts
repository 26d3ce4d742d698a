import * as assert from 'node:assert/strict';
import { speakerIdentity } from '../../../src/core/compare/discrepancies/attributions';
import type { Entity } from '../../../src/core/types';
import { compareTexts, show } from '../helpers/compareTexts';

suite('a speaker named with a title or a place', () => {
	const people: Partial<Entity>[] = [{ name: 'Ada Vos', type: 'person' }, { name: 'Tom Carr', type: 'person' }];
	const context = { entityNamed: (name: string) => people.find((person) => person.name === name) as Entity | undefined };

	test('is the identity the folder names without them, so two outlets\' speakers compare', () => {
		assert.deepEqual(
			['Gov. Ada Vos', 'Tom Carr of Delaware', 'Sen. Tom Carr of the Kent Harbour Board', 'Ada Vos'].map((name) => speakerIdentity(context, name)),
			['ada vos', 'tom carr', 'tom carr', 'ada vos'],
		);
	});

	test('is left as written when no identity is named so', () => {
		assert.deepEqual(['Gov. Lena Hart', 'the harbour chief'].map((name) => speakerIdentity(context, name)), ['gov. lena hart', 'the harbour chief']);
	});
});

suite('a body given as the speaker with a role of it before its name', () => {
	const quote = '"We are doing everything we can to find the missing and we will not stop until every family has an answer,"';
	const story = (attribution: string) =>
		`Ferry sinks off Tarn coast\n\nA passenger ferry sank off the Tarn coast on Tuesday, killing 31 people, the Tarn Coastguard said.\n\n${quote} ${attribution}.\n`;

	test('is an unnamed speaker, who may be the person the other outlets name: no quote given to two speakers', async () => {
		for (const role of ['the head of the Tarn Coastguard said', 'a spokeswoman for the Tarn Coastguard said']) {
			const found = await compareTexts(story('said Ada Lenz, the head of the Tarn Coastguard'), story('said Ada Lenz, the head of the Tarn Coastguard'), story(role));
			assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'attribution'), [], `${role}\n${show(found)}`);
		}
	});

	test('another person named as the speaker is still a quote given to two speakers', async () => {
		const found = await compareTexts(story('said Ada Lenz, the head of the Tarn Coastguard'), story('said Ada Lenz, the head of the Tarn Coastguard'), story('Ivo Marr said'));
		assert.equal(found.filter((discrepancy) => discrepancy.kind === 'attribution' && discrepancy.severity === 'high').length, 1, show(found));
	});
});

suite('a quote given to another speaker with one word of it changed', () => {
	const story = (quote: string) =>
		`Tarn harbour strike ends\n\nDock workers at Tarn harbour ended a week-long strike on Monday after a pay deal, the harbour board said.\n\n"This is a fair deal for every worker on the quay," said union leader Ada Lenz.\n\nHarbour chief Tomas Vey said the queue of 210 ships would be gone within ten days.\n\n${quote}\n`;

	test('is one quote given to two speakers, though the speaker the aligner weighs sets the two quotes apart', async () => {
		const found = await compareTexts(
			story('"We lost a lot of money, but we kept our customers," Vey said.'),
			story('"We lost a lot of money, but we kept our customers," he said.'),
			story('"We lost a lot of money, but we kept our clients," added Lenz.'),
		);
		assert.equal(found.filter((discrepancy) => discrepancy.kind === 'attribution' && discrepancy.severity === 'high').length, 1, show(found));
	});

	test('is not when the two quotes share few of their words', async () => {
		const found = await compareTexts(
			story('"We lost a lot of money, but we kept our customers," Vey said.'),
			story('"We lost a lot of money, but we kept our customers," he said.'),
			story('"We won a fair raise, and every member can be proud of it," added Lenz.'),
		);
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'attribution'), [], show(found));
	});
});
