import type { Span, Speaker } from '../types';

/**
 * The shapes the speaker rules pass between them: tokens of the prose, names and roles as found,
 * and an attribution (who said it, to whom, relayed by whom) before its pronoun is resolved.
 */

/** A word or a punctuation character of the prose. */
export interface Token {
	/** As written. */
	text: string;
	/** Lower-cased, for the word lists. */
	lower: string;
	/** Offset in the article. */
	start: number;
	/** Offset just past it. */
	end: number;
	/** A word (letters or digits), else one punctuation character. */
	word: boolean;
	/** Starts with a capital letter. */
	cap: boolean;
	/** Ends in a possessive 's ("China's", "Lu’s"). */
	possessive: boolean;
	/** A speech verb in lower case ("said"; "States" is a name). */
	verb: boolean;
	/** A speech participle in lower case ("saying"). */
	participle: boolean;
}

/** What the whole article tells of a capitalised word. */
export interface WordFacts {
	/** It ends a longer name somewhere, or follows a title: a person's surname. */
	surname: boolean;
	/** A gender told by a title or role before it. */
	gender?: 'm' | 'f';
	/** It stands alone inside a sentence somewhere, capitalised with no capitalised word beside it ("…,” Pence said"). */
	alone?: boolean;
}

/** A name or a role found in the text, where it stands. */
export interface Named {
	/** The name as written (`Oleg Varnak`), or a role without its article (`Russian President`). */
	name: string;
	/** Where it stands. */
	span: Span;
}

/** A speaker as first read: a name, a pronoun still to resolve, or a speaker carried over. */
export interface Who extends Named {
	/** Offset of a pronoun ("he added") whose person is looked up before it. */
	pronoun?: number;
	/** How a speaker taken from another quote was found. */
	via?: Speaker['via'];
	/** A role ("the senator") to resolve like a pronoun of either gender, kept as written when nobody fits. */
	role?: boolean;
	/** Ended by its comma: the name after it is another clause's subject, not this phrase's in apposition ("According to police, Tomas Vell, 36, …"). */
	closed?: boolean;
}

/** Who said it, to whom, and who relays it. */
export interface Attribution {
	/** The speaker. */
	speaker?: Who;
	/** The outlet or agency relaying it. */
	source?: Named;
	/** To whom it was said. */
	addressee?: Named;
	/** Found right next to the quote ("“No,” he said", "She said: “No”"). */
	adjacent: boolean;
}

/** A person named (or a pronoun resolved) at some point of the text, for "he"/"she" later on. */
export interface Antecedent extends Named {
	/** Where the mention counts from. */
	at: number;
}

/** The span of a quote, marks included, and of its words. */
export type QuoteSpan = Span & { inner: Span };
