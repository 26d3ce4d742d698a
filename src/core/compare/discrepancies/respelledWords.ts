import { similarNames } from '../../entities/nameSimilarity';
import { isEnglishWord } from '../../text/lexicon/englishWords';
import type { CompareContext, DiscrepancyDraft } from '../context';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { commonRivals, oddWordDraft } from './oddWordDraft';

/**
 * A capitalised word one outlet misspells where the others write it, in the same place of one
 * claim's passages: "the navy sank a Thay trawler" / "the navy sank a Thai trawler", "at the
 * office Chrystmas party" / "at the office Christmas party". The misspelling is read as a name met
 * once ("Thay"), while the word it stands for is often no name at all (a nationality, a holiday,
 * the first word of a longer name), so the spellings of one identity never meet them, and the
 * swap finder sets the odd word against whatever other name the passage holds.
 *
 * The odd word: a name of one word that one article alone writes, no English word, not opening its
 * sentence. Its rival: a capitalised word of another outlet's passage of the claim that spells it
 * closely (`similarNames`), with the same word right before or right after both ("a … trawler").
 *
 * @param context The comparison.
 * @param units One claim's passages.
 * @param claim The claim's id.
 * @param articleCount How many articles write an identity, by its key.
 * @returns One draft per misspelt word, keyed by the word and the odd article.
 */
export function findRespelledWords(context: CompareContext, units: Unit[], claim: string | undefined, articleCount: (key: string) => number): Map<string, DiscrepancyDraft> {
	const drafts = new Map<string, DiscrepancyDraft>();
	for (const unit of units) {
		for (const name of unit.names) {
			const index = unit.tokens.findIndex((token) => token.start === name.start && token.end === name.end);
			const odd = unit.tokens[index];
			if (index <= 0 || !odd.capitalized || articleCount(name.key) > 1 || isEnglishWord(odd.norm)) {
				continue;
			}
			const common = commonRivals(units, unit, index, rivalIn);
			if (common.length === 0) {
				continue;
			}
			const word = common[0].token.norm;
			const key = `respelled|${word}|${odd.norm}|${unit.article}`;
			const draft = oddWordDraft(
				context,
				{ unit, token: odd },
				common,
				claim,
				({ odd: oddForm, right, sides }) => ({
					summary: `${right} spelled differently: ${sides}`,
					reason: `In the same place of aligned passages, ${oddForm} stands where the others write ${right}; no other article writes ${oddForm}.`,
				}),
				0.75,
			);
			drafts.set(key, draft);
		}
	}
	return drafts;
}

/** The capitalised words of `other` that spell the word at `index` of `unit` closely and stand in its place. */
function rivalIn(unit: Unit, index: number, other: Unit): Token[] {
	const odd = unit.tokens[index];
	return other.tokens.filter((token, k) => {
		if (k === 0 || !token.capitalized || token.norm === odd.norm || unit.tokens.some((own) => own.norm === token.norm) || !similarNames(odd.norm, token.norm)) {
			return false;
		}
		const before = unit.tokens[index - 1]?.norm === other.tokens[k - 1]?.norm;
		const after = unit.tokens[index + 1] !== undefined && unit.tokens[index + 1]?.norm === other.tokens[k + 1]?.norm;
		return before || after;
	});
}
