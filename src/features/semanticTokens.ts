import * as vscode from 'vscode';
import type { Span } from '../core/types';
import { encodeTokens, highlightSpans, tokenModifiers, tokenTypes } from '../presentation/semanticTokens';
import type { AnalysisService } from './analysisService';
import { articleSelector } from './ranges';
import { onDidChangeSetting, readHighlights } from './settings';

/** The token legend: Crossread's own types, in the order the presentation layer numbers them. */
export const tokenLegend = new vscode.SemanticTokensLegend([...tokenTypes], [...tokenModifiers]);

/**
 * Colours quotations, speakers, figures and names through semantic tokens. VS Code waits for
 * tokens, so the provider waits for the article's analysis (after the edit debounce) rather
 * than answering with nothing, which would make the colours flicker while typing.
 *
 * @returns The provider's registration.
 */
export function registerSemanticTokens(analysis: AnalysisService): vscode.Disposable {
	const changed = new vscode.EventEmitter<void>();
	const provider: vscode.DocumentSemanticTokensProvider = {
		onDidChangeSemanticTokens: changed.event,
		async provideDocumentSemanticTokens(document, token) {
			const found = await analysis.analysisFor(document, token);
			if (!found) {
				return new vscode.SemanticTokens(new Uint32Array(0));
			}
			const { snapshot, record } = found;
			const entityType = new Map(snapshot.corpus.entities.flatMap((entity) => entity.mentions.filter((mention) => mention.article === record.id).map((mention) => [key(mention), entity.type])));
			const spans = highlightSpans(record.analysis, readHighlights(document.uri), (mention) => entityType.get(key(mention)));
			return new vscode.SemanticTokens(new Uint32Array(encodeTokens(spans, snapshot.lines(record.id))));
		},
	};
	return vscode.Disposable.from(
		changed,
		vscode.languages.registerDocumentSemanticTokensProvider(articleSelector, provider, tokenLegend),
		analysis.onDidChange(() => changed.fire()),
		onDidChangeSetting('crossread.highlights', () => changed.fire()),
	);
}

function key({ start, end }: Span): string {
	return `${start}:${end}`;
}
