import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

// A day set off by commas ("…, Tarnia, on Sunday night, for …") tells when its sentence's verb happened.
suite('a weekday set off by commas read with the verb before it', () => {
	test('"checked into the Hale Clinic in Orla Bay, Tarnia, on Sunday night, for a long stay" is set against the others\' Thursday, listed', async () => {
		const found = await compareTexts(
			'The singer Ada Lenz checked into the Hale Clinic in Orla Bay late Thursday, her lawyer said.',
			'Ada Lenz checked into the Hale Clinic rehab centre late Thursday after leaving a court hearing.',
			'Ada Lenz checked into the Hale Clinic in Orla Bay, Tarnia, on Sunday night, for a stay of some months, her agent confirmed.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Thursday', 'Sunday').length, 1, show(found));
	});

	test('a day set off after a verb of speech tells when it was said, no event to set against another day', async () => {
		const found = await compareTexts(
			'Ada Lenz checked into the Hale Clinic in Orla Bay late Thursday, her lawyer said.',
			'Ada Lenz checked into the Hale Clinic rehab centre late Thursday after leaving a court hearing.',
			'The clinic in Orla Bay, her lawyer Ivo Marr said, on Sunday, was the one she chose for a long stay.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Thursday', 'Sunday').length, 0, show(found));
	});
});

// A day that opens its sentence, set off by a comma ("On Saturday, …"), dates the whole sentence.
suite('a weekday opening its sentence read with the words after its comma', () => {
	test('"On Sunday, the cellist was given the baton when she was named the new conductor" is set against the others\' Saturday, listed', async () => {
		const found = await compareTexts(
			'When the young cellist was named the new conductor of the Tarn orchestra on Saturday evening, the hall cheered.',
			'The young cellist was named the new conductor of the Tarn orchestra on Saturday, its board said.',
			'On Sunday, the 29-year-old was given the baton when she was named the new conductor of the orchestra, replacing Ivo Marr.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Saturday', 'Sunday').length, 1, show(found));
	});

	test('a day opening a sentence about something else is not set against the event\'s day', async () => {
		const found = await compareTexts(
			'When the young cellist was named the new conductor of the Tarn orchestra on Saturday evening, the hall cheered.',
			'The young cellist was named the new conductor of the Tarn orchestra on Saturday, its board said.',
			'On Sunday, the orchestra sold every ticket for its spring season in under an hour.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Saturday', 'Sunday').length, 0, show(found));
	});
});

// A sentence that tells the event's day and the day it was announced ("…, the board said on Monday").
suite('a weekday right after a verb of speech beside the event\'s own day', () => {
	test('dates the saying, not the event: "won on Sunday, the commission said on Monday" is not set against the others\' Sunday', async () => {
		const found = await compareTexts(
			'Quist wins Tarn presidency\n\nMara Quist won Tarn\'s presidential run-off on Sunday with 52.4% of the vote, defeating Tomas Vey, who took 47.6%, the election commission said on Monday.\n\nTurnout was 61.2%.\n',
			'Tarn elects Quist\n\nFormer finance minister Mara Quist was elected president of Tarn on Sunday, beating Tomas Vey by 52.4 percent to 47.6 percent in the second round, official results showed.\n\nTurnout was 61.2 percent.\n',
			'Quist claims victory\n\nMara Quist won Sunday\'s run-off with 52.4 percent, the election commission said, ending Tomas Vey\'s bid for a comeback.\n\nTurnout was 61.2 percent.\n',
		);
		assert.equal(naming(listed(found, 'figure'), 'Sunday', 'Monday').length, 0, show(found));
	});

	test('an event of its own on another day is still set against the others\' day', async () => {
		const found = await compareTexts(
			'Ada Lenz won the Orla mayoral run-off on Sunday with 54 percent of the vote, the election board said.',
			'Ada Lenz was elected mayor of Orla on Sunday, beating Ivo Marr in the run-off, the election board said.',
			'Ada Lenz won the Orla mayoral run-off on Saturday with 54 percent of the vote, the election board said on Monday.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Sunday', 'Saturday').length, 1, show(found));
	});
});
