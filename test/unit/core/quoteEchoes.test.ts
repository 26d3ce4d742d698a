import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

/** An article: a headline line, then its paragraphs. */
const article = (headline: string, ...body: string[]) => `${headline}\n\n${body.join('\n\n')}\n`;

suite('a quote against its words without marks, where the reporter went on otherwise', () => {
	const later = 'The harbour board meets again on Friday.';

	test('a "not" inside a stretch both give word for word is listed, though the rest differs', async () => {
		const found = await compareTexts(
			article('Pilot in line for harbour post', 'Harbour pilot Ivo Brandt has been approached by the mayor’s office to fill the post of harbour master, two officials said.', later),
			article('Brandt sounded out for top harbour job', 'Veteran pilot Ivo Brandt has been approached by the mayor’s office to fill the vacant post of harbour master, according to two officials.', later),
			article('Brandt denies approach', 'Asked about the reports on Monday, Ivo Brandt said he “has not been approached by the mayor’s office about the harbour master’s post.”', later),
		);
		assert.equal(naming(listed(found, 'quote'), 'not').length, 1, show(found));
	});
});
