import * as assert from 'node:assert/strict';
import { article, compareTexts, listed, naming, show } from '../helpers/compareTexts';


suite('an age written before its noun is the age of what the noun names', () => {
	const crash = 'A cyclist was hurt on Friday evening when a van struck her outside the depot in Tarnford.';
	const bail = 'The van driver was released on bail on Saturday and will appear in court next month.';

	test("the driver's age is not set against the cyclist's when the other passage names the driver apart", async () => {
		const driver = 'A witness outside the depot shouted at the 36-year-old driver, but the van drove on.';
		const cyclist = 'Police arrested the van driver who struck a 66-year-old cyclist outside the depot in Tarnford.';
		const found = await compareTexts(article('Cyclist hurt', crash, driver, bail), article('Van hits cyclist', crash, driver, bail), article('Driver arrested', crash, cyclist, bail));
		assert.deepEqual(naming(found.filter((discrepancy) => discrepancy.kind === 'figure'), '36', '66'), [], show(found));
	});

	test('one noun given two ages stays listed', async () => {
		const driver = 'A witness outside the depot shouted at the 36-year-old driver, but the van drove on.';
		const found = await compareTexts(article('Cyclist hurt', crash, driver, bail), article('Van hits cyclist', crash, driver, bail), article('Driver arrested', crash, driver.replace('36', '39'), bail));
		assert.equal(naming(listed(found, 'figure'), '36', '39').length, 1, show(found));
	});
});
