import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';

suite('a year that names an edition dates that prize, not the sentence', () => {
	const died = 'Ada Lenz, the nurse who founded the Tarn night clinic, died on Monday at home.';
	const clinic = 'The clinic she opened in a former bakery now treats a thousand patients a month.';

	test("a prize's year is not set against another award's year in a loosely alike sentence", async () => {
		const both = 'She received the 2029 Vell Medal for her clinic, as well as the Osk Cross from the bishop of Tarn.';
		const cross = 'The bishop of Tarn gave her the Osk Cross in 2034 for her clinic.';
		const found = await compareTexts(article('Nurse dies', died, both, clinic), article('Clinic founder dies', died, both, clinic), article('Ada Lenz dies', died, cross, clinic));
		assert.deepEqual(naming(listed(found, 'figure'), '2029', '2034'), [], show(found));
	});

	test('the same prize given two years stays listed', async () => {
		const medal = 'She received the 2029 Vell Medal for her clinic, the city said on Monday.';
		const found = await compareTexts(article('Nurse dies', died, medal, clinic), article('Clinic founder dies', died, medal, clinic), article('Ada Lenz dies', died, medal.replace('2029', '2031'), clinic));
		assert.equal(naming(listed(found, 'figure'), '2029', '2031').length, 1, show(found));
	});

	test("an edition is named too by its head word in lower case: one draft's year told two ways is listed", async () => {
		const draft = 'She was chosen by the Gulls in the 2029 Vell Draft, the club said on Monday.';
		const pick = 'She was chosen by the Gulls as a draft pick in 2030, the club said on Monday.';
		const found = await compareTexts(article('Nurse dies', died, draft, clinic), article('Clinic founder dies', died, draft, clinic), article('Ada Lenz dies', died, pick, clinic));
		assert.equal(naming(listed(found, 'figure'), '2029', '2030').length, 1, show(found));
	});

	test('a year before a name that describes a common noun dates the noun, and is compared', async () => {
		const film = 'Her work was told in the 2029 Osk documentary, which won praise across the country.';
		const other = 'Her work was told in a documentary in 2030, which won praise across the country.';
		const found = await compareTexts(article('Nurse dies', died, film, clinic), article('Clinic founder dies', died, film, clinic), article('Ada Lenz dies', died, other, clinic));
		assert.equal(naming(listed(found, 'figure'), '2029', '2030').length, 1, show(found));
	});
});
