import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a quote inside a clause opened by "when", "after" … is that clause\'s subject\'s', () => {
	test('"After Vos said … “smaller harbours,” Brandt said:" gives the words in the clause to Vos', () => {
		const text = 'Title line\n\nThe row began in May.\n\nAfter Ada Vos said that young sailors might do better at “smaller harbours,” Tom Brandt said: “I don’t like what she said.”';
		assert.equal(directSpeakerOf(text, 'smaller harbours'), 'Ada Vos');
		assert.equal(directSpeakerOf(text, 'what she said'), 'Tom Brandt');
	});

	test('"When Brandt … said he would “…,” the crowd applauded" is Brandt\'s, not the crowd\'s', () => {
		const text = 'Title line\n\nThe hall was full.\n\nWhen Tom Brandt later referred to the flood and said he would “protect our fishing towns,” the crowd applauded loudly.';
		assert.equal(directSpeakerOf(text, 'fishing towns'), 'Tom Brandt');
	});

	test('"… started when Ada Vos, in reply to the mayor, accused him of “…”" is Ada Vos\'s, past her appositive', () => {
		const text = 'Title line\n\nThe feud is old.\n\nThe feud started last week when Ada Vos, in response to the mayor’s remarks, accused him of having a “penchant for secrecy and for closed doors.”';
		assert.equal(directSpeakerOf(text, 'penchant for secrecy'), 'Ada Vos');
	});

	test('a dash ends the clause: "months after Vos left office — the board told the court that “…”" is the board\'s', () => {
		const text = 'Title line\n\nThe files were lost.\n\nIn May — four months after Ada Vos left office — the harbour board told the court that “no records responsive to your request were located.”';
		assert.notEqual(directSpeakerOf(text, 'no records'), 'Ada Vos');
	});
});
