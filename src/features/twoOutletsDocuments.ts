import * as vscode from 'vscode';
import type { ComparisonSource } from './comparisonSource';

/** The scheme of the side-by-side documents: read-only, made from the latest comparison. */
export const twoOutletsScheme = 'crossread-compare';

/** What a side-by-side document's URI says: the two articles and which side it is. */
interface SideQuery {
	left: string;
	right: string;
	side: 'left' | 'right';
}

/**
 * The URI of one side of a comparison of two articles: its path is the outlet's name (the diff
 * editor's tab shows it), its query the two article ids.
 *
 * @param query The articles and the side.
 * @param outlet The side's outlet name.
 */
export function twoOutletsUri(query: SideQuery, outlet: string): vscode.Uri {
	return vscode.Uri.from({ scheme: twoOutletsScheme, path: `/${outlet.replace(/[/\\]/g, '-')}`, query: JSON.stringify(query) });
}

/**
 * Serves the two sides of Compare Two Outlets: each article's claims, one a line, aligned with
 * the other's (`alignTwoOutlets`), from the latest comparison; an open side follows each new one.
 *
 * @returns The provider's registration.
 */
export function registerTwoOutletsDocuments(source: ComparisonSource): vscode.Disposable {
	const changed = new vscode.EventEmitter<vscode.Uri>();
	const provider: vscode.TextDocumentContentProvider = {
		onDidChange: changed.event,
		async provideTextDocumentContent(uri) {
			const query = parseQuery(uri.query);
			const sides = query && (await source.twoOutlets(query.left, query.right));
			if (!query || !sides) {
				return 'Crossread: these articles are no longer compared.\n';
			}
			return sides[query.side];
		},
	};
	return vscode.Disposable.from(
		changed,
		vscode.workspace.registerTextDocumentContentProvider(twoOutletsScheme, provider),
		source.onDidChange(() => vscode.workspace.textDocuments.filter((document) => document.uri.scheme === twoOutletsScheme).forEach((document) => changed.fire(document.uri))),
	);
}

function parseQuery(query: string): SideQuery | undefined {
	try {
		const value = JSON.parse(query) as Partial<SideQuery>;
		return typeof value.left === 'string' && typeof value.right === 'string' && (value.side === 'left' || value.side === 'right') ? (value as SideQuery) : undefined;
	} catch {
		return undefined;
	}
}
