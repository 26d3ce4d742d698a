import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a role or a document after its verb keeps whom it belongs to', () => {
	test('"said a longtime adviser to Ada Vos" names the adviser with Ada Vos, who is no addressee', () => {
		const text = 'Title line\n\nThe port vote is near.\n\n“The ferry will sail on time,” said a longtime adviser to Ada Vos, who asked not to be named.';
		assert.equal(directSpeakerOf(text, 'sail on time'), 'longtime adviser to Ada Vos');
	});

	test('"said the former top aide to Governor Tom Brandt" keeps the governor', () => {
		const text = 'Title line\n\nThe port vote is near.\n\n“Nobody reads the harbour report,” said the former top aide to Governor Tom Brandt.';
		assert.equal(directSpeakerOf(text, 'harbour report'), 'former top aide to Governor Tom Brandt');
	});

	test('"according to a 2019 study by economists Ada Vos and Tom Brandt" names the study with both authors', () => {
		const text = 'Title line\n\nThe levy was cut last spring.\n\n“Ferry fares fell by a third,” according to a 2019 study by economists Ada Vos and Tom Brandt.';
		assert.equal(directSpeakerOf(text, 'fell by a third'), '2019 study by economists Ada Vos and Tom Brandt');
	});

	test('"said the mayor to the crowd" stays the mayor: a complement in lower case is no owner', () => {
		const text = 'Title line\n\nMayor Ada Vos spoke at the pier.\n\n“The ferry will sail on time,” said the mayor to the crowd.';
		assert.notEqual(directSpeakerOf(text, 'sail on time'), 'mayor to the crowd');
	});
});
