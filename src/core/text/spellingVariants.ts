/**
 * British and American spellings of one word, which no reader takes for a disagreement: an outlet
 * keeps to its house style ("realised" / "realized", "neighbourhood" / "neighborhood", "centre" /
 * "center", "offence" / "offense", "travelled" / "traveled", "catalogue" / "catalog"). A letter
 * changed elsewhere is another word or a misspelling ("Harte" / "Hartt").
 *
 * @param word A word, lower case.
 * @returns Its American spelling by these endings (other words unchanged).
 */
export function americanSpelling(word: string): string {
	return word
		.replace(/our(s|hood|hoods|ed|ing|ite|ites|able|ful)?$/, 'or$1')
		.replace(/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1')
		.replace(/ys(e|es|ed|ing)$/, 'yz$1')
		.replace(/([^aeiou])tre(s)?$/, '$1ter$2')
		.replace(/ence$/, 'ense')
		.replace(/(l)l(ed|ing|er|ers)$/, '$1$2')
		.replace(/ogue(s)?$/, 'og$1');
}
