import { mediaNames, mediaWords } from '../../text/lexicon/sources';
import { dayAndMonthNames } from '../../text/lexicon/time';
import { temperatureScales } from '../../figures/units';
import type { CompareContext, DiscrepancyDraft } from '../context';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { addTo } from './addTo';
import { commonRivals, oddWordDraft } from './oddWordDraft';

/**
 * A capitalised word one outlet writes where the others write another, between the same two
 * words of one claim's passages, when the name finder reads one of the two as no name at all:
 * "escaped unhurt, Avenue said" / "escaped unhurt, Danner said" ("Avenue" is an English word,
 * so no name stands where Danner stands), "the Orla Weaving Easter in Ranmoor" / "the Orla
 * Weaving Guild in Ranmoor". Two names both read as names are the swap finder's
 * (`findSwaps`), which judges their types and roles.
 *
 * Both neighbours must be the same words: "the crew were Orlan and Tessic" / "eight of them
 * are Vellish and three Tessic" share one, which two different sentences often do. The odd word
 * is in none of the other passage's words, nor the common word in its passage ("Tarn and Vell" /
 * "Vell and Tarn" is one list), and neither is the other cut short ("St" / "Street"). Days and
 * months are the date finders' ("said Friday, a" / "said Monday, a"); a news
 * agency is each outlet's own source ("told Tidewire on" / "told Nordwire on").
 *
 * @param context The comparison.
 * @param units One claim's passages.
 * @param claim The claim's id.
 * @returns One draft per replaced word, keyed by the two words and the odd article.
 */
export function findReplacedWords(context: CompareContext, units: Unit[], claim: string | undefined): Map<string, DiscrepancyDraft> {
	const drafts = new Map<string, DiscrepancyDraft>();
	const writtenElsewhere = writersOf(units);
	for (const unit of units) {
		for (let index = 1; index < unit.tokens.length - 1; index++) {
			const odd = unit.tokens[index];
			// The first word of a longer name is its form, not another name: "said Mr Pigeon" / "said Luke
			// Pigeon" name one man, whom the spellings of names compare.
			if (!odd.capitalized || ignored(odd) || unit.tokens[index + 1].capitalized) {
				continue;
			}
			// The odd word stands in one article's passage only: two outlets that write it are the other side of a list of two
			// (and a verbatim copy of the passage writes it too: asked first, a claim of copies costs no search for rivals).
			if (writtenElsewhere(odd.norm, unit.article)) {
				continue;
			}
			const common = commonRivals(units, unit, index, rivalIn);
			if (common.length === 0) {
				continue;
			}
			const word = common[0].token.norm;
			// Two spellings of one name the folder groups are the spelling finder's ("Kowalenko's" / "Kovalenko's").
			if (oneNamed(context, odd.norm, word)) {
				continue;
			}
			const commonArticles = [...new Set(common.map(({ unit: other }) => other.article))];
			const oddIsName = !readAsNoName(unit, odd);
			const commonAreNames = common.every(({ unit: other, token }) => !readAsNoName(other, token));
			// One outlet against one: the word read as no name is the odd one ("unhurt, Avenue said" /
			// "unhurt, Danner said"), and is judged from its own passage.
			if ((oddIsName && commonAreNames) || (commonArticles.length === 1 && oddIsName)) {
				continue;
			}
			const draft = oddWordDraft(
				context,
				{ unit, token: odd },
				common,
				claim,
				({ odd: oddForm, right, sides }) => ({ summary: `${oddForm} where the others say ${right}: ${sides}`, reason: `Between the same words of aligned passages, ${oddForm} stands where the others write ${right}.` }),
				0.7,
			);
			drafts.set(`replaced|${word}|${odd.norm}|${unit.article}`, draft);
		}
	}
	return drafts;
}

/** Whether two words, a possessive's ending left out, are forms of one named entity of the folder. */
function oneNamed(context: CompareContext, a: string, b: string): boolean {
	const base = (word: string) => word.replace(/['’]s?$/u, '');
	const entity = context.entityNamed(base(a));
	return entity !== undefined && entity === context.entityNamed(base(b));
}

/**
 * Whether an article other than `article` writes a word in one claim's passages: per word, the
 * first two articles that write it, so the question costs one look-up.
 */
function writersOf(units: Unit[]): (norm: string, article: string) => boolean {
	const writers = new Map<string, [string, string | undefined]>();
	for (const unit of units) {
		for (const token of unit.tokens) {
			const seen = writers.get(token.norm);
			if (seen === undefined) {
				writers.set(token.norm, [unit.article, undefined]);
			} else if (seen[1] === undefined && seen[0] !== unit.article) {
				seen[1] = unit.article;
			}
		}
	}
	return (norm, article) => {
		const seen = writers.get(norm);
		return seen !== undefined && (seen[0] !== article || seen[1] !== undefined);
	};
}

/** The capitalised words of `other` between the same two words as the word at `index` of `unit`, each absent from the other passage. */
function rivalIn(unit: Unit, index: number, other: Unit): Token[] {
	const odd = unit.tokens[index];
	const framed = capitalsBetween(other.tokens).get(`${unit.tokens[index - 1].norm} ${unit.tokens[index + 1].norm}`);
	if (framed === undefined || other.tokens.some((theirs) => theirs.norm === odd.norm)) {
		return [];
	}
	return framed.filter((token) => token.norm !== odd.norm && !oneShortensOther(token.norm, odd.norm) && !ignored(token) && !unit.tokens.some((own) => own.norm === token.norm));
}

/** A passage's capitalised words inside it by the words either side ("unhurt said" → Danner), read once per wording: copies share their tokens (`unitsOfCopies.ts`). */
const framedOf = new WeakMap<Token[], Map<string, Token[]>>();

function capitalsBetween(tokens: Token[]): Map<string, Token[]> {
	let framed = framedOf.get(tokens);
	if (framed === undefined) {
		framed = new Map();
		for (let k = 1; k < tokens.length - 1; k++) {
			if (tokens[k].capitalized) {
				addTo(framed, `${tokens[k - 1].norm} ${tokens[k + 1].norm}`, tokens[k]);
			}
		}
		framedOf.set(tokens, framed);
	}
	return framed;
}

/**
 * Whether one word is the other cut short or run on: "St" / "Street", "Mt" / "Mount" (its letters
 * in order, from the same first one), "Orvel-branded" / "Orvel".
 */
function oneShortensOther(a: string, b: string): boolean {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (short[0] !== long[0]) {
		return false;
	}
	let at = 0;
	for (const letter of long) {
		at += letter === short[at] ? 1 : 0;
	}
	return at >= short.length;
}

/**
 * A day, a month or an outlet: each read by its own finder, or each outlet's own ("told the Post"
 * / "told the Times"); or a temperature's scale, which an outlet converts for its readers ("12
 * degrees Celsius" / "54 degrees Fahrenheit": the figure finder's).
 */
function ignored(token: Token): boolean {
	return dayAndMonthNames.has(token.norm) || mediaNames.has(token.norm) || mediaWords.has(token.norm) || (token.norm.length > 1 && temperatureScales[token.norm] !== undefined);
}

/** Whether the name finder reads no name at `token` of the passage. */
function readAsNoName(unit: Unit, token: Token): boolean {
	return !unit.names.some((name) => name.start <= token.start && token.end <= name.end);
}
