/** Whether a word starts with a capital: A to Z, or a letter beyond ASCII that has a lower case ("Ørsted"). */
export function isCapitalised(word: string): boolean {
	const first = word.charCodeAt(0);
	return (first >= 65 && first <= 90) || (first > 127 && word[0] !== word[0].toLowerCase());
}
