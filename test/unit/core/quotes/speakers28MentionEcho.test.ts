import { type Reading, readingSuite } from '../../helpers/speakerOf';

const readings: Reading[] = [
	{
		rule: 'words set off after "mentions" are what its subject says',
		text: 'In the new advertisement, the narrator mentions “empty berths” while old cranes rust in the rain.',
		fragment: 'empty berths',
		expected: ['speech', true, 'narrator'],
	},
	{
		rule: 'words set off after "echoing" are words said, even when the ones echoing are no one to name',
		text: 'The dockers on the quay kept echoing “fair wages” long after the speech.',
		fragment: 'fair wages',
		expected: ['speech', true, undefined],
	},
];

readingSuite('words set off after a verb of mentioning or echoing', readings);
