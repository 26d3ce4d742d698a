import * as assert from 'node:assert/strict';
import { addIgnoreEntry, ignoreFileProblem, readIgnoreText, removeIgnoreEntries } from '../../../src/presentation/ignoreFile';

suite('.crossread.json edits', () => {
	const file = `{
  "comment": "checked by the desk on Monday",
  "ignore": {
    "names": ["Varennikoff"],
    "outlets": ["Dravonia Today"]
  }
}
`;

	test('ignoring a discrepancy keeps everything else in the file', () => {
		const data = JSON.parse(addIgnoreEntry(file, 'discrepancies', 'figure-3f2a9c01'));
		assert.deepEqual(data, { comment: 'checked by the desk on Monday', ignore: { names: ['Varennikoff'], outlets: ['Dravonia Today'], discrepancies: ['figure-3f2a9c01'] } });
	});

	test('no file, or an empty one, becomes a file with the one entry', () => {
		assert.equal(addIgnoreEntry(undefined, 'discrepancies', 'quote-94fca939'), '{\n  "ignore": {\n    "discrepancies": [\n      "quote-94fca939"\n    ]\n  }\n}\n');
		assert.deepEqual(JSON.parse(addIgnoreEntry(' \n', 'names', 'Borodine')), { ignore: { names: ['Borodine'] } });
	});

	test('an entry already there, in any case, is not added twice', () => {
		assert.deepEqual(JSON.parse(addIgnoreEntry(file, 'names', 'varennikoff ')).ignore.names, ['Varennikoff']);
		const twice = addIgnoreEntry(addIgnoreEntry(file, 'discrepancies', 'figure-1'), 'discrepancies', 'figure-1');
		assert.deepEqual(JSON.parse(twice).ignore.discrepancies, ['figure-1']);
	});

	test('removing an entry keeps the rest, and a list left empty goes', () => {
		const withId = addIgnoreEntry(file, 'discrepancies', 'figure-3f2a9c01');
		assert.deepEqual(JSON.parse(removeIgnoreEntries(withId, 'discrepancies', ['figure-3f2a9c01'])), JSON.parse(file));
		const data = JSON.parse(removeIgnoreEntries(file, 'outlets', ['dravonia today']));
		assert.deepEqual(data, { comment: 'checked by the desk on Monday', ignore: { names: ['Varennikoff'] } });
		assert.deepEqual(Object.keys(JSON.parse(removeIgnoreEntries(file, 'names', ['Borodin'])).ignore), ['names', 'outlets']);
	});

	test('a byte order mark (Notepad) is not an error', () => {
		assert.deepEqual(readIgnoreText(`\uFEFF${file}`), { names: ['Varennikoff'], outlets: ['Dravonia Today'] });
		assert.equal(ignoreFileProblem(`\uFEFF${file}`), undefined);
	});

	test('no file and an empty file are an empty list', () => {
		assert.deepEqual(readIgnoreText(undefined), {});
		assert.deepEqual(readIgnoreText(''), {});
		assert.equal(ignoreFileProblem(undefined), undefined);
	});

	test('a file that does not parse, or has the wrong shape, says why, in the command line\'s words, and is not edited', () => {
		assert.match(ignoreFileProblem('{ "ignore": { "names": ["Varennikoff"], } }')!, /^not valid JSON/);
		assert.equal(ignoreFileProblem('{ "ignore": ["x"] }'), '"ignore" must be an object with lists: discrepancies, names, figures, outlets');
		assert.equal(ignoreFileProblem('{ "ignore": { "names": "Varennikoff" } }'), '"ignore.names" must be a list of strings');
		assert.match(ignoreFileProblem('[]')!, /must hold a JSON object/);
		assert.match(ignoreFileProblem('null')!, /must hold a JSON object/);
		const list = readIgnoreText('{ "ignore": { "figures": [26] } }');
		assert.deepEqual(list, { error: '"ignore.figures" must be a list of strings' });
	});
});
