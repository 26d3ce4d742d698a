import * as assert from 'node:assert/strict';
import { extractFigures } from '../../../src/core/figures';
import { parseArticle } from '../../../src/core/parse';
import { compareTexts, listed, show } from '../helpers/compareTexts';

/** Each figure of one line as "text → unit". */
function units(line: string): string[] {
	return extractFigures(parseArticle({ id: 'test', path: 'test.txt', text: `${line}\n` })).map((figure) => `${figure.text} → ${figure.unit}`);
}

// "one rocket propelled grenade launcher" counts a launcher: a participle before two nouns opens a compound.
suite('a count whose noun opens a compound with a participle', () => {
	test('"one rocket propelled grenade launcher" counts launchers; "one rocket landed near the port", "one rocket launched from the shore" and "one man killed himself" count what they say', () => {
		assert.deepEqual(units('The hold held one rocket propelled grenade launcher, grenades and three rifles.'), ['one rocket propelled grenade launcher → launcher', 'three rifles → rifle']);
		assert.deepEqual(units('One rocket landed near the port on Monday.'), ['One rocket → rocket']);
		assert.deepEqual(units('The boat carried one rocket launched from the shore and three rifles.'), ['one rocket → rocket', 'three rifles → rifle']);
		assert.deepEqual(units('Police said one man killed himself.'), ['one man → man']);
	});

	test('the launcher one outlet lists is not set against the two rockets another lists', async () => {
		const found = await compareTexts(
			'The navy seized the boat on Monday. The arms on board included seven rifles, one rocket propelled grenade launcher and three pistols, officials said.',
			'The navy seized the boat on Monday. The arms on board included seven rifles, two rockets and three pistols, officials said.',
			'The navy seized the boat on Monday. The arms on board included seven rifles, two rockets and three pistols, the officials said.',
		);
		assert.equal(listed(found, 'figure').filter((item) => /rocket/i.test(item.summary)).length, 0, show(found));
	});
});
