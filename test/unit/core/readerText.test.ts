import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../src/core/analyze';
import { asReaderSees } from '../../../src/core/text/readerText';
import { article, compareTexts, show } from '../helpers/compareTexts';
import { directSpeakerOf } from '../helpers/speakerOf';

const shy = '\u00AD';
const zeroWidthSpace = '\u200B';

suite('characters a reader cannot see or tell from others', () => {
	test('invisible ones are taken out of their word, and the text keeps its length and its line ends', () => {
		const text = `Mayor Vas${shy}quez, "we will," she said.\nThe ter${zeroWidthSpace}minal opened.`;
		const read = asReaderSees(text);
		assert.equal(read.length, text.length);
		assert.equal(read, 'Mayor Vasquez,  "we will," she said.\nThe terminal  opened.');
	});

	test('invisible ones at the edge of a run become spaces where they stand', () => {
		assert.equal(asReaderSees('said:\n\u202A”We will.”\u200B Lund'), 'said:\n ”We will.”  Lund');
	});

	test('a text without any is left as it is, the same string', () => {
		const text = 'Mayor Vasquez opened the terminal.';
		assert.equal(asReaderSees(text), text);
	});

	test('the joiners that choose letter forms are left alone (Persian, emoji)', () => {
		const text = 'می\u200Cخواهم and 👩\u200D🚒';
		assert.equal(asReaderSees(text), text);
	});

	test('full-width forms and the modifier letter apostrophe read as what they look like, one for one', () => {
		assert.equal(asReaderSees('carry ４,０００\u3000passengers, said Sean O\u02BCConnor'), 'carry 4,000 passengers, said Sean O’Connor');
	});

	test('a letter and its combining accent are composed, and the non-breaking hyphen is a hyphen', () => {
		const decomposed = 'Mayor Va\u0301squez and Mei\u2011Lin Zhou';
		assert.equal(asReaderSees(decomposed), 'Mayor Vásquez  and Mei-Lin Zhou');
		assert.equal(asReaderSees(decomposed).length, decomposed.length);
		// NFC writes U+0958 (an Indic letter) as two characters: a run it would lengthen is left as written.
		assert.equal(asReaderSees('\u0958\u0301 o\u0301k.'), '\u0958\u0301 \u00F3k. ');
	});

	test('character references left from a page’s source are decoded, padded at the end of their run', () => {
		const source = 'Hallin &amp; Berg said &quot;yes,&quot; Vasquez&#8217;s aide added&#x2026;';
		const read = asReaderSees(source);
		assert.equal(read.length, source.length);
		// Each run decoded, then padded with spaces to its length as written.
		const padded = (decoded: string, written: string) => decoded + ' '.repeat(written.length - decoded.length);
		const expected = ['Hallin', padded('&', '&amp;'), 'Berg', 'said', padded('"yes,"', '&quot;yes,&quot;'), padded('Vasquez’s', 'Vasquez&#8217;s'), 'aide', padded('added…', 'added&#x2026;')].join(' ');
		assert.equal(read, expected);
	});

	test('an unknown name, a reference without its ";", a line break or a control character is left as written', () => {
		for (const text of ['AT&T; R&D', 'Hallin &amp Berg', 'line&#10;break', 'bell&#7;', 'the &madeup; word', 'a lone &#xD800; half']) {
			assert.equal(asReaderSees(text), text, text);
		}
	});

	test('a quote marked with references is read, with its speaker', () => {
		const text = article('Terminal opens', '&quot;It will carry four thousand passengers a day,&quot; Vasquez told reporters.');
		assert.equal(directSpeakerOf(text, 'four thousand'), 'Vasquez');
	});

	test('a soft hyphen makes no name "respelt" in the outlet whose copy holds it', async () => {
		const body = (name: string) => [
			`Mayor Ingrid ${name} opened the new ferry terminal at Kessel on Tuesday.`,
			`"It will carry four thousand passengers a day," ${name} told reporters.`,
		];
		const found = await compareTexts(
			article('Ferry terminal opens', ...body('Vasquez')),
			article('Kessel opens its terminal', ...body(`Vas${shy}quez`)),
			article('A new terminal for Kessel', ...body('Vasquez')),
		);
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'entity'), [], show(found));
	});

	test('a name with a soft hyphen still gives the speaker', () => {
		const text = article('Terminal opens', `"It will carry four thousand passengers a day," Vas${shy}quez said.`);
		assert.equal(directSpeakerOf(text, 'four thousand'), 'Vasquez');
	});

	test('a figure whose scale word holds a soft hyphen keeps its scale ("120 mil\u00ADlion euros")', () => {
		const { figures } = analyzeArticle({ id: 'a', path: 'a.txt', text: article('Terminal opens', `The project cost 120 mil${shy}lion euros.`) });
		assert.deepEqual(
			figures.map((figure) => [figure.kind, figure.value]),
			[['money', 120_000_000]],
		);
	});

	test('full-width digits in a quote are no changed number, nor is a name with a modifier letter apostrophe respelt', async () => {
		const body = (passengers: string, chair: string) => [
			`Mayor Ingrid Vasquez opened the new ferry terminal at Kessel on Tuesday.`,
			`"It will carry ${passengers} passengers a day," Vasquez told reporters.`,
			`The harbour board chair, Sean ${chair}, said the project was finished three weeks early.`,
		];
		const found = await compareTexts(
			article('Ferry terminal opens', ...body('4,000', 'O’Connor')),
			article('Kessel opens its terminal', ...body('４,０００', 'O\u02BCConnor')),
			article('A new terminal for Kessel', ...body('4,000', 'O’Connor')),
		);
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind !== 'omission'), [], show(found));
	});

	test('a name written with a combining accent or a non-breaking hyphen is no second spelling', async () => {
		const body = (mayor: string, deputy: string) => [
			`Mayor Ingrid ${mayor} opened the new ferry terminal at Kessel on Tuesday.`,
			`Her deputy, ${deputy}, said the twelve new berths were ready for the summer.`,
		];
		const found = await compareTexts(
			article('Ferry terminal opens', ...body('Vásquez', 'Mei-Lin Zhou')),
			article('Kessel opens its terminal', ...body('Va\u0301squez', 'Mei\u2011Lin Zhou')),
			article('A new terminal for Kessel', ...body('Vásquez', 'Mei-Lin Zhou')),
		);
		assert.deepEqual(found.filter((discrepancy) => discrepancy.kind === 'entity'), [], show(found));
	});
});
