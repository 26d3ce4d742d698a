import type { Figure } from '../../types';
import { figureRules } from '../rules/figures';
import { figureClass, figuresAgreeOnce } from './figurePairs';
import { familyOf, type PlacedFigure, type Slot } from './figurePlacing';

/**
 * Leaves out a figure of the minority whose value another outlet's passage states too, for
 * something else: "four life terms" against "seven life terms and four terms without parole" is
 * the second item of a list, not a disagreement about the first; and one whose own passage states
 * the others' value beside it ("the 2004 and 2005 shows" against "the 2004 show").
 */
export function withoutAmbiguous(slot: Slot, textOf: (article: string) => string): Slot {
	// A slot of wire copy holds each figure object many times (`unitsOfCopies.ts`), and a slot of a
	// thousand outlets a handful of values: the figures are counted by class (`figureClass`: alike
	// in all that `figuresAgree` reads), each class answering for all of its figures.
	const agree = figuresAgreeOnce;
	const perArticle = new Map<string, number>();
	const byClass = new Map<number, { figure: Figure; count: number; perArticle: Map<string, number> }>();
	for (const { article, figure } of slot) {
		perArticle.set(article, (perArticle.get(article) ?? 0) + 1);
		const id = figureClass(figure);
		const counted = byClass.get(id) ?? byClass.set(id, { figure, count: 0, perArticle: new Map() }).get(id)!;
		counted.count++;
		counted.perArticle.set(article, (counted.perArticle.get(article) ?? 0) + 1);
	}
	// Per class, the classes that disagree with it: "27%" against "26 percent" and "26.5%".
	const disagreeing = new Map<number, { figure: Figure; count: number; perArticle: Map<string, number> }[]>();
	const disagreeingWith = (figure: Figure) => {
		const id = figureClass(figure);
		let list = disagreeing.get(id);
		if (!list) {
			list = [...byClass.values()].filter((counted) => !agree(counted.figure, figure));
			disagreeing.set(id, list);
		}
		return list;
	};
	return slot.filter((placed) => {
		// Of the same family only: "18 people were hurt and 12 arrested" does not state the 12 people hurt.
		const statedFor = (owner: PlacedFigure, value: Figure) => owner.siblings.some((sibling) => sibling !== owner.figure && familyOf(sibling) === familyOf(value) && agree(sibling, value));
		// Its own passage lists the others' value beside it: "hosted the 2004 and 2005 shows" against
		// "hosted the 2004 show" is a list that goes on, not another year ("an $82 million deal, and
		// $80 million for Vey" is not: the $80 million is another's).
		const listedBeside = (value: Figure) =>
			placed.siblings.some((sibling) => {
				if (sibling === placed.figure || familyOf(sibling) !== familyOf(value) || !agree(sibling, value)) {
					return false;
				}
				const [first, second] = sibling.start < placed.figure.start ? [sibling, placed.figure] : [placed.figure, sibling];
				return figureRules.listJoint.test(textOf(placed.article).slice(first.end, second.start));
			});
		// The other outlets' figures, and those of them that disagree with this one (the majority).
		const inMajority = (other: PlacedFigure) => other.article !== placed.article && !agree(other.figure, placed.figure);
		const others = slot.length - perArticle.get(placed.article)!;
		let majority = 0;
		let everyListed = true;
		for (const counted of disagreeingWith(placed.figure)) {
			const elsewhere = counted.count - (counted.perArticle.get(placed.article) ?? 0);
			if (elsewhere > 0) {
				majority += elsewhere;
				everyListed &&= listedBeside(counted.figure);
			}
		}
		if (majority > 0 && everyListed) {
			return false;
		}
		if (majority === 0 || majority < others) {
			return true;
		}
		return !slot.some((other) => inMajority(other) && statedFor(other, placed.figure));
	});
}
