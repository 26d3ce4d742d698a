import type { EntityType, Span } from '../types';

/** One candidate name: a run of tokens, and what its surroundings said about it. */
export interface Part {
	/** Index of its first token. */
	first: number;
	/** Index of its last token. */
	last: number;
	/** A title or role stood right before it ("President …"): a person. */
	titled: boolean;
	/** A type that its place in the article forces (a dateline, an agency in parentheses). */
	forced?: EntityType;
	/** One half of a hyphenated pair ("Borodin" in "Borodin-Lu"): its own span and key inside the token. */
	piece?: Span & { key: string };
}
