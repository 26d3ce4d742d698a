import { variantForms } from '../core/entities/variantForms';
import type { Discrepancy, Entity, LocatedMention } from '../core/types';
import { type ArticleDirectory, outletOf } from './articleDirectory';
import { commandIds } from './commandIds';
import { discrepancyBlock, otherDiscrepancyLink } from './hoverCard';
import { fold } from './ignoreFile';
import { commandUri, inertMarkdown } from './markdownText';
import { countOf } from './plural';

const typeIcons: Record<Entity['type'], string> = { person: '$(person)', organization: '$(organization)', place: '$(location)' };

/** The name under the cursor: its identity and the mention there. */
export interface NameAt {
	/** The identity, with every spelling in the folder. */
	entity: Entity;
	/** The mention under the cursor. */
	mention: LocatedMention;
}

/**
 * The name at an offset of an article, when the offset is inside one of its mentions.
 *
 * @param entities The folder's identities.
 * @param article The article under the cursor.
 * @param offset The cursor's offset.
 * @returns The identity and the mention, or `undefined`.
 */
export function nameAt(entities: readonly Entity[], article: string, offset: number): NameAt | undefined {
	for (const entity of entities) {
		const mention = entity.mentions.find((candidate) => candidate.article === article && candidate.start <= offset && offset < candidate.end);
		if (mention) {
			return { entity, mention };
		}
	}
	return undefined;
}

/** How a name card is drawn. */
export interface NameCardOptions {
	/** The discrepancies the reader sees (the filter and the ignore list applied), in rank order. */
	listed: readonly Discrepancy[];
	/** Spellings the reader accepted (`ignore.names`). */
	acceptedNames?: readonly string[];
}

/**
 * The card of a name: what it names, every spelling with the outlets that write it so, an
 * Accept This Spelling link on each spelling but the most used (or "accepted"), then the
 * discrepancy about this name, if the reader sees one, with the others as links. Article
 * text is escaped; the only links are `acceptSpelling`, `ignoreDiscrepancy` and `openPassage`.
 *
 * @param name The name under the cursor (`nameAt`).
 * @param directory Outlet names of the articles.
 * @param options The listed discrepancies and the accepted spellings.
 * @returns Markdown for a MarkdownString with theme icons.
 */
export function renderNameCard({ entity, mention }: NameAt, directory: ArticleDirectory, options: NameCardOptions): string {
	const forms = variantForms(entity);
	const accepted = new Set((options.acceptedNames ?? []).map(fold));
	const outlets = new Set(entity.mentions.map((candidate) => candidate.article)).size;
	const spellings = forms.length > 1 ? `${countOf(forms.length, 'spelling')} in ${countOf(outlets, 'outlet')}` : `one spelling in ${countOf(outlets, 'outlet')}`;
	const blocks = [`${typeIcons[entity.type]} **Crossread** · ${entity.type} **${inertMarkdown(entity.name)}** · ${spellings}`];
	const rows = forms.map(({ form, articles }, index) => {
		const who = articles.map((article) => inertMarkdown(outletOf(directory, article))).join(', ');
		const accept =
			index === 0
				? ''
				: accepted.has(fold(form))
					? ' · *accepted*'
					: ` · [$(check) Accept this spelling](${commandUri(commandIds.acceptSpelling, [form])} "Goes into .crossread.json: spelling differences that only concern it are set aside")`;
		return `- **${inertMarkdown(form)}**: ${who}${accept}`;
	});
	blocks.push(rows.join('\n'));
	const spans = entity.mentions;
	const about = options.listed.filter(
		(discrepancy) => discrepancy.kind === 'entity' && discrepancy.mentions.some((candidate) => spans.some((span) => span.article === candidate.article && span.start < candidate.end && candidate.start < span.end)),
	);
	// The discrepancy on the mention under the cursor comes first.
	const onMention = about.find((discrepancy) => discrepancy.mentions.some((candidate) => candidate.article === mention.article && candidate.start < mention.end && mention.start < candidate.end));
	const focus = onMention ?? about[0];
	if (focus) {
		blocks.push(discrepancyBlock(focus));
		const others = about.filter((discrepancy) => discrepancy !== focus).slice(0, 3);
		if (others.length > 0) {
			blocks.push(others.map((discrepancy) => otherDiscrepancyLink(discrepancy, mention.article)).join('  \n'));
		}
	}
	return blocks.join('\n\n');
}
