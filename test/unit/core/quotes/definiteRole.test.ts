import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a role said with "the" names the person titled with it', () => {
	test('"the governor" after a quote is the person named earlier as "Gov."', () => {
		const text = 'Title line\n\nGov. Ida Vos toured the flooded docks on Monday. “We will rebuild every pier,” the governor said.';
		assert.equal(directSpeakerOf(text, 'every pier'), 'Gov. Ida Vos');
	});

	test('a title of several words is read whole ("the secretary of state")', () => {
		const text = 'Title line\n\nSecretary of State Tom Brandt landed in Dover at noon. “The talks are over,” said the secretary of state.';
		assert.equal(directSpeakerOf(text, 'talks are over'), 'Secretary of State Tom Brandt');
	});

	test('"the president" is not the vice president', () => {
		const text = 'Title line\n\nPresident Ada Vos and Vice President Tom Brandt met the dockers. Vos thanked them. “You kept the port open,” the president said.';
		assert.equal(directSpeakerOf(text, 'kept the port'), 'President Ada Vos');
	});

	test('of two people with the title, the one mentioned last is meant', () => {
		const text = 'Title line\n\nSen. Ada Vos and Sen. Tom Brandt met in May. Brandt later toured the docks alone. “We will rebuild,” the senator said.';
		assert.equal(directSpeakerOf(text, 'We will rebuild'), 'Sen. Tom Brandt');
	});

	test('a titled person not mentioned for long is no sure referent: the role stays as written', () => {
		const filler = 'The ferry kept to its timetable all week, and the harbour office published the tide tables for the season. '.repeat(8);
		const text = `Title line\n\nSen. Ada Vos spoke in May. ${filler}“We will rebuild,” the senator said.`;
		assert.equal(directSpeakerOf(text, 'We will rebuild'), 'senator');
	});
});
