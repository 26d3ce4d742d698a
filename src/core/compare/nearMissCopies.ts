import type { NearMiss } from './alignment/types';
import type { CompareContext } from './context';
import type { Token } from './tokens';
import type { Unit } from './units';

/**
 * What one finder found in the near misses of one comparison, by the two passages they pair, so
 * that near misses between verbatim copies of the same two passages are judged once when they
 * hold nothing. Ten files of one wire story that meet ten files of another pair the same two
 * sentences in up to a hundred near misses ("Tarn Port handled 2.4 million tonnes" against "the
 * port expects 2.7 million tonnes"), and most near misses hold nothing a finder reports. A finder
 * judges the first near miss of each set of copies as before; when that found nothing, the
 * others are skipped; when it found something, each is judged in its turn, as before (its drafts
 * name its own articles and outlets), so the drafts and their order are what judging every one
 * gives.
 *
 * A finder asks only after its checks that read a near miss's own unit objects (those differ from
 * copy to copy); what it judges must depend on the passages' words, names, figures and quotes, the
 * articles' texts and findings, and the near miss's score and flags, never on the articles' ids.
 */
export class NearMissCopies {
	/** Per set of copies (`copySets`), what its first near miss judged gave: 0 not judged yet, 1 nothing, 2 something. */
	private readonly verdicts: Uint8Array;
	/** Per set, what `sameFor` worked out, by key. */
	private readonly shared = new Map<number, Map<string, unknown>>();

	private constructor(private readonly sets: CopySets) {
		this.verdicts = new Uint8Array(sets.count);
	}

	/**
	 * The memory of one finder's pass over a comparison's near misses; none for a list of one (the
	 * editor's comparison judges near misses one at a time, and notes the flags each reads).
	 */
	static over(context: CompareContext, nearMisses: readonly NearMiss[]): NearMissCopies | undefined {
		return nearMisses.length > 1 ? new NearMissCopies(copySets(context, nearMisses)) : undefined;
	}

	/** Whether the near miss at a place of the list pairs copies of the passages of one judged before that found nothing. */
	foundNothing(at: number): boolean {
		return this.verdicts[this.sets.setOf[at]] === nothingFound;
	}

	/**
	 * What `work` gives for the near miss at a place of the list, worked out once for its set and a
	 * key (what a finder judges of one swap of names, say), and given as it is to the copies: only
	 * for what depends on the passages and the near miss's flags, never on the articles' ids.
	 */
	sameFor<T>(at: number, key: string, work: () => T): T {
		const set = this.sets.setOf[at];
		let values = this.shared.get(set);
		if (!values) {
			values = new Map();
			this.shared.set(set, values);
		}
		if (values.has(key)) {
			return values.get(key) as T;
		}
		const value = work();
		values.set(key, value);
		return value;
	}

	/** Notes what the near miss at a place of the list gave, when it is the first of its set judged. */
	note(at: number, nothing: boolean): void {
		const set = this.sets.setOf[at];
		if (this.verdicts[set] === 0) {
			this.verdicts[set] = nothing ? nothingFound : somethingFound;
		}
	}
}

const nothingFound = 1;
const somethingFound = 2;

/** The near misses of a list in sets of copies: each one's set by its place, and how many sets. */
interface CopySets {
	setOf: Int32Array;
	count: number;
}

/** The sets of each list of near misses, made when a finder first asks (the finders read one list in turn). */
const setsOfList = new WeakMap<readonly NearMiss[], { context: CompareContext; sets: CopySets }>();

/**
 * Sets of near misses between verbatim copies of the same two passages, at the same score and with
 * the same flags: "Tarn Port handled 2.4 million tonnes" in three files of one story against "the
 * port expects 2.7 million tonnes" in two files of another is one set of six near misses.
 */
export function copySets(context: CompareContext, nearMisses: readonly NearMiss[]): CopySets {
	const known = setsOfList.get(nearMisses);
	if (known?.context === context) {
		return known.sets;
	}
	const readings = new Readings(context);
	// By the pair of the passages' words (verbatim copies share them: `unitsOfCopies.ts`), each list
	// of words numbered once: the place of the first near miss of each set, a number while it is
	// the pair's only set. (No map and list per passage and pair: a folder without copies has a
	// set per near miss, and these would be held, and outlive the young generation, through the loop.)
	const wordsIds = new Map<Token[], number>();
	const wordsId = (tokens: Token[]) => wordsIds.get(tokens) ?? wordsIds.set(tokens, wordsIds.size).get(tokens)!;
	const firsts = new Map<number, number | number[]>();
	const setOf = new Int32Array(nearMisses.length);
	let count = 0;
	for (let at = 0; at < nearMisses.length; at++) {
		const nearMiss = nearMisses[at];
		const pair = wordsId(nearMiss.a.tokens) * pairLimit + wordsId(nearMiss.b.tokens);
		const known = firsts.get(pair);
		// (A loop, not `find` with a closure: a folder of wire copy holds hundreds of thousands of near misses.)
		let set = -1;
		if (typeof known === 'number') {
			if (sameNearMiss(readings, nearMisses[known], nearMiss)) {
				set = setOf[known];
			}
		} else if (known !== undefined) {
			for (let i = 0; i < known.length && set < 0; i++) {
				if (sameNearMiss(readings, nearMisses[known[i]], nearMiss)) {
					set = setOf[known[i]];
				}
			}
		}
		if (set < 0) {
			set = count++;
			if (known === undefined) {
				firsts.set(pair, at);
			} else if (typeof known === 'number') {
				firsts.set(pair, [known, at]);
			} else {
				known.push(at);
			}
		}
		setOf[at] = set;
	}
	const sets = { setOf, count };
	setsOfList.set(nearMisses, { context, sets });
	return sets;
}

/** More lists of words than any folder has passages: two of their numbers make one key below 2^53. */
const pairLimit = 2 ** 26;

/** Two near misses between copies of the same two passages, at the same score and with the same flags. */
function sameNearMiss(readings: Readings, x: NearMiss, y: NearMiss): boolean {
	return x.score === y.score && x.mutual === y.mutual && x.best === y.best && x.outbid === y.outbid && x.echo === y.echo && copies(readings, x.a, y.a) && copies(readings, x.b, y.b);
}

/**
 * Two passages that are verbatim copies as the finders read them: the same objects for their
 * words, names and figures, at the same places, in articles of one reading (`Readings`).
 */
function copies(readings: Readings, u: Unit, v: Unit): boolean {
	if (u === v) {
		return true;
	}
	if (u.tokens !== v.tokens || u.names !== v.names || u.figures !== v.figures || u.features !== v.features || u.entities !== v.entities || u.quote !== v.quote) {
		return false;
	}
	return u.kind === v.kind && u.index === v.index && u.start === v.start && u.end === v.end && u.stamp === v.stamp && readings.of(u.article) === readings.of(v.article);
}

/**
 * Each article's reading: the first article of the same text whose figures and quotes are the
 * same objects (verbatim copies share their findings: `verbatimCopies.ts`). A passage an edit left
 * in place keeps its objects while its article's text changes elsewhere: such an article is a
 * reading of its own.
 */
class Readings {
	private readonly byArticle = new Map<string, string>();
	/** The first article of each reading, by its figures. */
	private readonly byFigures = new Map<unknown, { text: string; quotes: unknown; article: string }[]>();

	constructor(private readonly context: CompareContext) {}

	of(article: string): string {
		let reading = this.byArticle.get(article);
		if (reading === undefined) {
			const { figures, quotes } = this.context.analysisOf(article);
			const text = this.context.textOf(article);
			let list = this.byFigures.get(figures);
			if (!list) {
				list = [];
				this.byFigures.set(figures, list);
			}
			reading = list.find((first) => first.quotes === quotes && first.text === text)?.article;
			if (reading === undefined) {
				reading = article;
				list.push({ text, quotes, article });
			}
			this.byArticle.set(article, reading);
		}
		return reading;
	}
}
