import { type Reading, readingSuite } from '../../helpers/speakerOf';

const readings: Reading[] = [
	{
		rule: 'a phrase said to be uttered is speech, not a word quoted as a word',
		text: 'The candidates named the port thirty times in the debate. The phrase “harbour tax” was uttered once, by Mr. Vos.',
		fragment: 'harbour tax',
		expected: ['speech', true],
	},
	{
		rule: 'a word said to be mentioned, with an adverb before the verb, is speech',
		text: 'Over three months the word “dredging” was rarely mentioned on the evening news.',
		fragment: 'dredging',
		expected: ['speech', true],
	},
	{
		rule: 'a phrase that only appears somewhere stays a term',
		text: 'The phrase “harbour tax” appears twice in the board’s report.',
		fragment: 'harbour tax',
		expected: ['term', false],
	},
];

readingSuite('quote kinds of a term said to be said', readings);
