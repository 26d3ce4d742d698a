import type { LineIndex } from '../core/lineIndex';
import type { ArticleAnalysis, EntityType, Span } from '../core/types';

/** The semantic token types Crossread contributes, in legend order (a token's type is its index here). */
export const tokenTypes = ['quotation', 'speaker', 'figure', 'entityPerson', 'entityOrganization', 'entityPlace'] as const;

/** A semantic token type of Crossread. */
export type TokenType = (typeof tokenTypes)[number];

/** Crossread uses no token modifiers. */
export const tokenModifiers: readonly string[] = [];

/** Which findings get colour (the `crossread.highlights.*` settings). */
export interface HighlightOptions {
	/** Direct quotations and their speakers. */
	quotes: boolean;
	/** Figures. */
	figures: boolean;
	/** Names of people, organizations and places. */
	entities: boolean;
}

/** A span to colour. */
export interface TypedSpan extends Span {
	/** Its token type. */
	type: TokenType;
}

const entityTokens: Record<EntityType, TokenType> = { person: 'entityPerson', organization: 'entityOrganization', place: 'entityPlace' };

/**
 * Where a token sits on top of another, the more specific one shows: a name inside a quotation
 * is coloured as a name, and the quotation resumes after it.
 */
const priority: Record<TokenType, number> = { quotation: 0, entityPerson: 1, entityOrganization: 1, entityPlace: 1, figure: 2, speaker: 3 };

/**
 * The spans of an article to colour: direct quotations (marks included), the names of their
 * speakers (also where a pronoun, "he added", points back to one), figures and names. Scare
 * quotes and reported speech keep the text's own colour.
 *
 * @param analysis One article's findings.
 * @param options Which kinds to colour.
 * @param entityType The type the whole folder settled on for a name at an offset (default: the mention's own guess).
 * @returns Spans, possibly overlapping, in no particular order.
 */
export function highlightSpans(analysis: ArticleAnalysis, options: HighlightOptions, entityType: (mention: Span) => EntityType | undefined = () => undefined): TypedSpan[] {
	const spans: TypedSpan[] = [];
	if (options.quotes) {
		for (const quote of analysis.quotes) {
			if (quote.kind === 'speech' && quote.direct) {
				spans.push({ start: quote.start, end: quote.end, type: 'quotation' });
			}
			if (quote.kind === 'speech' && quote.speaker) {
				spans.push({ ...span(quote.speaker.span), type: 'speaker' });
			}
		}
	}
	if (options.figures) {
		// Loops, not `push(...)`: a long file may hold more figures than a call takes arguments.
		for (const figure of analysis.figures) {
			spans.push({ ...span(figure), type: 'figure' });
		}
	}
	if (options.entities) {
		for (const mention of analysis.mentions) {
			spans.push({ ...span(mention), type: entityTokens[entityType(mention) ?? mention.type] });
		}
	}
	return spans;
}

/**
 * Encodes spans as VS Code's semantic token data: for each token, five integers (line delta,
 * start delta, length, type index, modifier bits), tokens in document order, none overlapping,
 * none crossing a line end. Overlaps are resolved by `priority`; a span over several lines is
 * cut into one token per line.
 *
 * @param spans Spans to colour.
 * @param lines The line index of the article's text.
 * @returns The data array for `SemanticTokens`.
 */
export function encodeTokens(spans: readonly TypedSpan[], lines: LineIndex): number[] {
	const data: number[] = [];
	let previousLine = 0;
	let previousCharacter = 0;
	for (const token of flatten(spans)) {
		const first = lines.positionAt(token.start).line;
		const last = lines.positionAt(token.end).line;
		for (let line = first; line <= last; line++) {
			const start = Math.max(token.start, lines.lineStart(line));
			const end = Math.min(token.end, lines.lineEnd(line));
			if (end <= start) {
				continue;
			}
			const character = start - lines.lineStart(line);
			data.push(line - previousLine, line === previousLine ? character - previousCharacter : character, end - start, tokenTypes.indexOf(token.type), 0);
			previousLine = line;
			previousCharacter = character;
		}
	}
	return data;
}

/** Cuts overlapping spans into disjoint pieces, each taking the type of the highest-priority span over it. */
function flatten(spans: readonly TypedSpan[]): TypedSpan[] {
	const valid = spans.filter((candidate) => candidate.end > candidate.start);
	const points = [...new Set(valid.flatMap(({ start, end }) => [start, end]))].sort((a, b) => a - b);
	const byStart = [...valid].sort((a, b) => a.start - b.start);
	const active: TypedSpan[] = [];
	const pieces: (TypedSpan & { owner: TypedSpan })[] = [];
	let next = 0;
	for (let i = 0; i + 1 < points.length; i++) {
		const [from, to] = [points[i], points[i + 1]];
		while (next < byStart.length && byStart[next].start <= from) {
			active.push(byStart[next++]);
		}
		for (let j = active.length - 1; j >= 0; j--) {
			if (active[j].end <= from) {
				active.splice(j, 1);
			}
		}
		const owner = active.reduce<TypedSpan | undefined>((best, candidate) => (!best || priority[candidate.type] > priority[best.type] ? candidate : best), undefined);
		if (!owner) {
			continue;
		}
		const last = pieces[pieces.length - 1];
		if (last && last.owner === owner && last.end === from) {
			last.end = to;
		} else {
			pieces.push({ start: from, end: to, type: owner.type, owner });
		}
	}
	return pieces.map(({ start, end, type }) => ({ start, end, type }));
}

function span({ start, end }: Span): Span {
	return { start, end };
}
