import type { Span } from '../core/types';

/** A passage to show: an article and a span of its text. Tree clicks and hover links carry it. */
export interface PassageTarget extends Span {
	/** `Article.id`. */
	article: string;
	/** Open it beside the current editor instead of in it. */
	beside?: boolean;
	/** Leave the keyboard focus where it is (a tree row: the reader walks on with the arrow keys). */
	preserveFocus?: boolean;
	/** Words inside the passage to mark: those that differ from the passage it is compared with (Compare Passage). */
	words?: Span[];
}
