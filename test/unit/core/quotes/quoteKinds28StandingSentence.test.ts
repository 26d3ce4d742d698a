import { type Reading, readingSuite } from '../../helpers/speakerOf';

const readings: Reading[] = [
	{
		rule: 'two words quoted as a sentence of their own after a quote and its verb are said by the same speaker',
		text: '“The ferry will run again by spring,” Ada Vos said. “Probably sooner.” The board meets on Monday.',
		fragment: 'Probably sooner.',
		expected: ['speech', true, 'Ada Vos'],
	},
	{
		rule: 'a question in title case standing as a sentence after a sentence of speech is said, not a title',
		text: '“We still need a pilot for the night crossing,” Lena Brink said. “Captain Moss?” Nobody in the room answered her.',
		fragment: 'Captain Moss?',
		expected: ['speech', true, 'Lena Brink'],
	},
	{
		rule: 'a word set off inside a sentence stays a scare quote',
		text: '“The ferry will run again by spring,” Ada Vos said. The “new” ferry is old.',
		fragment: 'new',
		expected: ['scare', false, undefined],
	},
	{
		rule: 'a name in title case that ends a sentence with more words after it in the same sentence stays a title',
		text: 'The crew sang all night. “Salt Road” was the song they chose.',
		fragment: 'Salt Road',
		expected: ['title', false, undefined],
	},
	{
		rule: 'words after a closing mark read as an opening one, left unclosed, are no sentence said',
		text: 'A docker, 31, said the walkouts were needed.\n\n"We back the strike.\n\nIf nobody protests, how will the port change? "he said.\n\nThe union met on Monday.',
		fragment: 'he said.',
		expected: ['scare', false, undefined],
	},
];

readingSuite('quote kinds of a quoted sentence standing on its own', readings);
