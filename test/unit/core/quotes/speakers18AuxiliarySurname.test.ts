import * as assert from 'node:assert/strict';
import { directSpeakerOf } from '../../helpers/speakerOf';

suite('a surname that is an auxiliary ("Will") speaks before a verb of speech', () => {
	const opening = 'Title line\n\nColumnist Ted Will wrote a sharp op-ed this week.\n\n';

	test('"“…,” Will wrote" is Will\'s', () => {
		const text = `${opening}“The storm is a reminder that the council can fail us,” Will wrote.`;
		assert.equal(directSpeakerOf(text, 'council can fail'), 'Will');
	});

	test('"Will described the mayor as a “…”" is Will\'s', () => {
		const text = `${opening}Will described the mayor as a “danger to the harbour.”`;
		assert.equal(directSpeakerOf(text, 'danger to the harbour'), 'Will');
	});

	test('"the speech, which Will claims affirmed “…”" is Will\'s', () => {
		const text = `${opening}He praised the speech, which Will claims affirmed “the old belief in the harbour.”`;
		assert.equal(directSpeakerOf(text, 'old belief'), 'Will');
	});

	test('a lower-case "will" stays an auxiliary: "“…,” she said she will say again" is not Will\'s', () => {
		const text = `${opening}Mayor Ada Vos spoke next. “We are ready,” she said.`;
		assert.notEqual(directSpeakerOf(text, 'We are ready'), 'Will');
	});
});
