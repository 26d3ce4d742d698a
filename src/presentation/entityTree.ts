import { variantForms } from '../core/entities/variantForms';
import type { Entity, EntityType } from '../core/types';
import { type ArticleDirectory, outletOf } from './articleDirectory';
import { fold } from './ignoreFile';
import { inertMarkdown } from './markdownText';
import { countOf } from './plural';
import type { TreeNode } from './treeNode';

const typeIcons: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location' };

/**
 * Builds the Entities tree: each identity (people, organizations, places), with its spellings
 * and, under each spelling, the outlets that write it so. Identities spelled more than one
 * way come first: they are what a reader checks. A spelling the reader accepted
 * (`.crossread.json` `ignore.names`) says so and offers Stop Accepting (`acceptedSpelling`)
 * where the others offer Accept This Spelling (`spelling`).
 *
 * @param entities The folder's identities.
 * @param directory Outlet names of the articles.
 * @param acceptedNames The ignore list's `names` (default: none).
 * @returns The tree's roots.
 */
export function buildEntityTree(entities: readonly Entity[], directory: ArticleDirectory, acceptedNames: readonly string[] = []): TreeNode[] {
	const accepted = new Set(acceptedNames.map(fold));
	return entities
		.map((entity) => ({ entity, forms: variantForms(entity) }))
		.sort((a, b) => Number(b.forms.length > 1) - Number(a.forms.length > 1) || b.entity.mentions.length - a.entity.mentions.length || a.entity.name.localeCompare(b.entity.name))
		.map(({ entity, forms }) => {
			const outlets = new Set(entity.mentions.map((mention) => mention.article)).size;
			const spellings = forms.length > 1 ? ` · ${forms.length} spellings` : '';
			return {
				id: `entity:${entity.type}:${entity.name}`,
				label: entity.name,
				description: `${entity.type} · ${countOf(outlets, 'outlet')}${spellings}`,
				tooltip: [`**${inertMarkdown(entity.name)}** (${entity.type})`, '', ...forms.map(({ form, articles }) => `- ${inertMarkdown(form)}: ${articles.map((article) => inertMarkdown(outletOf(directory, article))).join(', ')}`)].join('\n'),
				icon: forms.length > 1 ? { codicon: typeIcons[entity.type], color: 'list.warningForeground' } : { codicon: typeIcons[entity.type] },
				contextValue: 'entity',
				expanded: false,
				children: forms.map(({ form, articles }) => spellingNode(entity, form, articles, directory, accepted.has(fold(form)))),
			};
		});
}

function spellingNode(entity: Entity, form: string, articles: string[], directory: ArticleDirectory, accepted: boolean): TreeNode {
	const id = `entity:${entity.type}:${entity.name}/${form}`;
	const outlets = articles.map((article) => outletOf(directory, article)).join(', ');
	return {
		id,
		label: form,
		description: accepted ? `accepted · ${outlets}` : outlets,
		icon: { codicon: accepted ? 'pass' : 'symbol-key' },
		contextValue: accepted ? 'acceptedSpelling' : 'spelling',
		spelling: form,
		expanded: false,
		children: articles.map((article) => {
			const mentions = entity.mentions.filter((mention) => mention.article === article);
			// Open the mention spelled this way; a short form ("Osterhout") stands for the full one when the outlet has no other.
			const first = mentions.find((mention) => mention.text === form) ?? mentions[0];
			return {
				id: `${id}/${article}`,
				label: outletOf(directory, article),
				description: countOf(mentions.length, 'mention'),
				icon: { codicon: 'circle-outline' },
				contextValue: 'entityMention',
				...(first ? { target: { article, start: first.start, end: first.end } } : {}),
				children: [],
			};
		}),
	};
}
