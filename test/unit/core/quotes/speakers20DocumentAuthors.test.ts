import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a document after "according to" keeps who made it', () => {
	test('a quote "according to a memo written by" an aide names the memo with the aide', () => {
		const text = 'Title line\n\nThe harbour case was dropped.\n\n“Nobody can prove that the crane was unsafe,” according to a memo written by senior aide Ida Marsh.';
		assert.equal(directSpeakerOf(text, 'crane was unsafe'), 'memo written by senior aide Ida Marsh');
	});

	test('a quote "according to a survey last year by" its authors names the survey with them', () => {
		const text = 'Title line\n\nThe ferry levy was raised twice.\n\nThe levy cut fares with “hardly any effect on trade,” according to a survey last year by Dover University.';
		assert.equal(directSpeakerOf(text, 'effect on trade'), 'survey last year by Dover University');
	});

	test('authors in lower case are named by where they work: "by economists at Kent College"', () => {
		const text = 'Title line\n\nThe ferry levy was raised twice.\n\nThe levy cut fares with “hardly any effect on trade,” according to a survey by economists at Kent College.';
		assert.equal(directSpeakerOf(text, 'effect on trade'), 'survey by economists at Kent College');
	});

	test('calculations, several of them, are a document: "according to calculations by" a researcher', () => {
		const text = 'Title line\n\nWages rose in the port.\n\nA “fair wage” for one dock worker is $19 an hour, according to calculations by Tomas Lindqvist of the Harbour Institute.';
		assert.equal(directSpeakerOf(text, 'fair wage'), 'calculations by Tomas Lindqvist of the Harbour Institute');
	});
});

suite('a role written with a word in -ing or -ed before it', () => {
	test('"“…,” organizing director Ivo Marsh said" names Ivo Marsh', () => {
		const text = 'Title line\n\nThe dockers marched again.\n\n“They have to choose between rent and food every week,” organizing director Ivo Marsh said.';
		assert.equal(directSpeakerOf(text, 'rent and food'), 'Ivo Marsh');
	});

	test('"“…,” acting governor Ada Vos told reporters" names Ada Vos', () => {
		const text = 'Title line\n\nThe storm closed the pier.\n\n“We will reopen the pier when the sea is calm,” acting governor Ada Vos told reporters.';
		assert.equal(directSpeakerOf(text, 'sea is calm'), 'Ada Vos');
	});
});
