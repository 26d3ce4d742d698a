import * as assert from 'node:assert/strict';
import { quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(`Title line\n\n${text}`).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('"the <role>" after a name that the role was set off after', () => {
	test('"Ada Vos, the secretary of state, …" then "the secretary of state said": Ada Vos', () => {
		const text = 'Ada Vos, the secretary of state, visited the Dover quays on Monday. At the pier the secretary of state told reporters she had come “to see the damage for myself” and to meet the crews.';
		assert.equal(speakerOf(text, 'to see the damage'), 'Ada Vos');
	});

	test('"Tom Lund, a former mayor, …" then "“…,” the mayor said": Tom Lund', () => {
		const text = 'Tom Lund, a former mayor, walked the quay with reporters. “Nobody has dredged this channel in ten years,” the mayor said.';
		assert.equal(speakerOf(text, 'Nobody has dredged'), 'Tom Lund');
	});
});
