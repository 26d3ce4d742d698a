import type { DiscrepancyCounts } from '../core/report/model';
import { describeHidden } from './discrepancyFilter';
import { countOf } from './plural';

/** What the status bar knows about the analysis. */
export interface StatusState {
	/** Articles compared. */
	articles: number;
	/** Distinct outlets among them. */
	outlets: number;
	/** Discrepancies listed, and those not listed counted by why (`selectShown`). */
	counts: Pick<DiscrepancyCounts, 'listed' | 'belowSeverity' | 'otherKinds' | 'ignored'>;
	/** The first analysis has not finished yet. */
	starting: boolean;
	/** The workspace waits for a command before it is compared (it looks like a software project). */
	paused?: boolean;
	/** The file limit (`crossread.files.maxFiles`) when more files matched than it allows, else `undefined`. */
	limitedTo: number | undefined;
}

/** The status bar item's text and tooltip. */
export interface StatusText {
	/** With `$(icon)` syntax. */
	text: string;
	/** Plain text. */
	tooltip: string;
}

/**
 * What the status bar says: `$(book) 6 outlets · 20 discrepancies` (those listed), with what is
 * hidden and ignored in the tooltip, or that a comparison needs a second outlet, or that the
 * workspace waits to be compared.
 *
 * @param state The analysis in numbers.
 * @returns The text, or `undefined` to hide the item (no articles, nothing under way).
 */
export function statusText(state: StatusState): StatusText | undefined {
	if (state.paused) {
		return {
			text: '$(book) Compare articles',
			tooltip: 'This workspace looks like a software project, so Crossread has not compared its text and Markdown files. Click to compare them (crossread.files.compareOnOpen decides this).',
		};
	}
	if (state.starting) {
		return { text: '$(sync~spin) Crossread', tooltip: 'Crossread is reading the articles…' };
	}
	if (state.articles === 0) {
		return undefined;
	}
	const leftOut = state.limitedTo !== undefined ? ` Only the first ${state.limitedTo} matching files are compared (crossread.files.maxFiles).` : '';
	if (state.outlets < 2) {
		return {
			text: `$(book) ${countOf(state.outlets, 'outlet')} · add a second to compare`,
			tooltip: `Crossread found ${countOf(state.articles, 'article')} from one outlet: comparison needs a second outlet. Add another article about the event to the folder.${leftOut}`,
		};
	}
	const hidden = describeHidden(state.counts);
	const listed = countOf(state.counts.listed, 'discrepancy', 'discrepancies');
	return {
		text: `$(book) ${countOf(state.outlets, 'outlet')} · ${listed}`,
		tooltip: `Crossread: ${countOf(state.articles, 'article')} from ${countOf(state.outlets, 'outlet')}, ${listed}${hidden ? ` (${hidden})` : ''}.${leftOut} Click to open the panel.`,
	};
}
