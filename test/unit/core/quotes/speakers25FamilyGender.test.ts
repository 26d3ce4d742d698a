import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('relatives who share a surname do not give it their gender', () => {
	test('"his daughter Ada Brandt" later in the article leaves "Brandt" a man for "he"', () => {
		const text = [
			'Harbour news',
			'DOVER - Tom Brandt painted a dire portrait of the port as he accepted the nomination here Thursday night.',
			"The tone of his text echoed the dark themes of Richard Lund's 1968 campaign. Brandt is betting that voters will heed his call.",
			'And Brandt decried an increase in thefts in some towns.',
			'“I have a message to every last person threatening the peace on our docks: I will restore order,” he said.',
			'His speech followed a sunny introduction by his daughter Ada Brandt, who called him “a fighter.”',
		].join('\n\n');
		assert.equal(directSpeakerOf(text, 'I have a message'), 'Brandt');
	});

	test('a first name tells the gender before what "she" taught of the surname', () => {
		const text = [
			'Harbour news',
			'DOVER - Tom Brandt accepted the nomination here on Thursday night, echoing the themes of Richard Lund, the mayor of old.',
			'Ada Brandt introduced her father. She said he had been “a fighter for the docks.”',
			'Tom Brandt then laid out his plan for the port. He said the board was “a puppet of the shipowners.”',
		].join('\n\n');
		assert.equal(directSpeakerOf(text, 'puppet of the shipowners'), 'Tom Brandt');
	});
});
