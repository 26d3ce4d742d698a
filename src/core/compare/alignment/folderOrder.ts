/**
 * The folder's order of articles, in which posting lists are kept and ties broken, and each
 * unit's rank in it: the article's place × 2^20 + the unit's place in its article (the third
 * unit of the second article ranks 1 × 1,048,576 + 2). An article not named by `set` keeps a
 * place after those named, in the order it came.
 */
export class FolderOrder {
	private readonly positions = new Map<string, number>();
	private next = 0;

	/** Sets the order; the articles held but not named go after, in the order given. */
	set(articles: readonly string[], held: Iterable<string>): void {
		this.positions.clear();
		articles.forEach((article, position) => this.positions.set(article, position));
		this.next = articles.length === 0 ? 0 : Math.max(...this.positions.values()) + 1;
		for (const article of held) {
			this.positionOf(article);
		}
	}

	/** An article's place, given now (last) when it has none. */
	positionOf(article: string): number {
		let position = this.positions.get(article);
		if (position === undefined) {
			position = this.next++;
			this.positions.set(article, position);
		}
		return position;
	}

	/** The rank of an article's unit at a place. */
	rank(article: string, place: number): number {
		return this.positionOf(article) * 1048576 + place;
	}

	/** Some articles in the folder's order. */
	sorted(articles: Iterable<string>): string[] {
		return [...articles].sort((a, b) => this.positionOf(a) - this.positionOf(b));
	}
}
