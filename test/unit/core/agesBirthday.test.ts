import * as assert from 'node:assert/strict';
import { compareTexts, naming, show } from '../helpers/compareTexts';

// Two ages a year apart, two outlets or more on each side: a birthday between the reports, worth a look only.
suite('two ages a year apart', () => {
	/** Four outlets' sentences that give Ivo Marr an age, each in its own words (no two are one claim). */
	const texts = (ages: number[]) =>
		[
			`A court in Tarn sentenced the sect leader to life in prison on Tuesday. Ivo Marr, ${ages[0]}, showed no emotion as the verdict was read.`,
			`The leader of a sect near Vell got a life term on Tuesday. Jurors took two hours to reach their verdict against Ivo Marr, ${ages[1]}, officials said.`,
			`After a trial of three weeks, a judge in Tarn ruled on Tuesday that Ivo Marr, ${ages[2]}, will spend the rest of his life behind bars.`,
			`Supporters of the ${ages[3]}-year-old Ivo Marr gathered outside the courthouse on Tuesday as he was led away to begin a life sentence.`,
			`Prosecutors in Tarn had asked for the harshest term. Ivo Marr, ${ages[4]}, said nothing when the judge asked him to stand.`,
		].slice(0, ages.length);
	const severityOfAge = async (ages: number[]) => {
		const found = await compareTexts(...texts(ages));
		const items = naming(found, 'Age of Ivo Marr');
		assert.equal(items.length, 1, show(found));
		return items[0].severity;
	};

	test('"Ivo Marr, 55," in two outlets and "Ivo Marr, 54," in two others is low: a birthday between the reports', async () => {
		assert.equal(await severityOfAge([55, 55, 54, 54]), 'low');
	});

	test('three outlets against two others, a year apart, are low too: each side agrees with itself', async () => {
		assert.equal(await severityOfAge([47, 47, 47, 46, 46]), 'low');
	});

	test('one outlet against the others, a year apart, is listed', async () => {
		assert.equal(await severityOfAge([47, 47, 47, 46]), 'high');
	});

	test('one outlet against one other, a year apart, is still listed', async () => {
		assert.equal(await severityOfAge([55, 54]), 'medium');
	});

	test('two outlets against two others, three years apart, are still listed', async () => {
		assert.equal(await severityOfAge([55, 55, 52, 52]), 'medium');
	});
});
