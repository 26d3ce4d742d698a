/**
 * A term someone is said to use or say is their speech, not a word quoted as a word: "she
 * refused to say the words “harbour tax”", "he kept using the phrase “ships first”", and words
 * introduced "in her words, “the pier is finished.”" ("the so-called “harbour tax”" stays a term).
 */
const spokenTermPattern =
	/(?:\b(?:use|uses|used|using|say|says|said|saying|utter|utters|uttered|uttering|repeat|repeats|repeated|repeating)\s+the\s+(?:term|phrase|words?|slogan)|\bin\s+(?:his|her|their|its|our|my)\s+(?:own\s+)?words)[\s,:]*$/i;

/**
 * Whether the text right before a quote says someone used or said its words.
 *
 * @param before Up to 30 characters before the quote's opening mark.
 */
export function isSpokenTerm(before: string): boolean {
	return spokenTermPattern.test(before);
}

/** A passive of saying right after a quote, maybe with an adverb or a time between: "… was uttered", "… was mentioned twice". */
const saidAfterPattern = /^[\s,’'"”]*(?:was|were|is|are|has been|have been|had been)\s+(?:\p{L}+ly\s+)?(?:uttered|mentioned|said|spoken|used|repeated|invoked|chanted)\b/iu;

/**
 * Whether the words right after a quote say it was said: "the phrase “harbour tax” was uttered once,
 * by Vos", "the word “levy” was mentioned in every speech". A term so introduced is speech.
 *
 * @param after Up to 40 characters after the quote's closing mark.
 */
export function isSaidAfter(after: string): boolean {
	return saidAfterPattern.test(after);
}
