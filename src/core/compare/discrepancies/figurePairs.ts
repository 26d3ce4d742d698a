import { figuresAgree } from '../../figures';
import type { Figure } from '../../types';
import { framesAgree, type FigureFrame } from '../figureFrame';
import { Interner } from '../interner';
import { figureRules } from '../rules/figures';

/*
 * Two figures, or two frames, compared once. A claim of wire copy holds each figure of the story
 * once per copy, the same figure object (`unitsOfCopies.ts`) with the same frame (read once per
 * figure): ten copies of "rose 27%" against ten of "rose 26 percent" ask a hundred times what
 * one pair answers. Figures and frames are never changed once made, so an answer holds.
 */

/**
 * Whether two figures agree depends only on what `figuresAgree` reads of them: their kind, unit,
 * value, upper bound and date. Figures alike in these are one class ("27%" in one article and
 * "27 percent" in another), and each pair of classes is compared once: a claim a thousand
 * outlets carry holds a thousand figure objects but a handful of values.
 */
const classKey = (figure: Figure) => `${figure.kind}|${figure.unit}|${figure.value}|${figure.high}|${figure.iso}|${converted.has(figure) ? 'converted' : ''}`;
let classes = new Interner<Figure>(classKey);
/** By the pair of classes, `first * classLimit + second`. */
let agreedClasses = new Map<number, boolean>();

/** More classes than any folder has figures: two class numbers make one key below 2^53. */
const classLimit = 2 ** 26;

/** The number of a figure's class (see above). */
export function figureClass(figure: Figure): number {
	return classes.idOf(figure);
}

/**
 * Measures an outlet gives in brackets as its conversion of another ("150 km/h (93 mph)", noted by
 * `figurePlacing.ts`): rounded the outlet's own way, so one agrees with the same unit's value
 * within `figureRules.convertedShare` ("95 mph" from an outlet that measured 95).
 */
const converted = new WeakSet<Figure>();

/** Notes a measure as an outlet's conversion of the measure before it. */
export function noteConverted(figure: Figure): void {
	converted.add(figure);
}

/** `figuresAgree(a, b)`, each ordered pair of classes read once; a conversion agrees within its rounding. */
export function figuresAgreeOnce(a: Figure, b: Figure): boolean {
	const key = figureClass(a) * classLimit + figureClass(b);
	let agreed = agreedClasses.get(key);
	if (agreed === undefined) {
		agreed = figuresAgree(a, b) || ((converted.has(a) || converted.has(b)) && a.unit === b.unit && Math.abs(a.value - b.value) <= figureRules.convertedShare * Math.max(Math.abs(a.value), Math.abs(b.value)));
		agreedClasses.set(key, agreed);
	}
	return agreed;
}

/** By the first frame, then the second: bit 1 read loosely, bit 2 its answer; bit 4 read strictly, bit 8 its answer. */
let agreedFrames = new WeakMap<FigureFrame, Map<FigureFrame, number>>();

/** `framesAgree(a, b, strict)`, each ordered pair read once each way. */
export function framesAgreeOnce(a: FigureFrame, b: FigureFrame, strict: boolean): boolean {
	let row = agreedFrames.get(a);
	if (!row) {
		row = new Map();
		agreedFrames.set(a, row);
	}
	const bits = row.get(b) ?? 0;
	const [read, answer] = strict ? [4, 8] : [1, 2];
	if (bits & read) {
		return (bits & answer) !== 0;
	}
	const agreed = framesAgree(a, b, strict);
	row.set(b, bits | read | (agreed ? answer : 0));
	return agreed;
}

/**
 * Forgets every answer: a comparison from scratch (`compareCorpus`) that is done with its figures
 * lets them go, since they live as long as the folder's analysis. Kept, a folder of 1,000 look-alike
 * articles held a row of answers per figure, a tenth of its memory.
 */
export function forgetFigurePairs(): void {
	classes = new Interner<Figure>(classKey);
	agreedClasses = new Map();
	agreedFrames = new WeakMap();
}
