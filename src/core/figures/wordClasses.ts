/**
 * Words that end the search for a counted noun, or that are never one: "five of the", "two said",
 * "three were", "the two who".
 */
export const notNouns = new Set([
	'the', 'a', 'an', 'of', 'and', 'or', 'but', 'nor', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as',
	'that', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
	'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'shall', 'per', 'than',
	'less', 'fewer', 'not', 'no', 'into', 'onto', 'over', 'under', 'after', 'before', 'since', 'until', 'about',
	'around', 'up', 'down', 'out', 'off', 'said', 'says', 'say', 'told', 'he', 'she', 'it', 'they', 'we', 'you', 'i',
	'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'there', 'here', 'then', 'when', 'where', 'while',
	'what', 'how', 'why', 'also', 'only', 'just', 'even', 'still', 'all', 'both', 'each', 'every', 'some', 'any',
	'such', 'so', 'too', 'very', 'percent', 'cent', 'pct', 'another', 'other', 'others', 'one', 'ones', 'times', 'way',
	'ways', 'time', 'fold', 'sided', 'thirds', 'halves', 'quarters', 'fifths', 'tenths', 'apiece', 'ago', 'later',
	'earlier', 'old', 'percentage', 'against', 'among', 'between', 'through', 'via', 'if', 'because', 'although',
	'though', 'whether',
]);

/** Whether a word starts with a capital: A to Z, or a letter beyond ASCII that has a lower case ("Ørsted"). */
export function isCapitalised(word: string): boolean {
	const first = word.charCodeAt(0);
	return (first >= 65 && first <= 90) || (first > 127 && word[0] !== word[0].toLowerCase());
}
