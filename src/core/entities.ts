import * as budgetModule from './budget';
import * as collectNameEvidenceModule from './entities/collectNameEvidence';
import * as confirmationModule from './entities/confirmation';
import * as findPartsModule from './entities/findParts';
import * as headlineNamesModule from './entities/headlineNames';
import type { NameEvidence } from './entities/nameEvidence';
import * as paragraphsModule from './entities/paragraphs';
import * as refinePartModule from './entities/refinePart';
import * as scaleNamesModule from './entities/scaleNames';
import * as tokensModule from './entities/tokens';
import * as typeRulesModule from './entities/typeRules';
import type { EntityMention, ParsedArticle } from './types';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { checkBudget } = budgetModule;
const { collectNameEvidence } = collectNameEvidenceModule;
const { confirmTokens, lowerAcronymStarts } = confirmationModule;
const { findParts } = findPartsModule;
const { keepHeadlineNames } = headlineNamesModule;
const { readParagraphs } = paragraphsModule;
const { refinePart } = refinePartModule;
const { namesAScale } = scaleNamesModule;
const { tokenize } = tokensModule;
const { typeOf } = typeRulesModule;

export { collectNameEvidence };
export type { NameEvidence };

/**
 * Finds the names of people, organizations and places in the body of an article. Titles, roles
 * and possessives stay out of the mention ("President Vadim Borodin’s" → "Vadim Borodin"),
 * adjectives of nationality are not places ("Russian"), and a capitalised word at the start of a
 * sentence is a name only when the folder writes it as one elsewhere.
 *
 * @param parsed The article.
 * @param evidence What the folder says about names (default: what this article alone says).
 * @returns The mentions, sorted and never overlapping; `text` is exactly `article.text` at the span.
 */
export function findEntityMentions(parsed: ParsedArticle, evidence: NameEvidence = collectNameEvidence([parsed])): EntityMention[] {
	const mentions: EntityMention[] = [];
	const paragraphs = readParagraphs(parsed);
	const lowerAcronyms = lowerAcronymStarts(parsed.text, evidence).sort((a, b) => a - b);
	// Paragraphs and acronym starts are both in text order: one pointer walks both.
	let acronym = 0;
	for (const [n, paragraph] of parsed.paragraphs.entries()) {
		checkBudget();
		let { tokens, parts } = paragraphs[n];
		while (acronym < lowerAcronyms.length && lowerAcronyms[acronym] < paragraph.start) {
			acronym++;
		}
		if (acronym < lowerAcronyms.length && lowerAcronyms[acronym] < paragraph.end) {
			tokens = tokenize(parsed.text, paragraph, true);
		}
		// The folder may confirm a word in capitals ("BORODINE") or a lower-case acronym ("aukus"): then the parts change.
		const confirmed = confirmTokens(tokens, evidence);
		if (confirmed !== tokens) {
			tokens = confirmed;
			parts = findParts(tokens, parsed.text, paragraph);
		}
		for (const found of parts) {
			for (const part of refinePart(tokens, found, evidence, parsed.text)) {
				const start = part.piece?.start ?? tokens[part.first].start;
				const end = part.piece?.end ?? tokens[part.last].end;
				if (part.first === part.last && namesAScale(parsed.text, start, end)) {
					continue;
				}
				mentions.push({ start, end, text: parsed.article.text.slice(start, end), type: typeOf(tokens, part, evidence) });
			}
		}
	}
	return parsed.headline ? keepHeadlineNames(mentions, parsed.headline, parsed.article.text) : mentions;
}
