import type { FramedPassage } from '../figureFrame';
import type { Figure } from '../../types';
import { figureRules } from '../rules/figures';
import { gapBefore } from './tokenPlaces';

/**
 * The form of payment a sum is told in, when it is one part of a price: "$120 million in stock"
 * → stock; "pays $400 million, $310 million of it in cash" → cash. A deal is told whole by one
 * outlet ("Orla pays $400 million for Brennick") and by its parts by another ("$310 million in
 * cash and the rest in shares"): the cash is part of the price, not another price.
 *
 * Two forms after one sum ("$400 million in cash and stock") are the whole. Cash alone is a part
 * only where the passage tells another sum or another form beside it: "police found $40,000 in
 * cash" is all the money there was, and meets another outlet's "$45,000" as one quantity.
 *
 * @param last The figure's last token.
 * @returns The form ("cash", "stock"), or `undefined` when the sum is not told as a part.
 */
export function paymentOf(passage: FramedPassage, figure: Figure, last: number): string | undefined {
	if (figure.kind !== 'money') {
		return undefined;
	}
	const { tokens } = passage;
	const at = tokens[last + 1]?.norm === 'of' && tokens[last + 2]?.norm === 'it' ? last + 3 : last + 1;
	if (tokens[at]?.norm !== 'in' || gapBefore(passage, at) || gapBefore(passage, at + 1)) {
		return undefined;
	}
	const form = figureRules.paymentForms.get(tokens[at + 1]?.norm ?? '');
	if (form === undefined) {
		return undefined;
	}
	// "$400 million in cash and stock", "in cash or shares": the whole price, told in both forms.
	const joined = tokens[at + 2];
	if (joined && (joined.norm === 'and' || joined.norm === 'or') && figureRules.paymentForms.has(tokens[at + 3]?.norm ?? '')) {
		return undefined;
	}
	if (form !== 'cash') {
		return form;
	}
	const otherSum = passage.figures.some((other) => other !== figure && other.kind === 'money');
	const otherForm = tokens.some((token, i) => (i < at || i > at + 1) && figureRules.paymentForms.has(token.norm) && figureRules.paymentForms.get(token.norm) !== 'cash');
	return otherSum || otherForm ? form : undefined;
}
