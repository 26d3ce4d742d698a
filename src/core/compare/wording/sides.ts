/**
 * The sides of a title ("27% (Ledger, Post) vs 26 percent (Daily)"), each outlet on one side only.
 * NOTE: an article may hold both versions ("Varennikov" in its lead, "Varennikoff" in a caption):
 * listed on both sides it would read as an outlet disagreeing with itself, so it is named once,
 * on the rarer side, as holding both.
 */

/** One version and the articles that give it. */
export interface Side {
	/** The version as written (`“must”`, `27% / 27 percent`). */
	text: string;
	articles: string[];
}

/**
 * Joins the sides of a title.
 *
 * @param sides The versions, the commonest first.
 * @param outlet The outlet name of an article.
 * @returns "A (o1, o2) vs B (o3)", each outlet once.
 */
export function sidesText(sides: Side[], outlet: (article: string) => string): string {
	const count = new Map<string, number>();
	for (const side of sides) {
		for (const name of new Set(side.articles.map(outlet))) {
			count.set(name, (count.get(name) ?? 0) + 1);
		}
	}
	const named = new Set<string>();
	// The rarer sides first, so that an outlet with both versions is named where it is the exception.
	const order = sides.map((side, index) => ({ side, index })).sort((x, y) => x.side.articles.length - y.side.articles.length || x.index - y.index);
	const texts: string[] = new Array<string>(sides.length);
	for (const { side, index } of order) {
		const names = [...new Set(side.articles.map(outlet))];
		const only = names.filter((name) => count.get(name) === 1);
		const mixed = names.filter((name) => (count.get(name) ?? 0) > 1 && !named.has(name));
		mixed.forEach((name) => named.add(name));
		const both = mixed.length === 0 ? '' : `${mixed.join(', ')} ${mixed.length === 1 ? 'has' : 'have'} ${sides.length === 2 ? 'both' : 'several'}`;
		const inBrackets = [only.join(', '), both].filter(Boolean).join('; ');
		texts[index] = inBrackets ? `${side.text} (${inBrackets})` : side.text;
	}
	return texts.join(' vs ');
}

const smallNumbers = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "two words", "a modal verb", "14 outlets": numbers up to twelve in words, as prose writes them. */
export function countOf(count: number, singular: string, plural = `${singular}s`, article = 'a'): string {
	if (count === 1) {
		return `${article} ${singular}`;
	}
	return `${smallNumbers[count] ?? String(count)} ${plural}`;
}

/** "a, b and c" */
export function listInProse(items: string[]): string {
	return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "The quote" → capital first letter; the rest as written ("O'Brien", "Tianbao"). */
export function capitalized(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
