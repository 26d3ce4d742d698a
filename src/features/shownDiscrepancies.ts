import * as vscode from 'vscode';
import type { DiscrepancySelection, ReportFilter } from '../core/report/model';
import { selectShown } from '../presentation/discrepancyFilter';
import type { AnalysisService } from './analysisService';
import type { AnalysisSnapshot } from './analysisSnapshot';
import type { IgnoreFiles } from './ignoreFiles';
import { onDidChangeSetting, readFilter } from './settings';

/** A selection of a snapshot's discrepancies, with a fast lookup of the listed ones. */
export interface Shown extends DiscrepancySelection {
	/** Ids of the listed discrepancies. */
	listedIds: ReadonlySet<string>;
}

/** Workspace state key of the Show Ignored toggle. */
const showIgnoredKey = 'crossread.showIgnored';

/**
 * The one selection of discrepancies every surface lists: the panel and its badge, the status
 * bar, the editor's marks, the Problems view, Next/Previous Discrepancy, the hover card, the
 * report and the exports. It is the least severity and kinds from the settings plus the ignore
 * list, applied by `selectShown` (the report's own `selectDiscrepancies`), so that the editor and
 * the command line always agree. One event tells every surface to redraw: a new analysis, a
 * setting, the ignore list, or the Show Ignored toggle; none of these but the first re-analyses.
 */
export class ShownDiscrepancies implements vscode.Disposable {
	private readonly _onDidChange = new vscode.EventEmitter<void>();
	/** Fires when what is listed may have changed. */
	readonly onDidChange = this._onDidChange.event;

	private filterNow: ReportFilter;
	private cached: { snapshot: AnalysisSnapshot; shown: Shown } | undefined;
	private readonly disposables: vscode.Disposable[];

	constructor(
		private readonly analysis: AnalysisService,
		/** The ignore lists of the workspace. */
		readonly ignoreFiles: IgnoreFiles,
		private readonly state: vscode.Memento,
	) {
		this.filterNow = this.readNow();
		const changed = () => {
			this.filterNow = this.readNow();
			this.cached = undefined;
			this._onDidChange.fire();
		};
		this.disposables = [this._onDidChange, analysis.onDidChange(() => this._onDidChange.fire()), onDidChangeSetting('crossread.discrepancies', changed), ignoreFiles.onDidChange(changed)];
		void vscode.commands.executeCommand('setContext', 'crossread.showIgnored', this.showIgnored);
	}

	/** The filter in effect: least severity, kinds, ignore list, and whether ignored ones are listed apart. */
	get filter(): ReportFilter {
		return this.filterNow;
	}

	/** Whether the ignored discrepancies are listed apart (the Show Ignored / Hide Ignored toggle). */
	get showIgnored(): boolean {
		return this.state.get(showIgnoredKey, false);
	}

	/** Sets the Show Ignored toggle, kept with the workspace. */
	async setShowIgnored(value: boolean): Promise<void> {
		await this.state.update(showIgnoredKey, value);
		await vscode.commands.executeCommand('setContext', 'crossread.showIgnored', value);
		this.filterNow = this.readNow();
		this._onDidChange.fire();
	}

	/** The latest snapshot and its selection; `undefined` before the first analysis. */
	get current(): { snapshot: AnalysisSnapshot; shown: Shown } | undefined {
		const snapshot = this.analysis.current;
		return snapshot ? { snapshot, shown: this.of(snapshot) } : undefined;
	}

	/**
	 * The selection of a snapshot's discrepancies under the filter in effect, made once per
	 * snapshot and filter.
	 */
	of(snapshot: AnalysisSnapshot): Shown {
		if (this.cached?.snapshot !== snapshot) {
			const selection = selectShown(snapshot.corpus, snapshot.comparison.discrepancies, this.filterNow);
			this.cached = { snapshot, shown: { ...selection, listedIds: new Set(selection.listed.map((discrepancy) => discrepancy.id)) } };
		}
		return this.cached.shown;
	}

	dispose(): void {
		this.disposables.forEach((disposable) => disposable.dispose());
	}

	private readNow(): ReportFilter {
		return { ...readFilter(), ignore: this.ignoreFiles.list, showIgnored: this.showIgnored };
	}
}
