import * as vscode from 'vscode';
import { analyzeArticleSafely } from '../core/analyze';
import type { ArticleAnalysis, InputWarning } from '../core/types';
import { uniqueArticleIds } from '../presentation/articleIds';
import type { ArticleRecord } from './analysisSnapshot';
import { DiskTexts } from './diskTexts';
import { readTimeLimitMs } from './settings';

/** One article's own analysis, kept while its text and id stay the same. */
interface CachedAnalysis {
	id: string;
	path: string;
	text: string;
	analysis: ArticleAnalysis;
}

/** The listed articles, each analysed on its own: what the folder's comparison combines. */
export interface AnalysedArticles {
	/** The analysed articles, in the list's order. */
	records: ArticleRecord[];
	/** The files left out (unreadable, empty, or their analysis failed), and why. */
	warnings: InputWarning[];
	/** How many were analysed afresh; the others' analyses were kept. */
	fresh: number;
}

/**
 * Each article's own analysis, for the analysis service. Files are read once (open documents take
 * precedence with their live text); each article's analysis is cached by its text and id, so an
 * edit re-analyses that article only.
 */
export class ArticleAnalyses {
	private readonly cache = new Map<string, CachedAnalysis>();
	private readonly disk: DiskTexts;

	constructor(private readonly log: vscode.LogOutputChannel) {
		this.disk = new DiskTexts(log);
	}

	/** Reads the file again when next asked: it changed or went. */
	forget(uri: vscode.Uri): void {
		this.disk.forget(uri);
	}

	/** Forgets every file and analysis. */
	clear(): void {
		this.disk.clear();
		this.cache.clear();
	}

	/**
	 * Reads the listed articles and analyses those whose text, id or path changed, yielding to
	 * the extension host after each one analysed afresh; then forgets the files no longer listed.
	 *
	 * @returns The analysed articles, or `undefined` when the token was cancelled on the way.
	 */
	async analyse(uris: readonly vscode.Uri[], token: vscode.CancellationToken): Promise<AnalysedArticles | undefined> {
		const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
		const ids = uniqueArticleIds(uris.map((uri) => uri.path));
		const warnings: InputWarning[] = [];
		const analysed: ArticleRecord[] = [];
		const timeLimitMs = readTimeLimitMs();
		let fresh = 0;
		for (const [index, uri] of uris.entries()) {
			const key = uri.toString();
			const path = vscode.workspace.asRelativePath(uri);
			const document = open.get(key);
			const read = document ? { text: document.getText(), encoding: 'utf-8' } : await this.disk.read(uri, path);
			if (token.isCancellationRequested) {
				return undefined;
			}
			if ('error' in read || read.text.trim() === '') {
				warnings.push({ path, message: 'error' in read ? read.error : 'empty file, skipped' });
				continue;
			}
			let cached = this.cache.get(key);
			if (!cached || cached.text !== read.text || cached.id !== ids[index] || cached.path !== path) {
				const outcome = analyzeArticleSafely({ id: ids[index], path, text: read.text, encoding: read.encoding }, { timeLimitMs });
				if ('warning' in outcome) {
					this.log.error(`${path}: ${outcome.warning.message}`);
					warnings.push(outcome.warning);
					continue;
				}
				cached = { id: ids[index], path, text: read.text, analysis: outcome.analysis };
				this.cache.set(key, cached);
				fresh++;
				// Let the extension host breathe between articles: a hover or a keystroke can come in.
				await new Promise((resolve) => setImmediate(resolve));
				if (token.isCancellationRequested) {
					return undefined;
				}
			}
			analysed.push({ id: ids[index], uri, text: read.text, version: document?.version, analysis: cached.analysis });
		}
		this.forgetAllBut(uris);
		return { records: analysed, warnings, fresh };
	}

	/** Drops what is kept about files that are no longer articles. */
	private forgetAllBut(uris: readonly vscode.Uri[]): void {
		const keep = new Set(uris.map((uri) => uri.toString()));
		this.disk.keepOnly(keep);
		for (const key of this.cache.keys()) {
			if (!keep.has(key)) {
				this.cache.delete(key);
			}
		}
	}
}
