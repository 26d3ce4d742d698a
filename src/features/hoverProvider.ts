import * as vscode from 'vscode';
import { comparePassageAt } from '../core/compare/lookup';
import { commandIds } from '../presentation/commandIds';
import { renderHoverCard } from '../presentation/hoverCard';
import { nameAt, renderNameCard } from '../presentation/nameCard';
import type { AnalysisService } from './analysisService';
import { articleSelector, toRange } from './ranges';
import type { ShownDiscrepancies } from './shownDiscrepancies';

/**
 * Hover-to-compare: on a name, the name's card (every spelling, who writes which, Accept This
 * Spelling); on a sentence, quote or figure of an article, a card with the discrepancy under
 * the cursor (why, how sure, and an Ignore link) and every other outlet's version. Answers
 * from the latest analysis only; while the article's analysis is not current (it is being
 * edited), there is no card.
 *
 * @returns The provider's registration.
 */
export function registerHoverProvider(analysis: AnalysisService, selection: ShownDiscrepancies): vscode.Disposable {
	return vscode.languages.registerHoverProvider(articleSelector, {
		provideHover(document, position) {
			const found = analysis.articleFor(document);
			if (!found) {
				return undefined;
			}
			const { snapshot, record } = found;
			const offset = document.offsetAt(position);
			const shown = selection.of(snapshot);
			const name = nameAt(snapshot.corpus.entities, record.id, offset);
			if (name) {
				const card = new vscode.MarkdownString(renderNameCard(name, snapshot.directory, { listed: shown.listed, acceptedNames: selection.filter.ignore?.names }), true);
				card.isTrusted = { enabledCommands: [commandIds.acceptSpelling, commandIds.ignoreDiscrepancy, commandIds.openPassage] };
				card.supportHtml = false;
				return new vscode.Hover(card, toRange(snapshot.lines(record.id), name.mention));
			}
			const comparison = comparePassageAt(snapshot.comparison, record.id, offset, snapshot.articleIds);
			if (!comparison) {
				return undefined;
			}
			const markdown = new vscode.MarkdownString(renderHoverCard(comparison, snapshot.directory, { listed: shown.listedIds, offset }), true);
			// Article text is escaped; the card's only links open passages or ignore a discrepancy, and only those commands may run.
			markdown.isTrusted = { enabledCommands: [commandIds.openPassage, commandIds.ignoreDiscrepancy] };
			markdown.supportHtml = false;
			return new vscode.Hover(markdown, toRange(snapshot.lines(record.id), comparison.figure ?? comparison.passage));
		},
	});
}
