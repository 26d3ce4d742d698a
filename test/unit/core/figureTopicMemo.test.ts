import * as assert from 'node:assert/strict';
import { figureTitleTopic, forgetFigureTopics, type TitledFigure } from '../../../src/core/compare/wording/figureWording';
import { rangesTaggedAfresh, tagRange } from '../../../src/core/text/tagger';

/** One outlet's figure in a sentence of its own text, as the figure finder passes it. */
function titled(text: string, sentence: string, figure: string, kind = 'percent'): TitledFigure {
	const start = text.indexOf(sentence);
	const at = text.indexOf(figure, start);
	return { text, sentence: { start, end: start + sentence.length }, figure: { start: at, end: at + figure.length, kind, unit: '' }, owners: [] };
}

/** Enough other sentences tagged to push any one out of the tagger's memory. */
function tagOthers(): void {
	for (let i = 0; i < 2100; i++) {
		const other = `Barge ${i} was moored at wharf ${i % 9}.`;
		tagRange(other, 0, other.length);
	}
}

suite('The topic of a disputed figure is read once per sentence', () => {
	test('a sentence whose figure is disputed again, after thousands of others were tagged, is not tagged again', () => {
		forgetFigureTopics();
		const sentence = 'Grain shipments through the canal rose 14% in March.';
		const first = titled(`Ahead of the vote. ${sentence}`, sentence, '14%');
		const topic = figureTitleTopic([first]);
		tagOthers();
		const before = rangesTaggedAfresh();
		// The same passage in another dispute, and the same words in another outlet's text.
		assert.equal(figureTitleTopic([first]), topic);
		assert.equal(figureTitleTopic([titled(`${sentence} Talks go on.`, sentence, '14%')]), topic);
		assert.equal(rangesTaggedAfresh(), before);
	});

	test('two figures of one sentence keep their own topics', () => {
		forgetFigureTopics();
		const sentence = 'Exports rose 14% while imports fell 9%.';
		const text = `The ministry spoke. ${sentence}`;
		const rose = figureTitleTopic([titled(text, sentence, '14%')]);
		const fell = figureTitleTopic([titled(text, sentence, '9%')]);
		assert.notEqual(rose, fell);
		assert.equal(figureTitleTopic([titled(text, sentence, '14%')]), rose);
		assert.equal(figureTitleTopic([titled(text, sentence, '9%')]), fell);
	});
});
