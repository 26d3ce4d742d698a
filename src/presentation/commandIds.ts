/**
 * The ids of Crossread's commands, in one place: `package.json` contributes them, the VS Code
 * layer registers them, and the hover card links to `openPassage`.
 */
export const commandIds = {
	showReport: 'crossread.showReport',
	exportMarkdown: 'crossread.exportMarkdown',
	exportJson: 'crossread.exportJson',
	comparePassage: 'crossread.comparePassage',
	nextDiscrepancy: 'crossread.nextDiscrepancy',
	previousDiscrepancy: 'crossread.previousDiscrepancy',
	reanalyse: 'crossread.reanalyse',
	addToComparison: 'crossread.addToComparison',
	removeFromComparison: 'crossread.removeFromComparison',
	showPanel: 'crossread.showPanel',
	filterKinds: 'crossread.filterKinds',
	filterSeverity: 'crossread.filterSeverity',
	openPassage: 'crossread.openPassage',
} as const;
