import { type Reading, readingSuite } from '../../helpers/speakerOf';

const readings: Reading[] = [
	// A sentence that a colon introduces is what was said or written.
	{
		rule: 'a sentence in title case after a colon is speech, not a title',
		text: 'The dockers’ banner on the quay carried one message: “Save The Pier.”',
		fragment: 'Save The Pier.',
		expected: ['speech', true],
	},
	{
		rule: 'a one-word sentence after a colon is speech, not a scare quote',
		text: 'The tender for the pier has a rival now. The board’s answer was a single word: “gladly.”',
		fragment: 'gladly.',
		expected: ['speech', true],
	},
	{
		rule: 'a name after "titled:" stays a title',
		text: 'The port office printed a leaflet titled: “Ships and Tides.”',
		fragment: 'Ships and Tides.',
		expected: ['title', false],
	},
	{
		rule: 'a name after a colon that does not end a sentence stays a title',
		text: 'The crews have three favourites: “Grey Whale” and two older boats.',
		fragment: 'Grey Whale',
		expected: ['title', false],
	},
];

readingSuite('quote kinds of sentences after a colon', readings);
