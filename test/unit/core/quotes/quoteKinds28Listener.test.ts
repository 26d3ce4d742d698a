import { type Reading, readingSuite } from '../../helpers/speakerOf';

const readings: Reading[] = [
	{
		rule: 'a programme in title case right after "told" is the one spoken to, not words said',
		text: '“The levy will go,” Ada Vos told “Harbour Morning Live,” adding that the board agreed.',
		fragment: 'Harbour Morning Live',
		expected: ['title', false],
	},
	{
		rule: 'a programme in title case right after "on" is where one speaks, not words said',
		text: 'During an appearance on “Dock Talk Tonight,” Ada Vos said the pier would open in May.',
		fragment: 'Dock Talk Tonight',
		expected: ['title', false],
	},
	{
		rule: 'words in title case after "told" and a comma are still what was said',
		text: 'Ada Vos told the crowd, “We Will Rebuild The Pier.”',
		fragment: 'We Will Rebuild The Pier.',
		expected: ['speech', true],
	},
	{
		rule: 'a question in title case right after "asked" is still what was asked',
		text: 'Ada Vos asked “Why Not Now?” and the room went quiet.',
		fragment: 'Why Not Now?',
		expected: ['speech', true],
	},
];

readingSuite('quote kinds of a name in title case after a verb of telling or "on"', readings);
