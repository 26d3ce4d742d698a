import { similarNames } from '../../entities/grouping';
import { isEnglishWord } from '../../text/lexicon/englishWords';
import { mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { sidesText } from '../wording/sides';
import { oddFormSeverity } from './substitutionJudging';

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
			const rivals = units.filter((other) => other.article !== unit.article).flatMap((other) => rivalIn(unit, index, other).map((token) => ({ unit: other, token })));
			if (rivals.length === 0) {
				continue;
			}
			const word = rivals[0].token.norm;
			const common = rivals.filter(({ token }) => token.norm === word);
			const commonArticles = [...new Set(common.map(({ unit: other }) => other.article))];
			const severity = oddFormSeverity(context, [unit], common.map(({ unit: other }) => other));
			const key = `respelled|${word}|${odd.norm}|${unit.article}`;
			const written = (article: string, token: Token) => context.textOf(article).slice(token.start, token.end);
			const rightForm = written(common[0].unit.article, common[0].token);
			const oddForm = written(unit.article, odd);
			drafts.set(key, {
				kind: 'entity',
				severity,
				summary: `${rightForm} spelled differently: ${sidesText(
					[
						{ text: rightForm, articles: commonArticles },
						{ text: oddForm, articles: [unit.article] },
					],
					context.outlet,
				)}`,
				reason: `In the same place of aligned passages, ${oddForm} stands where the others write ${rightForm}; no other article writes ${oddForm}.`,
				strength: 0.75,
				mentions: [mentionOf(context, unit.article, odd, oddForm, true), ...common.map(({ unit: other, token }) => mentionOf(context, other.article, token, rightForm, false))],
				missing: [],
				...(claim ? { claim } : {}),
				weight: 0.5,
			});
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
