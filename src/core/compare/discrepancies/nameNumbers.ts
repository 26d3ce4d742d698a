import { mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import type { Token } from '../tokens';
import type { Unit } from '../units';
import { sidesText } from '../wording/sides';
import { oddFormSeverity } from './substitutionJudging';
import { addTo } from './addTo';

/** A number that names a thing with the capitalised word before it ("Route 52", "Flight 370"). */
interface NameNumber {
	unit: Unit;
	word: Token;
	number: Token;
	/** The words right before the name and right after the number, for placing it. */
	before: string | undefined;
	after: string | undefined;
}

/**
 * A number that is part of a name, which the figure reader leaves to the name ("Route 52",
 * "Interstate 75", "Flight 370", "Gate 9"): one outlet's "on State Route 54 in Tarnfield" where
 * the others write "on State Route 52 in Tarnfield" puts the event on another road. Compared in
 * one claim's passages only, when the same capitalised word carries a number in several outlets'
 * passages, each passage naming it once, and the odd one stands in the same place as one of the
 * others (the same word before the name or after the number): "Route 52 and Route 163" in one
 * passage is a list, and "closed Route 9" against "reopened Route 12 later" may be two roads.
 *
 * @param context The comparison.
 * @param claim The claim's id.
 * @param units Its passages.
 * @returns A figure draft per name whose number differs.
 */
export function findNameNumbers(context: CompareContext, claim: string, units: Unit[]): DiscrepancyDraft[] {
	const byWord = new Map<string, NameNumber[]>();
	for (const unit of units) {
		const found = nameNumbersOf(unit);
		for (const [word, list] of found) {
			if (list.length === 1) {
				addTo(byWord, word, list[0]);
			}
		}
	}
	const drafts: DiscrepancyDraft[] = [];
	for (const named of byWord.values()) {
		const groups = new Map<string, NameNumber[]>();
		for (const item of named) {
			addTo(groups, item.number.norm, item);
		}
		if (groups.size < 2) {
			continue;
		}
		const [majority, ...rest] = [...groups.values()].sort((x, y) => articlesOf(y).length - articlesOf(x).length);
		const odd = rest.flat().filter((item) => majority.some((other) => other.unit.article !== item.unit.article && samePlace(item, other)));
		if (odd.length === 0) {
			continue;
		}
		const severity = oddFormSeverity(context, odd.map((item) => item.unit), majority.map((item) => item.unit));
		const label = context.textOf(majority[0].unit.article).slice(majority[0].word.start, majority[0].word.end);
		const written = (item: NameNumber) => context.textOf(item.unit.article).slice(item.number.start, item.number.end);
		const sides = [majority, ...[...new Set(odd.map((item) => item.number.norm))].map((norm) => odd.filter((item) => item.number.norm === norm))];
		drafts.push({
			kind: 'figure',
			severity,
			summary: `${label}: ${sidesText(
				sides.map((side) => ({ text: `${label} ${written(side[0])}`, articles: articlesOf(side) })),
				context.outlet,
			)}`,
			reason: `Aligned passages give the ${label} another number in the same place of the sentence: another ${label.toLowerCase()}.`,
			strength: 0.7,
			mentions: [...majority.map((item) => mentionOf(context, item.unit.article, item.number, written(item), false)), ...odd.map((item) => mentionOf(context, item.unit.article, item.number, written(item), true))],
			missing: [],
			claim,
			weight: 1,
		});
	}
	return drafts;
}

/** The passage's numbers of names by the capitalised word before them ("route" → Route 52), not those the figure reader read as figures. */
function nameNumbersOf(unit: Unit): Map<string, NameNumber[]> {
	const found = new Map<string, NameNumber[]>();
	unit.tokens.forEach((number, k) => {
		const word = unit.tokens[k - 1];
		if (!word?.capitalized || !nameNumber.test(number.norm)) {
			return;
		}
		const item = { unit, word, number, before: unit.tokens[k - 2]?.norm, after: unit.tokens[k + 1]?.norm };
		addTo(found, word.norm, item);
	});
	// A number the figure reader took is a figure, compared as one; it still counts for the list
	// ("where Route 52 meets Route 54": two roads, whichever of them was read as a figure).
	for (const [word, list] of found) {
		if (list.some(({ number }) => unit.figures.some((figure) => figure.start < number.end && number.start < figure.end))) {
			found.set(word, list.length === 1 ? [] : list);
		}
	}
	return found;
}

/** A whole number of one to four digits, as names carry them ("52", "370"; not "3.5" or "1,200"). */
const nameNumber = /^\d{1,4}$/;

/** The same word before the name, or after the number: "on State Route 52 in …" / "on State Route 54 in …". */
function samePlace(item: NameNumber, other: NameNumber): boolean {
	return (item.before !== undefined && item.before === other.before) || (item.after !== undefined && item.after === other.after);
}

function articlesOf(items: NameNumber[]): string[] {
	return [...new Set(items.map((item) => item.unit.article))];
}
