import * as assert from 'node:assert/strict';
import { directSpeakerOf, quotesOf } from '../../helpers/speakerOf';

/** The speaker of the one quote (reported or direct) holding `fragment`. */
function speakerOf(text: string, fragment: string): string | undefined {
	const found = quotesOf(text).filter((quote) => quote.text.includes(fragment));
	assert.equal(found.length, 1, `one quote holding "${fragment}"`);
	return found[0].speaker?.name;
}

suite('"According to X," opening a sentence gives X the account, whoever the clause is about', () => {
	const opening = 'Title line\n\nA woman died on the ferry road late on Friday.\n\n';

	test('"According to police, Tomas Vell, 36, of Dover, hit …" is the police\'s account', () => {
		const text = `${opening}According to police, Tomas Vell, 36, of Dover, hit and killed a woman near the harbour on Friday night.`;
		assert.equal(speakerOf(text, 'hit and killed'), 'police');
	});

	test('"According to the port authority, Ada Brandt, who runs the ferry, closed …" is the authority\'s', () => {
		const text = `${opening}According to the port authority, Ada Brandt, who runs the ferry, closed the pier for the night.`;
		assert.equal(speakerOf(text, 'closed the pier'), 'port authority');
	});

	test('"According to police, Tomas Vell of Dover struck …" is the police\'s', () => {
		const text = `${opening}According to police, Tomas Vell of Dover struck the woman as she crossed the road.`;
		assert.equal(speakerOf(text, 'struck the woman'), 'police');
	});

	test('a quote in such a sentence is the police\'s too: "…, Ivo Marsh, 41, of Rye, was “…”"', () => {
		const text = `${opening}According to police, Ivo Marsh, 41, of Rye, was "driving far too fast for the road" when the car struck the wall.`;
		assert.equal(directSpeakerOf(text, 'far too fast'), 'police');
	});

	test('a name in apposition still names X: "According to his lawyer, Ada Vos, the deal …" is Ada Vos\'s', () => {
		const text = `${opening}According to his lawyer, Ada Vos, the deal on the harbour land will close next week.`;
		assert.equal(speakerOf(text, 'will close'), 'Ada Vos');
	});

	test('a verb of speech in the clause keeps its subject: "According to police, Lena Cole, 29, told officers: “…”" is hers', () => {
		const text = `${opening}According to police, Lena Cole, 29, told officers: "I never saw her on the crossing."`;
		assert.equal(directSpeakerOf(text, 'never saw her'), 'Lena Cole');
	});
});
