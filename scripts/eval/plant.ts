import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { DiscrepancyKind, Span } from '../../src/core/types';
import type { ComparedCluster } from './pipeline';

/**
 * The kinds of change the evaluation plants, one kind per run over all clusters:
 * a number changed, a date moved, a quote reworded, a name respelled, a name replaced.
 */
export type PlantKind = 'figure' | 'date' | 'quote' | 'respelling' | 'replacement';

/** Every kind, in the order the tables list them. */
export const plantKinds: readonly PlantKind[] = ['figure', 'date', 'quote', 'respelling', 'replacement'];

/**
 * The discrepancy kinds that report each kind of change. A person replaced where they are quoted
 * ("…,” Putin said" → "…,” Brennick said") is a quote given to someone else: an attribution.
 */
export const expectedKinds: Record<PlantKind, readonly DiscrepancyKind[]> = { figure: ['figure'], date: ['figure'], quote: ['quote'], respelling: ['entity'], replacement: ['entity', 'attribution'] };

/** What one plant replaces: the text at `[start, end)` of the original becomes `text` (an empty span inserts, an empty text deletes). */
export interface Edit extends Span {
	/** The new text. */
	text: string;
}

/** One change to make in one article of a copy of a cluster. */
export interface Plant {
	/** What kind of change. */
	kind: PlantKind;
	/** How exactly (`modal`, `negation`, `i→y`, `invented`…), for a finer breakdown. */
	variant: string;
	/** How its counterpart was chosen (`near copy`, `any counterpart`: see `plants/counterparts.ts`). */
	scheme: string;
	/** Article id of the changed article. */
	article: string;
	/** Its path relative to the cluster folder. */
	file: string;
	/** The replacements, in the original's offsets, sorted and not overlapping. */
	edits: Edit[];
	/** The article of another outlet that carries the same claim unchanged. */
	witness: string;
	/** Where the witness's passage stands in its article: the diagnosis asks whether the changed passage met that one. */
	witnessSpan: Span;
}

/** A plant applied to its article's text. */
export interface PlantedText {
	/** The article's new text. */
	text: string;
	/** Where each edit's new text stands in it (empty where an edit only deleted). */
	spans: Span[];
}

/**
 * Applies a plant's edits to its article's text and says where the new text landed.
 *
 * @param text The article's original text.
 * @param edits Sorted, non-overlapping edits.
 * @returns The changed text and the new text's spans, one per edit.
 */
export function applyEdits(text: string, edits: readonly Edit[]): PlantedText {
	let result = '';
	let from = 0;
	const spans: Span[] = [];
	for (const edit of edits) {
		result += text.slice(from, edit.start);
		spans.push({ start: result.length, end: result.length + edit.text.length });
		result += edit.text;
		from = edit.end;
	}
	return { text: result + text.slice(from), spans };
}

/**
 * Copies a cluster into a fresh folder and plants one change there; the original is never
 * touched. The changed article is written as UTF-8, which keeps every offset of its decoded text.
 *
 * @param cluster The original, analysed (for its articles' decoded texts).
 * @param plant The change.
 * @param into A folder that does not exist yet.
 * @returns The planted text of the changed article.
 */
export async function plantInCopy(cluster: ComparedCluster, plant: Plant, into: string): Promise<PlantedText> {
	// The files themselves, never links to them: a change planted in a link would be planted in the real cluster.
	await fs.cp(cluster.folder, into, { recursive: true, dereference: true });
	const planted = applyEdits(cluster.texts.get(plant.article)!, plant.edits);
	await fs.writeFile(join(into, plant.file), planted.text, 'utf8');
	return planted;
}

/**
 * Whether a span of new text lies under a mention. An empty span (where words were deleted)
 * counts as covered when the mention reaches it from either side.
 */
export function covers(mention: Span, span: Span): boolean {
	return span.start === span.end ? mention.start <= span.start && span.start <= mention.end : mention.start < span.end && span.start < mention.end;
}

/**
 * Whether the original already lists a discrepancy of a kind at a spot, by default (medium or
 * high). Plants go elsewhere: a change planted where the outlets are already listed as disagreeing
 * would be "found" by the old discrepancy. A low one is no such spot: it is not found, and a spot
 * the analysis merely hesitates over is where a reader most needs the change listed; leaving such
 * spots out would let every new low noise take plants away from where the tool is weak. With
 * `oddOnly`, only a spot marked as the odd one counts: a spelling discrepancy lists every
 * outlet's spelling, and respelling the majority's is still a new disagreement.
 */
export function alreadyFlagged(cluster: ComparedCluster, kind: DiscrepancyKind, article: string, span: Span, oddOnly = false): boolean {
	return cluster.comparison.discrepancies.some(
		(discrepancy) =>
			discrepancy.kind === kind &&
			discrepancy.severity !== 'low' &&
			discrepancy.mentions.some((mention) => mention.article === article && (mention.odd || !oddOnly) && covers(mention, span)),
	);
}

/** The article's path relative to its cluster folder. */
export function fileOf(cluster: ComparedCluster, article: string): string {
	return cluster.files.get(article)!;
}

/**
 * The plant in one line for a person: each edit with a word either side, before and after
 * (`"actress, 33," → "actress, 38,"`); several edits of one name show the first and their number.
 */
export function describePlant(text: string, plant: Plant): string {
	const [edit] = plant.edits;
	const before = /\S*\s*\S*$/.exec(text.slice(Math.max(0, edit.start - 40), edit.start))![0];
	const after = /^\S*\s*\S*/.exec(text.slice(edit.end, edit.end + 40))![0];
	const squash = (words: string) => words.replace(/\s+/g, ' ').trim();
	const more = plant.edits.length > 1 ? ` (×${plant.edits.length})` : '';
	return `"${squash(before + text.slice(edit.start, edit.end) + after)}" → "${squash(before + edit.text + after)}"${more}`;
}
