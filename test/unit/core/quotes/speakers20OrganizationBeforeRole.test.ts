import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('an organisation’s name written before a role and a name after the quote', () => {
	test('"“…,” Pilots for Safe Ports organizing director Ivo Marsh said" names Ivo Marsh', () => {
		const text = 'Title line\n\nThe dockers marched again.\n\n“They have to choose between rent and food every week,” Pilots for Safe Ports organizing director Ivo Marsh said.';
		assert.equal(directSpeakerOf(text, 'rent and food'), 'Ivo Marsh');
	});

	test('a sum in the organisation’s name ("Crews for $20 Now") does not hide the speaker', () => {
		const text = 'Title line\n\nThe dockers marched again.\n\n“They have to choose between rent and food every week,” Crews for $20 Now campaign director Ivo Marsh told Radio Kent.';
		assert.equal(directSpeakerOf(text, 'rent and food'), 'Ivo Marsh');
	});

	test('a name with its workplace after "of" stays the person, with no role in lower case to read', () => {
		const text = 'Title line\n\nThe reactor plan was shelved.\n\n“Building it would be a stretch for the port,” Ada Lund of the Kent Center for Port Studies wrote in May.';
		assert.equal(directSpeakerOf(text, 'a stretch'), 'Ada Lund');
	});
});
