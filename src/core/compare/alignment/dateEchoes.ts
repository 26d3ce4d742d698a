import type { Figure } from '../../types';
import { figureRules } from '../rules/figures';
import type { Unit } from '../units';

/** Two passages of different outlets whose dated event is told with the same words around the date. */
export interface DateEcho {
	a: Unit;
	b: Unit;
}

/** A year-dated figure of a passage, with the content stems around it. */
interface DatedFigure {
	unit: Unit;
	figure: Figure;
	around: Set<string>;
}

/**
 * Passages that the aligner left apart (no claim, no near miss) yet date one event with the same
 * words around the date: "stunned the crowd when he floored Vey in 2001 to take the world title"
 * / "looked nothing like the man who floored Vey to take the world title in 2003" share floor,
 * Vey, take, world, title. A background sentence is often told in other words in each outlet, and the aligner
 * weighs the whole sentence; the words around a date say which event it dates. Only figures that
 * state a year as written ("in 2001", not "today"), each compared with the others that share `figureRules.dateEcho.sharedWords`
 * stems around them; the caller compares their values.
 *
 * The aligner offers these pairs among its near misses (`Aligner.claims`), marked `echo`, so that
 * the fresh and the incremental comparison (which judges one near miss at a time) see the same
 * pairs; the figure finder judges them with strict frames, at medium at most.
 *
 * @param unitsInOrder Each article's units, in the folder's order.
 * @returns The pairs of passages, each once; the caller leaves out those already in one claim or near miss.
 */
export function findDateEchoes(unitsInOrder: readonly (readonly (Unit | undefined)[])[]): DateEcho[] {
	const { sharedWords, window, maxPostings } = figureRules.dateEcho;
	const dated: DatedFigure[] = [];
	for (const units of unitsInOrder) {
		for (const unit of units) {
			if (!unit || unit.kind !== 'sentence' || unit.stamp) {
				continue;
			}
			for (const figure of unit.figures) {
				if (statesYear(figure)) {
					dated.push({ unit, figure, around: aroundOnce(unit, figure, window) });
				}
			}
		}
	}
	// Only figures that share a stem are compared: an index from stem to figures.
	const byStem = new Map<string, number[]>();
	dated.forEach((item, index) =>
		item.around.forEach((stem) => {
			const list = byStem.get(stem);
			if (list) {
				list.push(index);
			} else {
				byStem.set(stem, [index]);
			}
		}),
	);
	const echoes: DateEcho[] = [];
	const seen = new Set<string>();
	dated.forEach((item, index) => {
		const counts = new Map<number, number>();
		for (const stem of item.around) {
			const list = byStem.get(stem)!;
			// A word every dated passage has ("year", the folder's main name) finds nothing the others miss.
			if (list.length > maxPostings) {
				continue;
			}
			for (const other of list) {
				if (other > index) {
					counts.set(other, (counts.get(other) ?? 0) + 1);
				}
			}
		}
		for (const [other, shared] of counts) {
			const { unit } = dated[other];
			const key = `${item.unit.article}:${item.unit.start}|${unit.article}:${unit.start}`;
			if (shared < sharedWords || unit.article === item.unit.article || seen.has(key) || yearOf(item.figure) === yearOf(dated[other].figure)) {
				continue;
			}
			seen.add(key);
			echoes.push({ a: item.unit, b: unit });
		}
	});
	return echoes;
}

/** A date that states its year as written ("in 2001", "March 4, 2003"); "today" or "last March", dated by the article's own date, does not. */
export function statesYear(figure: Figure): boolean {
	return figure.kind === 'date' && /^\d{4}/.test(figure.iso ?? '') && /\b\d{4}\b/.test(figure.text);
}

function yearOf(figure: Figure): string {
	return (figure.iso ?? '').slice(0, 4);
}

/**
 * `aroundOf`, read once per passage's words and figure: verbatim copies of an article (one wire
 * story in ten files) have units of their own that share their words and figures, and so their stems.
 */
const aroundCache = new WeakMap<Unit['tokens'], Map<Figure, Set<string>>>();

function aroundOnce(unit: Unit, figure: Figure, window: number): Set<string> {
	let byFigure = aroundCache.get(unit.tokens);
	if (!byFigure) {
		byFigure = new Map();
		aroundCache.set(unit.tokens, byFigure);
	}
	let around = byFigure.get(figure);
	if (!around) {
		around = aroundOf(unit, figure, window);
		byFigure.set(figure, around);
	}
	return around;
}

/** Content stems of the words around a figure, up to `window` either side, the figure's own left out. */
function aroundOf(unit: Unit, figure: Figure, window: number): Set<string> {
	const first = unit.tokens.findIndex((token) => token.end > figure.start);
	const from = first < 0 ? unit.tokens.length : first;
	const to = unit.tokens.findIndex((token) => token.start >= figure.end);
	const near = [...unit.tokens.slice(Math.max(0, from - window), from), ...(to < 0 ? [] : unit.tokens.slice(to, to + window))];
	return new Set(near.filter((token) => token.content && !/\d/.test(token.norm)).map((token) => token.stem));
}
