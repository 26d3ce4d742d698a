import * as assert from 'node:assert/strict';
import { compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('two facts of one story are no disagreement', () => {
	test('one outlet\'s sum against another\'s, in sentences that only share a topic, is not listed', async () => {
		const found = await compareTexts(
			'Filings released by the state election board on Monday show the group raised $6.4 million in March, as television spending in the northern counties climbed.',
			'The committee raised $4 million in March, according to records its treasurer filed late on Sunday, most of it from three wealthy families.',
			'Voters in the state go to the polls next week.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('one outlet against one, in sentences that only share a topic, is listed when the two values are near', async () => {
		const found = await compareTexts(
			'Brisk improved his record to 38 wins on Saturday night in Tarn.',
			'Brisk, whose record now stands at 39 wins, will face the winner of the Vell fight in the spring, his promoter said.',
			'Tickets for the rematch go on sale next week.',
		);
		assert.equal(naming(listed(found, 'figure'), '38 wins', '39 wins').length, 1, show(found));
	});

	test('…and not when they are further apart', async () => {
		const found = await compareTexts(
			'Brisk improved his record to 38 wins on Saturday night in Tarn.',
			'Brisk, whose record now stands at 45 wins, will face the winner of the Vell fight in the spring, his promoter said.',
			'Tickets for the rematch go on sale next week.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('one outlet against one, in near copies, is still listed', async () => {
		const found = await compareTexts(
			'The Quell campaign raised $6.4 million in March, its best month so far, aides said on Monday.',
			'The Quell campaign raised $7.5 million in March, its best month so far, aides said on Monday.',
			'Voters in the state go to the polls next week.',
		);
		assert.equal(naming(listed(found, 'figure'), '$6.4 million', '$7.5 million').length, 1, show(found));
	});

	test('two counts of one thing, in alike sentences that share no word around them, are not listed', async () => {
		const found = await compareTexts(
			'The Tarn library lends 4,000 books a week to the city schools, its director said on Monday.',
			'Teachers returned 3,200 books in March after the Tarn library asked for them.',
			'Voters in the state go to the polls next week.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('…and are listed when one word around them is shared', async () => {
		const found = await compareTexts(
			'The Tarn library lends 4,000 books a week to the city schools, its director said on Monday.',
			'Pupils took home 3,200 books a week in March from the Tarn library.',
			'Voters in the state go to the polls next week.',
		);
		assert.equal(naming(listed(found, 'figure'), '4,000 books', '3,200 books').length, 1, show(found));
	});

	test('one outlet\'s count against another\'s far from it, in sentences that are no near copies, is not listed', async () => {
		const found = await compareTexts(
			'Quell took questions at the union hall in Tarn on Saturday in front of a crowd of about 300 people, her aides said.',
			'Marr spoke on Saturday in front of a crowd of about 1,200 people who packed the gym of a Tarn high school.',
			'Voters in the state go to the polls next week.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('one outlet\'s stay against another\'s far from it, in sentences that are no near copies, is not listed', async () => {
		const found = await compareTexts(
			'Ada Quell, 26, checked into the Tarn Clinic in Vell on Friday for a 60-day court-ordered stay, according to reports.',
			'Ada Quell has left the Tarn Clinic in Osk after completing the 21-day programme, her spokesman said.',
			'Voters in the state go to the polls next week.',
		);
		assert.deepEqual(listed(found, 'figure'), [], show(found));
	});

	test('one outlet\'s stay against another\'s far from it, in near copies, is still listed', async () => {
		const found = await compareTexts(
			'Ada Quell checked into the Tarn Clinic in Vell for a 60-day stay, her publicist said on Friday.',
			'Ada Quell left the Tarn Clinic in Vell after a 21-day stay, her publicist said on Friday.',
			'Voters in the state go to the polls next week.',
		);
		assert.equal(naming(listed(found, 'figure'), '60-day', '21-day').length, 1, show(found));
	});

	test('a small count told far apart by two outlets is still listed', async () => {
		const found = await compareTexts(
			'Two guards were hurt when the prisoners broke out of the Tarn jail on Saturday, the sheriff said.',
			'Seven guards were hurt in the breakout at the jail in Tarn, which began late on Saturday night.',
			'Voters in the state go to the polls next week.',
		);
		assert.equal(naming(listed(found, 'figure'), 'Two guards', 'Seven guards').length, 1, show(found));
	});

	test('one outlet against one, far apart, in near copies, is still listed', async () => {
		const found = await compareTexts(
			'Ferry bookings at the Tarn port fell 14 percent in the spring, the harbour board said on Monday.',
			'Ferry bookings at the Tarn port fell 41 percent in the spring, the harbour board said on Monday.',
			'Voters in the state go to the polls next week.',
		);
		assert.equal(naming(listed(found, 'figure'), '14 percent', '41 percent').length, 1, show(found));
	});

	test('two places that nearly every article names are the story\'s places, not one place misnamed', async () => {
		const found = await compareTexts(
			'Quell won the primary in Tarnia on Tuesday night, her aides said. Results from Vell were still coming in.',
			'Quell won the primary in Vell on Tuesday night, her aides said. In Tarnia she finished second.',
			'Voters in Tarnia and in Vell went to the polls on Tuesday.',
			'The race now moves on from Tarnia and Vell to the southern states.',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Tarnia', 'Vell'), [], show(found));
	});

	test('a place most articles do not name, where the others name the story\'s place, is still listed', async () => {
		const found = await compareTexts(
			'The treaty was signed in Brennick on Tuesday by both foreign ministers, officials said.',
			'The treaty was signed in Port Halden on Tuesday by both foreign ministers, officials said.',
			'The treaty was signed in Port Halden on Tuesday by both foreign ministers after a night of talks.',
			'Crowds gathered in Port Halden as the ministers arrived on Tuesday.',
		);
		assert.equal(naming(listed(found, 'entity'), 'Brennick', 'Port Halden').length, 1, show(found));
	});
});

suite('a name read into a heading', () => {
	test('a quoted headline in capitals on every word lends the name no spelling ("Ada Quell Wins")', async () => {
		const found = await compareTexts(
			'Ada J. Quell won the Tarn vote on Tuesday by a wide margin, the count showed.',
			'Ada J. Quell thanked volunteers in Tarn after the vote on Tuesday.',
			'Ada Quell spoke to reporters in Tarn late on Tuesday.',
			'Editors know that ‘Ada Quell Wins’ draws more readers than a careful headline about the Tarn count, and Ada Quell knows it too.',
		);
		assert.deepEqual(listed(found, 'entity'), [], show(found));
	});

	test('a full name with another word in it is still another spelling', async () => {
		const found = await compareTexts(
			'Ada J. Quell won the Tarn vote on Tuesday by a wide margin, the count showed.',
			'Ada J. Quell thanked volunteers in Tarn after the vote on Tuesday.',
			'Ada Quell spoke to reporters in Tarn late on Tuesday.',
			'Ada Qwell thanked volunteers in Tarn after the vote on Tuesday.',
		);
		assert.equal(naming(listed(found, 'entity'), 'Qwell').length, 1, show(found));
	});
});

suite('a name met once that shares only a kind of body', () => {
	test('two universities in sentences that merely share a topic are no garbled name', async () => {
		const found = await compareTexts(
			'Marr leads the race. A new poll by Osk University found 40 percent of Quell voters unsure about backing Marr in the autumn.',
			'Quell spoke for an hour. "We will change the party," Quell told voters gathered at Vell University.',
			'Quell spoke at Vell University on Thursday evening, her aides said.',
		);
		assert.deepEqual(naming(listed(found, 'entity'), 'Osk University'), [], show(found));
	});
});

suite('passages that share nothing but names', () => {
	test('two fragments made of names alone tell no swap of one person for another', async () => {
		const found = await compareTexts('Lena Ames of Vell, Gov.', 'Ivo Brandt and Vell Gov.', '"He has done that in Osk, in Tarnia."', 'Ames spoke in Vell.');
		assert.deepEqual(naming(listed(found, 'entity'), 'Ivo Brandt', 'Lena Ames'), [], show(found));
	});

	test('the same person swapped in sentences that share their other words is still listed', async () => {
		const found = await compareTexts(
			'Lena Ames of Vell signed the water pact on Tuesday in the capital, her office said.',
			'Ivo Brandt of Vell signed the water pact on Tuesday in the capital, his office said.',
			'Lena Ames of Vell signed the water pact on Tuesday, officials in the capital said.',
			'Ames spoke in Vell after the signing.',
		);
		assert.equal(naming(listed(found, 'entity'), 'Ivo Brandt', 'Lena Ames').length, 1, show(found));
	});
});
