import { type Reading, readingSuite } from '../../helpers/speakerOf';

const readings: Reading[] = [
	// Words that someone names a thing with are speech.
	{
		rule: 'a name in title case after "called" and its object is the caller’s words',
		text: 'A spokesman called the new ferry “The Grey Whale” twice on Monday.',
		fragment: 'Grey Whale',
		expected: ['speech', true, 'spokesman'],
	},
	{
		rule: '"referred to X as the “…”" is a piece of speech, even with nobody named',
		text: 'She referred to the agency as the “Harbour Office,” and left the room.',
		fragment: 'Harbour Office',
		expected: ['speech', true, undefined],
	},
	{
		rule: '"referred to as" makes a word set off speech too',
		text: 'In the port the levy is often referred to as the “ship tax,” a name it has kept.',
		fragment: 'ship tax',
		expected: ['speech', true, undefined],
	},
	{
		rule: 'the full stop of a title between the verb and the quote ends no clause',
		text: 'Ada Vos called Mrs. Brandt the “Harbour Pirate” on the radio.',
		fragment: 'Harbour Pirate',
		expected: ['speech', true, 'Ada Vos'],
	},
	{
		rule: 'words someone "dubbed the" thing are theirs, as after "called"',
		text: 'The council passed a fee that the crews dubbed the “dock toll” within a week.',
		fragment: 'dock toll',
		expected: ['speech', true, undefined],
	},
	{
		rule: 'a nickname after "nicknamed the" stays a term',
		text: 'The council passed a fee nicknamed the “dock toll” within a week.',
		fragment: 'dock toll',
		expected: ['term', false, undefined],
	},
	{
		rule: 'a work that is "called" something keeps its title',
		text: 'The dockers made a documentary called “Salt and Iron” about the pier.',
		fragment: 'Salt and Iron',
		expected: ['title', false, undefined],
	},
	// Words in title case right after a verb of speech are speech.
	{
		rule: 'a front page that "said, “…”" in title case says it',
		text: 'The tabloid ran a front page that said, “Ferry Chief Sinks Own Boat.”',
		fragment: 'Ferry Chief',
		expected: ['speech', true, undefined],
	},
	{
		rule: 'a work someone wrote stays a title',
		text: 'Lena Ortiz, the poet who wrote “Salt and Iron,” opened the pier.',
		fragment: 'Salt and Iron',
		expected: ['title', false, undefined],
	},
	// A word for a work keeps its title.
	{
		rule: 'a podcast’s name stays a title in a sentence that looks like a headline',
		text: 'Ada Vos is a co-host of the Harbour Politics podcast “So, That Sank.”',
		fragment: 'That Sank',
		expected: ['title', false, undefined],
	},
	{
		rule: 'a blog "called" something is a title, not what anyone called it',
		text: 'The crews keep a blog, called the “Tide Log,” with news of the quay.',
		fragment: 'Tide Log',
		expected: ['title', false, undefined],
	},
];

readingSuite('quote kinds of names given, of words after a verb of speech, of works', readings);
