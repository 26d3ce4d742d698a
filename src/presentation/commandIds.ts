/**
 * The ids of Crossread's commands, in one place: `package.json` contributes them, the VS Code
 * layer registers them, and the hover card links to `openPassage` and `ignoreDiscrepancy`.
 */
export const commandIds = {
	showReport: 'crossread.showReport',
	exportMarkdown: 'crossread.exportMarkdown',
	exportJson: 'crossread.exportJson',
	comparePassage: 'crossread.comparePassage',
	compareTwoOutlets: 'crossread.compareTwoOutlets',
	nextDiscrepancy: 'crossread.nextDiscrepancy',
	previousDiscrepancy: 'crossread.previousDiscrepancy',
	reanalyse: 'crossread.reanalyse',
	addToComparison: 'crossread.addToComparison',
	removeFromComparison: 'crossread.removeFromComparison',
	showPanel: 'crossread.showPanel',
	filterKinds: 'crossread.filterKinds',
	filterSeverity: 'crossread.filterSeverity',
	openPassage: 'crossread.openPassage',
	ignoreDiscrepancy: 'crossread.ignoreDiscrepancy',
	stopIgnoring: 'crossread.stopIgnoring',
	showIgnored: 'crossread.showIgnored',
	hideIgnored: 'crossread.hideIgnored',
	acceptSpelling: 'crossread.acceptSpelling',
	stopAcceptingSpelling: 'crossread.stopAcceptingSpelling',
	ignoreOutlet: 'crossread.ignoreOutlet',
	stopIgnoringOutlet: 'crossread.stopIgnoringOutlet',
	nameOutlet: 'crossread.nameOutlet',
	openIgnoreFile: 'crossread.openIgnoreFile',
	addArticleFromUrl: 'crossread.addArticleFromUrl',
	addArticlesFromClipboard: 'crossread.addArticlesFromClipboard',
} as const;

/**
 * The argument of Ignore This Discrepancy and Stop Ignoring: the hover card's and the report's
 * links pass this; a Discrepancies row (a `TreeNode` with a `discrepancy` field) is one too.
 */
export interface IgnoreArgument {
	/** The discrepancy's id (`figure-3f2a9c01`). */
	discrepancy: string;
}

/**
 * The discrepancy id in a command argument, when it is one: links can be followed with any
 * arguments, so anything that is not a plain id is refused.
 *
 * @param value `{ discrepancy: id }`, a tree row carrying one, or the id itself.
 * @returns The id, or `undefined`.
 */
export function discrepancyIdOf(value: unknown): string | undefined {
	const id = typeof value === 'string' ? value : (value as Partial<IgnoreArgument> | undefined)?.discrepancy;
	// Ids are a kind, a hash and sometimes a number: `figure-3f2a9c01`, `quote-94fca939-2`.
	return typeof id === 'string' && /^[a-z]+(?:-[0-9a-z]+)+$/i.test(id) && id.length <= 100 ? id : undefined;
}
