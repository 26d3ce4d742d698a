import type { DiscrepancyCounts } from '../core/report/model';
import { countOf } from './plural';

/** What the views' messages are made from: the comparison in numbers. */
export interface ViewNumbers {
	/** Articles compared. */
	articles: number;
	/** Distinct outlets among them. */
	outlets: number;
	/** The discrepancies found, listed and set aside. */
	counts: Pick<DiscrepancyCounts, 'found' | 'listed' | 'ignored'>;
}

/**
 * The Discrepancies view's message when it lists nothing, and why: one outlet only ("add
 * another article"), outlets that agree, or a filter that hides all (`hidden` says what it hides).
 *
 * @param numbers The comparison in numbers.
 * @param hidden `describeHidden` of the counts ("4 less severe hidden").
 * @returns The message, or `undefined` when discrepancies are listed or there are no articles.
 */
export function discrepanciesMessage({ articles, outlets, counts }: ViewNumbers, hidden: string | undefined): string | undefined {
	if (articles === 0) {
		return undefined;
	}
	if (outlets < 2) {
		return 'Comparison needs a second outlet: add another article about the event to this folder.';
	}
	if (counts.found === 0) {
		return 'The outlets agree on everything they share.';
	}
	return counts.listed === 0 ? `None of the ${countOf(counts.found, 'discrepancy', 'discrepancies')} is listed: ${hidden}. Change the filter with the buttons above${counts.ignored > 0 ? ', or Show Ignored' : ''}.` : undefined;
}

/** The Sources view's message: one article, or articles of one outlet only, cannot be compared. */
export function sourcesMessage({ articles, outlets }: Pick<ViewNumbers, 'articles' | 'outlets'>): string | undefined {
	return articles === 1 || (articles > 1 && outlets < 2) ? 'Comparison needs a second outlet.' : undefined;
}
