import type { Discrepancy, DiscrepancyKind, DiscrepancyMention, Severity } from '../core/types';
import { type ArticleDirectory, outletOf } from './articleDirectory';
import { discrepancyKinds } from './discrepancyFilter';
import { describeIgnoreRule, explainIgnoreRule } from './ignoreFile';
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

/** A discrepancy the ignore list set aside, with the rule that matched (`IgnoreResult`). */
export type IgnoredDiscrepancy = Discrepancy & { ignoredBy: string };

/**
 * Builds the Discrepancies tree: one group per kind (in the panel's order), inside it each
 * discrepancy (in rank order), inside that each outlet's passage; the outlets that do not
 * report the claim come last. Ignored discrepancies, when given, come in a last group
 * "Ignored (n)", whose rows offer Stop Ignoring (`contextValue` `ignoredDiscrepancy`) where the
 * others offer Ignore (`discrepancy`).
 *
 * @param discrepancies Ranked discrepancies, already selected (`selectShown`).
 * @param directory Outlet names of the folder's articles.
 * @param ignored The ignored discrepancies to list apart (default: none, no group).
 * @returns The tree's roots; a kind without discrepancies has no group.
 */
export function buildDiscrepancyTree(discrepancies: readonly Discrepancy[], directory: ArticleDirectory, ignored: readonly IgnoredDiscrepancy[] = []): TreeNode[] {
	const groups = discrepancyKinds
		.map((kind) => ({ kind, members: discrepancies.filter((discrepancy) => discrepancy.kind === kind) }))
		.filter(({ members }) => members.length > 0)
		.map(
			({ kind, members }): TreeNode => ({
				id: `kind:${kind}`,
				label: kindTitles[kind],
				description: String(members.length),
				icon: { codicon: kindIcons[kind] },
				contextValue: 'discrepancyKind',
				expanded: true,
				children: members.map((discrepancy) => discrepancyNode(discrepancy, directory)),
			}),
		);
	if (ignored.length === 0) {
		return groups;
	}
	return [
		...groups,
		{
			id: 'ignored',
			label: `Ignored (${ignored.length})`,
			tooltip: 'Set aside by `.crossread.json`: still counted, never lost. Stop Ignoring brings one back.',
			icon: { codicon: 'eye-closed' },
			contextValue: 'ignoredGroup',
			expanded: true,
			children: ignored.map((discrepancy) => discrepancyNode(discrepancy, directory, discrepancy.ignoredBy)),
		},
	];
}

function discrepancyNode(discrepancy: Discrepancy, directory: ArticleDirectory, ignoredBy?: string): TreeNode {
	// An ignored row gets ids of its own: the same discrepancy moving between groups is a new row to VS Code.
	const prefix = ignoredBy === undefined ? '' : 'ignored:';
	const first = discrepancy.mentions.find((mention) => mention.odd) ?? discrepancy.mentions[0];
	const outlets = new Set(discrepancy.mentions.map((mention) => mention.article)).size;
	const mentions = discrepancy.mentions.map((mention, index) => mentionNode(discrepancy, mention, index, directory, prefix));
	const missing = discrepancy.missing.map((article) => ({
		id: `${prefix}${discrepancy.id}/missing:${article}`,
		label: outletOf(directory, article),
		description: 'not reported',
		icon: { codicon: 'circle-slash' },
		contextValue: 'missing',
		article,
		children: [],
	}));
	return {
		id: `${prefix}discrepancy:${discrepancy.id}`,
		label: discrepancy.summary,
		description: [discrepancy.severity, countOf(outlets, 'outlet'), ...(ignoredBy === undefined ? [] : [describeIgnoreRule(ignoredBy)])].join(' · '),
		tooltip: discrepancyTooltip(discrepancy, directory, ignoredBy),
		icon: ignoredBy === undefined ? { media: severityIcon(discrepancy.severity) } : { codicon: 'eye-closed' },
		contextValue: ignoredBy === undefined ? 'discrepancy' : 'ignoredDiscrepancy',
		discrepancy: discrepancy.id,
		expanded: false,
		...(first ? { target: { article: first.article, start: first.start, end: first.end } } : {}),
		children: [...mentions, ...missing],
	};
}

function mentionNode(discrepancy: Discrepancy, mention: DiscrepancyMention, index: number, directory: ArticleDirectory, prefix: string): TreeNode {
	return {
		// One outlet can hold two passages of one discrepancy: the index keeps their ids apart.
		id: `${prefix}${discrepancy.id}/${mention.article}:${index}`,
		label: outletOf(directory, mention.article),
		description: mention.odd ? `${oneLine(mention.variant)} (differs)` : oneLine(mention.variant),
		tooltip: inertMarkdown(mention.text),
		icon: mention.odd ? { codicon: 'circle-filled', color: 'list.warningForeground' } : { codicon: 'circle-outline' },
		contextValue: 'mention',
		target: { article: mention.article, start: mention.start, end: mention.end },
		children: [],
	};
}

/**
 * The tooltip of a discrepancy row: the summary, why it was flagged, how sure the analysis is,
 * each outlet's version, and for an ignored one which rule of `.crossread.json` set it aside; all
 * article text escaped.
 *
 * @param discrepancy The discrepancy.
 * @param directory Outlet names.
 * @param ignoredBy The ignore rule that matched, for an ignored discrepancy.
 * @returns Markdown, untrusted.
 */
export function discrepancyTooltip(discrepancy: Discrepancy, directory: ArticleDirectory, ignoredBy?: string): string {
	const lines = [
		`**${inertMarkdown(discrepancy.summary)}**`,
		'',
		`Why: ${inertMarkdown(discrepancy.reason)}`,
		'',
		`*${discrepancy.severity} severity · ${discrepancy.kind} · confidence ${Math.round(discrepancy.confidence * 100)}%*`,
		'',
		...tooltipOutlets(discrepancy, directory),
		...(ignoredBy === undefined ? [] : ['', `*${inertMarkdown(explainIgnoreRule(ignoredBy))}*`]),
	];
	return lines.join('\n');
}

/**
 * Outlets a discrepancy's tooltip lists, one a line: in a folder of 500 wire copies a figure one
 * outlet changed has 499 that agree, a tooltip no one reads to the end and 39 MB of rows for
 * the whole view. Past this many, the outlets that differ come first and the rest are counted.
 */
const maxTooltipOutlets = 20;

function tooltipOutlets(discrepancy: Discrepancy, directory: ArticleDirectory): string[] {
	const mentions = discrepancy.mentions.map((mention) => ({ odd: mention.odd, line: `- **${inertMarkdown(outletOf(directory, mention.article))}**: ${inertMarkdown(mention.variant)}${mention.odd ? ' *(differs)*' : ''}` }));
	const lines = [...mentions, ...discrepancy.missing.map((article) => ({ odd: false, line: `- **${inertMarkdown(outletOf(directory, article))}**: not reported` }))];
	if (lines.length <= maxTooltipOutlets) {
		return lines.map(({ line }) => line);
	}
	const shown = [...lines.filter(({ odd }) => odd), ...lines.filter(({ odd }) => !odd)].slice(0, maxTooltipOutlets - 1);
	return [...shown.map(({ line }) => line), `- *… and ${lines.length - shown.length} more outlets*`];
}

/** Name of the media icon for a severity (`severity-high` → `media/icons/severity-high-light.svg`, `-dark.svg`). */
export function severityIcon(severity: Severity): string {
	return `severity-${severity}`;
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
