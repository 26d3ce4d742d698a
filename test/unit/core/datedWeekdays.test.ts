import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** One article's body under a title, with a date in its front matter or none. */
const article = (day: string, date?: string) =>
	`${date ? `---\ntitle: Clerk still unconscious after depot shooting\ndate: ${date}\n---\n\n` : 'Clerk still unconscious after depot shooting\n\n'}A gunman wounded two clerks at a freight depot in Tarnford, police said.\n\nThe older clerk, Ivo Brandt, had yet to wake ${day} and was breathing with a machine's help, police said.\n\nThe gunman was arrested hours later in a car park.`;

suite('a weekday the extractor dated from its article’s date', () => {
	test('is set against the same fact on another day in an article without a date', async () => {
		const found = await compareTexts(article('Wednesday', '2031-04-10'), article('Friday'));
		assert.equal(listed(naming(found, 'Day of the week'), 'figure').length, 1, show(found));
	});

	test('and the other way round', async () => {
		const found = await compareTexts(article('Friday'), article('Wednesday', '2031-04-10'), article('Friday'));
		assert.equal(listed(naming(found, 'Day of the week'), 'figure').length, 1, show(found));
	});

	test('two dated days are two dates, reported once, by the figure finder', async () => {
		const found = await compareTexts(article('Wednesday', '2031-04-10'), article('Friday', '2031-04-10'));
		assert.deepEqual(naming(found, 'Day of the week'), [], show(found));
	});
});

suite('a weekday after "last" in a dated article', () => {
	const dismissed = (day: string, date: string, later = 'two days later') =>
		`---\ntitle: Depot gunman had lost his job\ndate: ${date}\n---\n\nA gunman wounded two clerks at a freight depot in Tarnford, police said.\n\nThe gunman had been dismissed ${day} for repeated lateness and bought a rifle ${later}, police said.\n\nHe was arrested hours later in a car park.`;

	test('of a passage with several days, is read as a weekday too, and is one discrepancy with the date the figure finder reads', async () => {
		const found = await compareTexts(dismissed('last Thursday', '2031-04-09', 'on Friday'), dismissed('last Thursday', '2031-04-10', 'on Friday'), dismissed('last Saturday', '2031-04-10', 'on Friday'));
		assert.equal(listed(naming(found, 'Thursday', 'Saturday'), 'figure').length, 1, show(found));
	});

	test('a passage\'s one such day is compared as a date, and reported once', async () => {
		const found = await compareTexts(dismissed('last Thursday', '2031-04-10'), dismissed('last Thursday', '2031-04-11'), dismissed('last Saturday', '2031-04-11'));
		assert.equal(listed(naming(found, 'Saturday'), 'figure').length, 1, show(found));
	});
});
