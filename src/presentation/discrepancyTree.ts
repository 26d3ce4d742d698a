import type { Discrepancy, DiscrepancyKind, DiscrepancyMention, Severity } from '../core/types';
import { type ArticleDirectory, outletOf } from './articleDirectory';
import { discrepancyKinds } from './discrepancyFilter';
import { inertMarkdown } from './markdownText';
import { countOf } from './plural';
import type { TreeNode } from './treeNode';

/** How each kind is named in the panel. */
export const kindTitles: Record<DiscrepancyKind, string> = {
	figure: 'Figures',
	quote: 'Quotes',
	entity: 'Names and places',
	attribution: 'Attributions',
	omission: 'Reported by some only',
};

const kindIcons: Record<DiscrepancyKind, string> = {
	figure: 'symbol-number',
	quote: 'quote',
	entity: 'symbol-text',
	attribution: 'megaphone',
	omission: 'eye-closed',
};

/**
 * Builds the Discrepancies tree: one group per kind (in the panel's order), inside it each
 * discrepancy (in rank order), inside that each outlet's passage; the outlets that do not
 * report the claim come last.
 *
 * @param discrepancies Ranked discrepancies, already filtered.
 * @param directory Outlet names of the folder's articles.
 * @returns The tree's roots; a kind without discrepancies has no group.
 */
export function buildDiscrepancyTree(discrepancies: readonly Discrepancy[], directory: ArticleDirectory): TreeNode[] {
	return discrepancyKinds
		.map((kind) => ({ kind, members: discrepancies.filter((discrepancy) => discrepancy.kind === kind) }))
		.filter(({ members }) => members.length > 0)
		.map(({ kind, members }) => ({
			id: `kind:${kind}`,
			label: kindTitles[kind],
			description: String(members.length),
			icon: { codicon: kindIcons[kind] },
			contextValue: 'discrepancyKind',
			expanded: true,
			children: members.map((discrepancy) => discrepancyNode(discrepancy, directory)),
		}));
}

function discrepancyNode(discrepancy: Discrepancy, directory: ArticleDirectory): TreeNode {
	const first = discrepancy.mentions.find((mention) => mention.odd) ?? discrepancy.mentions[0];
	const outlets = new Set(discrepancy.mentions.map((mention) => mention.article)).size;
	const mentions = discrepancy.mentions.map((mention, index) => mentionNode(discrepancy, mention, index, directory));
	const missing = discrepancy.missing.map((article) => ({
		id: `${discrepancy.id}/missing:${article}`,
		label: outletOf(directory, article),
		description: 'not reported',
		icon: { codicon: 'circle-slash' },
		contextValue: 'missing',
		article,
		children: [],
	}));
	return {
		id: `discrepancy:${discrepancy.id}`,
		label: discrepancy.summary,
		description: `${discrepancy.severity} · ${countOf(outlets, 'outlet')}`,
		tooltip: discrepancyTooltip(discrepancy, directory),
		icon: { media: severityIcon(discrepancy.severity) },
		contextValue: 'discrepancy',
		expanded: false,
		...(first ? { target: { article: first.article, start: first.start, end: first.end } } : {}),
		children: [...mentions, ...missing],
	};
}

function mentionNode(discrepancy: Discrepancy, mention: DiscrepancyMention, index: number, directory: ArticleDirectory): TreeNode {
	return {
		// One outlet can hold two passages of one discrepancy: the index keeps their ids apart.
		id: `${discrepancy.id}/${mention.article}:${index}`,
		label: outletOf(directory, mention.article),
		description: mention.odd ? `${oneLine(mention.variant)} (differs)` : oneLine(mention.variant),
		tooltip: inertMarkdown(mention.text),
		icon: mention.odd ? { codicon: 'circle-filled', color: 'list.warningForeground' } : { codicon: 'circle-outline' },
		contextValue: 'mention',
		target: { article: mention.article, start: mention.start, end: mention.end },
		children: [],
	};
}

/** The summary, why it was flagged, and each outlet's version, all escaped. */
export function discrepancyTooltip(discrepancy: Discrepancy, directory: ArticleDirectory): string {
	const lines = [
		`**${inertMarkdown(discrepancy.summary)}**`,
		'',
		inertMarkdown(discrepancy.reason),
		'',
		`*${discrepancy.severity} severity · ${discrepancy.kind} · confidence ${Math.round(discrepancy.confidence * 100)}%*`,
		'',
		...discrepancy.mentions.map((mention) => `- **${inertMarkdown(outletOf(directory, mention.article))}**: ${inertMarkdown(mention.variant)}${mention.odd ? ' *(differs)*' : ''}`),
		...discrepancy.missing.map((article) => `- **${inertMarkdown(outletOf(directory, article))}**: not reported`),
	];
	return lines.join('\n');
}

/** Name of the media icon for a severity (`severity-high` → `media/icons/severity-high-light.svg`, `-dark.svg`). */
export function severityIcon(severity: Severity): string {
	return `severity-${severity}`;
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
