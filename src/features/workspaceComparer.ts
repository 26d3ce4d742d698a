import type * as vscode from 'vscode';
import { IncrementalComparer } from '../core/compare/incremental/comparer';
import { FolderNames } from '../core/compare/incremental/folderNames';
import { nameOutlets } from '../core/outletName';
import { AnalysisSnapshot } from './analysisSnapshot';
import { ArticleAnalyses } from './articleAnalyses';
import type { ArticleList } from './articleFiles';
import type { IgnoreFiles } from './ignoreFiles';

/**
 * Compares the workspace's listed articles, for the analysis service: each article's own analysis
 * (`ArticleAnalyses`), combined with the folder's names and compared. The analyses, the names and
 * the comparer are kept from one comparison to the next.
 */
export class WorkspaceComparer {
	/** Each article's own analysis, cached by its text and id. */
	readonly articles: ArticleAnalyses;
	private readonly comparer = new IncrementalComparer();
	private readonly names = new FolderNames();

	/** The outlet names of `.crossread.json` the last comparison applied, to tell when they change. */
	private appliedNames = '{}';

	constructor(
		private readonly log: vscode.LogOutputChannel,
		private readonly ignoreFiles: IgnoreFiles,
	) {
		this.articles = new ArticleAnalyses(log);
	}

	/** Whether the outlet names of `.crossread.json` differ from those the last comparison applied. */
	get namesChanged(): boolean {
		return JSON.stringify(this.ignoreFiles.list.outletNames ?? {}) !== this.appliedNames;
	}

	/**
	 * Analyses the listed articles, gives them the reader's outlet names, and compares them.
	 *
	 * @param started When the comparison started (`Date.now()`, before the files were listed): the log says how long it took.
	 * @returns The finished comparison, or `undefined` when the token was cancelled on the way.
	 */
	async compare(list: ArticleList, started: number, token: vscode.CancellationToken): Promise<AnalysisSnapshot | undefined> {
		const { uris, limitedTo } = list;
		const read = await this.articles.analyse(uris, token);
		if (!read) {
			return undefined;
		}
		const { records: analysed, warnings, fresh } = read;

		// The reader's outlet names go in before comparing: discrepancy titles name outlets.
		await this.ignoreFiles.whenLoaded();
		if (token.isCancellationRequested) {
			return undefined;
		}
		const outletNames = this.ignoreFiles.list.outletNames;
		this.appliedNames = JSON.stringify(outletNames ?? {});
		const corpus = nameOutlets(
			this.names.combine(
				analysed.map((record) => record.analysis),
				warnings,
			),
			outletNames,
		);
		// One comparer for the session: an edit aligns and judges again only what it touches.
		const comparison = this.comparer.compare(corpus);
		if (token.isCancellationRequested) {
			return undefined;
		}
		const records = analysed.map((record, index) => ({ ...record, analysis: corpus.articles[index] }));
		const snapshot = new AnalysisSnapshot(corpus, comparison, records, limitedTo);
		this.log.info(`Compared ${records.length} articles (${fresh} analysed afresh) in ${Date.now() - started} ms: ${comparison.discrepancies.length} discrepancies.`);
		return snapshot;
	}
}
