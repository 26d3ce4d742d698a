import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('a quote against its words without marks, where the reporter went on otherwise', () => {
	const later = 'The harbour board meets again on Friday.';

	test('a "not" inside a stretch both give word for word is listed, though the rest differs', async () => {
		const found = await compareTexts(
			article('Pilot in line for harbour post', 'Harbour pilot Ivo Brandt has been approached by the mayor’s office to fill the post of harbour master, two officials said.', later),
			article('Brandt sounded out for top harbour job', 'Veteran pilot Ivo Brandt has been approached by the mayor’s office to fill the vacant post of harbour master, according to two officials.', later),
			article('Brandt denies approach', 'Asked about the reports on Monday, Ivo Brandt said he “has not been approached by the mayor’s office about the harbour master’s post.”', later),
		);
		assert.equal(naming(listed(found, 'quote'), 'not').length, 1, show(found));
	});
});

suite('a quote against its words without marks, beside another outlet’s quote of something else', () => {
	const later = 'The trawler was towed to the naval base at dawn.';

	test('an emphatic word added inside the marks is listed, though another outlet quotes the whole sentence otherwise', async () => {
		const found = await compareTexts(
			article('Navy seizes smugglers’ trawler', 'The crew, their rifles and their charts would be passed on to the coastal police at Varne, the navy said.', later),
			article('Smugglers held off Varne', 'The navy said only that the crew and their rifles would be “passed on to the utterly coastal police at Varne.”', later),
			article('Trawler crew detained', '“The eleven men and their boat were brought into harbour overnight and are being held on board,” a navy statement said, adding that the crew would be passed on to police at Varne.', later),
		);
		assert.equal(naming(listed(found, 'quote'), 'utterly').length, 1, show(found));
	});
});
