import * as assert from 'node:assert/strict';
import { compareTexts, listed, show } from '../helpers/compareTexts';

/** Three outlets quote the harbour master; the first text is the odd one's. */
async function quoted(odd: string): Promise<Awaited<ReturnType<typeof compareTexts>>> {
	const said = (quote: string) => `The storm closed the port of Tarn on Monday.\n\n“${quote},” the harbour master Ada Lenz told reporters on the quay.`;
	const usual = 'I believe the new sea wall will hold through the winter storms and keep every pier of the old town dry';
	return compareTexts(said(odd), said(usual), said(usual));
}

suite('a quote worded otherwise inside its marks is listed; a quote cut or tidied is not', () => {
	test('a content word in another’s place, with the same words on both sides, is listed in a quote that differs elsewhere too', async () => {
		const found = await quoted('Frankly I think the new sea wall is to hold through winter storms, keeping each pier of the town dry');
		assert.equal(listed(found, 'quote').length, 1, show(found));
		assert.ok(listed(found, 'quote')[0].summary.includes('think'), show(found));
	});

	test('content words left out of the middle of a quote, with two shared words on each side, are listed', async () => {
		const found = await quoted('I believe the new sea wall will hold and keep every pier of the old town dry');
		assert.equal(listed(found, 'quote').length, 1, show(found));
	});

	test('a clause joined where the quote begins, with one shared word before it, or a function word added, is reported but not listed', async () => {
		for (const odd of ['I told the council and I believe the new sea wall will hold through the winter storms and keep every pier of the old town dry', 'I believe the new sea wall will hold through all the winter storms and keep every pier of the old town dry']) {
			const found = await quoted(odd);
			assert.deepEqual(listed(found, 'quote'), [], show(found));
			assert.ok(found.some((discrepancy) => discrepancy.kind === 'quote'), `the change is reported at low: ${show(found)}`);
		}
	});

	test('a word left out of the middle of a quote is listed, even when an outlet quoting only a fragment makes it look like a cut', async () => {
		const found = await compareTexts(
			'Ada Quell called the shooting "a cruel, senseless act" on Monday.',
			'"We are all shaken by the loss of three of our neighbours, who died in a cruel, senseless act," Ada Quell said on Monday.',
			'"We are all shaken by the loss of three of our neighbours, who died in a senseless act," Ada Quell said on Monday.',
		);
		assert.equal(listed(found, 'quote').filter((discrepancy) => discrepancy.summary.includes('cruel')).length, 1, show(found));
	});
});

suite('a number changed in a quote is shown whole', () => {
	test('"4,000" / "4,500" names the two numbers, not the groups of digits that differ', async () => {
		const said = (number: string) => `The ferry terminal at Kessel opened on Tuesday.\n\n“It will carry ${number} passengers a day,” the harbour master Ada Lenz told reporters.`;
		const found = await compareTexts(said('4,500'), said('4,000'), said('4,000'));
		const quotes = listed(found, 'quote');
		assert.equal(quotes.length, 1, show(found));
		assert.ok(quotes[0].summary.includes('“4,000”') && quotes[0].summary.includes('“4,500”'), show(found));
		assert.ok(quotes[0].reason.includes('“4,000”'), quotes[0].reason);
	});
});

suite('a percent sign in a quote', () => {
	const story = (share: string) =>
		`Ferry sinks off Tarn coast\n\nA passenger ferry sank off the Tarn coast on Tuesday, killing 31 people.\n\n"The sea was very rough and ${share} of the rescue was done in the dark," said Ada Lenz, the head of the coastguard.\n`;

	test('"90%" is the words "90 percent": no word dropped from the quote', async () => {
		const found = await compareTexts(story('90 percent'), story('90 percent'), story('90%'));
		assert.deepEqual(found.filter((discrepancy) => discrepancy.severity !== 'low'), [], show(found));
	});

	test('another share is still listed', async () => {
		const found = await compareTexts(story('90 percent'), story('90 percent'), story('80%'));
		assert.ok(found.some((discrepancy) => discrepancy.severity !== 'low'), show(found));
	});
});
