import type { Figure } from '../../types';
import { sameDimension } from '../../figures';
import { noteConverted } from './figurePairs';
import type { ClaimMember } from '../aligner';
import type { CompareContext } from '../context';
import { frameOf, type FigureFrame } from '../figureFrame';
import { contentStems } from '../passageWords';
import { stemOf, type Token } from '../tokens';
import { alignmentStopWords } from '../../text/lexicon/functionWords';
import type { Unit } from '../units';
import { spanEdges } from '../../text/lexicon/time';
import { asideOf } from './figureAsides';

// The figures of a passage as the figure finder compares them: each with its frame and the words around it.

/** A figure of one outlet inside an aligned claim, with the words around it. */
export interface PlacedFigure {
	article: string;
	figure: Figure;
	/** Content stems near the figure ("grain", "export", "rose" for "grain exports rose 27%"). */
	context: Set<string>;
	/** The same near words as written, for a summary label. */
	words: string[];
	member: ClaimMember;
	/** Its passage. */
	unit: Unit;
	/** What it counts, whose it is and when (`figureFrame.ts`). */
	frame: FigureFrame;
	/** The other comparable figures of its passage, to see whether a value it lacks is stated there for something else. */
	siblings: Figure[];
	/** The content stems of its whole passage, to tell one claim in other words from a shared topic. */
	stems: Set<string>;
}

/** Figures of several outlets that state the same quantity. */
export type Slot = PlacedFigure[];

/** Words before and after a figure that say what it counts. */
const contextBefore = 8;

const contextAfter = 3;

/** What `placeFigures` reads of a passage whatever the member it stands for: its comparable figures, their frames and near words, and its stems. */
interface PassageFigures {
	figures: Figure[];
	frames: FigureFrame[];
	near: NearWords[];
	stems: Set<string>;
}

/**
 * What one run of the figure finder has read: each figure's frame, read in the first passage met
 * that holds it (a quote's figure is its sentence's too, and verbatim copies share their figures),
 * and each passage's figures as `placeFigures` reads them, so that a passage met in a hundred near
 * misses, or in many claims of wire copy, is read once. Frames depend on the folder's identities:
 * this lives no longer than one comparison.
 */
export class FigurePlaces {
	readonly frames = new Map<Figure, FigureFrame>();
	readonly byUnit = new Map<Unit, PassageFigures>();

	/** @param kept What the editor's comparison keeps of each passage between runs (`KeptPassageFigures`), if it does. */
	constructor(readonly kept?: KeptPassageFigures) {}
}

/**
 * Each passage's figures as `placeFigures` reads them, kept by the editor's comparison from one
 * judgement to the next (`incremental/draftCache.ts`), each judgement being one run of the finder:
 * after an edit, the claim of a sentence that a hundred outlets carry is judged again, and only
 * the edited outlet's passage is read again. A reading holds while the passage is the same object
 * and its article's text the same; the folder's identities (whose types a frame reads) are the
 * keeper's to watch: it makes a new one when they change. Bookkeeping only: what is read is what
 * `readPassage` reads.
 */
export class KeptPassageFigures {
	readonly byUnit = new WeakMap<Unit, { text: string; read: PassageFigures }>();
}

/** Where a context carries the kept readings (`withKeptPassageFigures`): a key copied with the context by a spread. */
const keptPassageFigures = Symbol('kept passage figures');

/** A context whose figure finder runs read passages through `kept`. */
export function withKeptPassageFigures<T extends CompareContext>(context: T, kept: KeptPassageFigures): T {
	return { ...context, [keptPassageFigures]: kept };
}

/** The kept readings a context carries, if any. */
export function keptPassageFiguresOf(context: CompareContext): KeptPassageFigures | undefined {
	return (context as CompareContext & { [keptPassageFigures]?: KeptPassageFigures })[keptPassageFigures];
}

/**
 * The comparable figures of a passage, each with its frame. Outlets stamp their pages at
 * different times: a time stamp's figures are no claim about the event.
 *
 * @param places What earlier calls of the same run read (see `FigurePlaces`).
 */
export function placeFigures(context: CompareContext, unit: Unit, member: ClaimMember, places: FigurePlaces): PlacedFigure[] {
	if (unit.stamp) {
		return [];
	}
	let read = places.byUnit.get(unit);
	if (!read) {
		read = places.kept ? readKept(context, unit, places.frames, places.kept) : readPassage(context, unit, places.frames);
		places.byUnit.set(unit, read);
	}
	const { figures, frames, near, stems } = read;
	return figures.map((figure, i) => ({ article: unit.article, figure, member, unit, frame: frames[i], siblings: figures, stems, context: near[i].context, words: near[i].words }));
}

/**
 * `readPassage` of a passage read in an earlier run (`KeptPassageFigures`): its figures, near
 * words and stems as read then, and each figure's frame as this run gives it. A figure another
 * passage of this run framed first keeps that frame, as `readPassage` would (a verbatim copy's
 * passage shares its figures with the first file's); the others take the frames the passage gave
 * them, and are noted for the passages read after it.
 */
function readKept(context: CompareContext, unit: Unit, frames: Map<Figure, FigureFrame>, kept: KeptPassageFigures): PassageFigures {
	const text = context.textOf(unit.article);
	let known = kept.byUnit.get(unit);
	if (known?.text !== text) {
		// Framed on its own: a frame reads the passage and the folder's identities, never what else the run read.
		known = { text, read: readPassage(context, unit, new Map()) };
		kept.byUnit.set(unit, known);
	}
	const { read } = known;
	let framedBefore = false;
	for (let i = 0; i < read.figures.length; i++) {
		const figure = read.figures[i];
		if (frames.has(figure)) {
			framedBefore = true;
		} else {
			frames.set(figure, read.frames[i]);
		}
	}
	return framedBefore ? { ...read, frames: read.figures.map((figure) => frames.get(figure)!) } : read;
}

/** A passage's comparable figures, their frames and near words, and its stems (`placeFigures`). */
function readPassage(context: CompareContext, unit: Unit, frames: Map<Figure, FigureFrame>): PassageFigures {
	const text = context.textOf(unit.article);
	const all = unit.figures;
	const figures = all.filter((figure, i) => familyOf(figure) !== undefined && !isConversion(text, figure, all[i - 1]) && !(isConversion(text, all[i + 1], figure) && bareSum(figure)));
	const passage = { text, tokens: unit.tokens, names: unit.names, figures: unit.figures, typeOf: (key: string) => context.entity(key)?.type };
	const frameOfFigure = (figure: Figure) => frames.get(figure) ?? frames.set(figure, frameOf(passage, figure)).get(figure)!;
	return { figures, frames: figures.map(frameOfFigure), near: figures.map((figure) => nearWordsOnce(text, unit.tokens, figure)), stems: contentStems(unit) };
}

/**
 * A sum in brackets right after another is the outlet's conversion of it ("a euro40 billion ($52
 * billion) credit line", "40-billion ($57-billion)"): outlets convert at different rates and dates,
 * so two conversions, or a conversion against a sum another outlet converted silently ("a $55
 * billion credit line"), are no disagreement about the event; the sum converted is compared. A
 * measure in brackets after one of its dimension ("winds of 150 km/h (93 mph)") is compared, as
 * rounded its own way (`noteConverted`).
 */
function isConversion(text: string, figure: Figure | undefined, previous: Figure | undefined): boolean {
	if (figure === undefined || previous === undefined || !conversionGap.test(text.slice(previous.end, figure.start)) || text.charCodeAt(figure.end) !== 41) {
		return false;
	}
	if (figure.kind !== 'money') {
		if (sameDimension(previous.unit ?? '', figure.unit ?? '')) {
			noteConverted(figure);
		}
		return false;
	}
	return familyOf(previous) === 'amount';
}

/**
 * A sum written without its currency, which the reader of "40-billion ($57-billion)", its euro
 * sign lost to a wrong encoding, takes from its conversion: what it was converted from is lost, so it is not compared either.
 */
function bareSum(figure: Figure): boolean {
	return /^[\d.,\s-]*(?:thousand|million|billion|trillion|bn|m)?$/i.test(figure.text);
}

/** Between a sum and its conversion: an opening bracket, perhaps "about" ("€3 million (about $3.3 million)"). */
const conversionGap = /^\s*\(\s*(?:about|around|roughly|some|nearly|approximately|or|US)?\s*$/;

/**
 * What quantities can be compared: money with money of the same currency and with bare numbers
 * (an outlet may drop the currency), counts of the same thing, percentages, dates.
 * Ordinals ("the 76th session") name things rather than measure them: left out.
 */
export function familyOf(figure: Figure): string | undefined {
	switch (figure.kind) {
		case 'money':
		case 'number':
			return 'amount';
		case 'ordinal':
			return undefined;
		case 'count':
		case 'duration':
		case 'range':
			return `${figure.kind}:${figure.unit}`;
		default:
			return figure.kind;
	}
}

/**
 * `nearWords` of a figure, read once per list of words it stands in: a passage met in a hundred
 * near misses, or in ten verbatim copies (which share their words and figures), is read once. The
 * result is only read, never changed.
 */
function nearWordsOnce(text: string, tokens: Token[], figure: Figure): NearWords {
	const known = nearWordsOf.get(figure);
	if (known?.tokens === tokens) {
		return known.near;
	}
	const near = nearWords(text, tokens, figure);
	nearWordsOf.set(figure, { tokens, near });
	return near;
}

export interface NearWords {
	context: Set<string>;
	words: string[];
}

const nearWordsOf = new WeakMap<Figure, { tokens: Token[]; near: NearWords }>();

/**
 * The words around a figure (the eight before it and the three after), as stems: what two
 * outlets must share before their figures are read as one quantity. Words in other brackets than
 * the figure's are left out, and in an aside the eight after it count too (`asideOf`).
 *
 * @param text The article's text, where the tokens and the figure lie.
 */
export function nearWords(text: string, tokens: Token[], figure: Figure): NearWords {
	const first = tokens.findIndex((token) => token.end > figure.start);
	const last = tokens.findIndex((token) => token.start >= figure.end);
	const { sameAs: aside, inAside } = asideOf(text, tokens, figure);
	const before = tokens.slice(Math.max(0, (first < 0 ? tokens.length : first) - contextBefore), first < 0 ? tokens.length : first).filter(aside);
	// In an aside every word of it may say what the figure counts, after it as before it: "(7 hours
	// when using the faster chip)" is the chip's, as "(nine hours on the faster chip)" is.
	const after = (last < 0 ? [] : tokens.slice(last, last + (inAside ? contextBefore : contextAfter))).filter(aside);
	// A span's edge ("the last two decades") says where the span lies, not what it is of.
	const edgeless = figure.kind === 'duration';
	const near = [...before, ...after].filter((token) => token.content && !/\d/.test(token.norm) && !(edgeless && spanEdges.has(token.norm)));
	// A number beside it counts too: "a record of 9-14" / "a record of 9-17" share the 9 (of the
	// same word "9-14", or the word before or after).
	const own = first < 0 ? undefined : tokens[first];
	const joined = own && own.start < figure.start ? own.norm.slice(0, figure.start - own.start) : own && own.end > figure.end ? own.norm.slice(figure.end - own.start) : '';
	const numbers = [...joined.split(/[-–]/), before[before.length - 1]?.norm, after[0]?.norm].filter((word): word is string => word !== undefined && /^\d[\d,.]*$/.test(word)).map((word) => `#${word}`);
	const asWritten = (token: Token) => (token.capitalized ? token.norm.charAt(0).toUpperCase() + token.norm.slice(1) : token.norm);
	// A hyphenated word counts its parts too: "a second-round pick" / "in the second round" share second and round.
	const parts = near.flatMap((token) => (token.norm.includes('-') ? token.norm.split('-').filter((part) => part.length > 1 && !alignmentStopWords.has(part)).map(stemOf) : []));
	return { context: new Set([...near.map((token) => token.stem), ...parts, ...numbers]), words: before.filter((token) => token.content && !/\d/.test(token.norm)).map(asWritten) };
}
