import type { Figure, FigureKind } from '../../../src/core/types';
import { alreadyFlagged, fileOf, type Edit, type Plant } from '../plant';
import type { ComparedCluster } from '../pipeline';
import type { Random } from '../random';
import { counterpartGroups } from './counterparts';

/** Quantities a reader would call a different fact when changed: counts, ages, sums, shares. Dates, times, ordinals and ranges are left alone. */
const plantableKinds = new Set<FigureKind>(['count', 'number', 'money', 'percent', 'duration']);

/** Number words the change can rewrite ("five" → "seven"). */
const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const tensWords = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Digits with thousands commas and a decimal part ("1,200", "2.5"), or a number word. */
const numeralPattern = new RegExp(`\\d[\\d,]*(?:\\.\\d+)?|\\b(?:${[...numberWords, ...tensWords].join('|')})\\b`, 'i');

/**
 * Figures that another outlet states with the same value in a passage that carries the same claim ("aged 33" in two
 * outlets' versions of one sentence), each with a changed value ready to plant ("aged 35").
 *
 * @param cluster The original, analysed.
 * @param random Chooses the new values.
 * @returns One plant per figure that can be changed.
 */
export function figurePlants(cluster: ComparedCluster, random: Random): Plant[] {
	const plants: Plant[] = [];
	for (const [unit, ...counterparts] of counterpartGroups(cluster, 'sentence')) {
		for (const figure of unit.figures) {
			const witness = counterparts.find((other) => other.figures.some((rival) => sameFigure(rival, figure)));
			// "starred in the three X-Men films … hosted three times": which "three" the other outlet means is anyone's guess.
			const repeated = unit.figures.some((other) => other !== figure && other.value === figure.value);
			if (!witness || repeated || !plantableKinds.has(figure.kind) || figure.high !== undefined || alreadyFlagged(cluster, 'figure', unit.article, figure)) {
				continue;
			}
			const text = cluster.texts.get(unit.article)!;
			const edit = !slashed(text, figure) && changeFigure(figure, random);
			if (edit) {
				plants.push({ kind: 'figure', variant: figure.kind, article: unit.article, file: fileOf(cluster, unit.article), edits: [edit], witness: witness.article });
			}
		}
	}
	return plants;
}

/** "9 / 11" names an event and "2 / 3" is a fraction: a number beside a slash is no count to change. */
function slashed(text: string, figure: Figure): boolean {
	return /\/\s*$/.test(text.slice(Math.max(0, figure.start - 3), figure.start)) || /^\s*\//.test(text.slice(figure.end, figure.end + 3));
}

function sameFigure(a: Figure, b: Figure): boolean {
	return a.kind === b.kind && a.unit === b.unit && a.value === b.value;
}

/** Rewrites the figure's first numeral, keeping the rest as written ("$3 million" → "$5 million", "26-year-old" → "29-year-old"). */
function changeFigure(figure: Figure, random: Random): Edit | undefined {
	const match = numeralPattern.exec(figure.text);
	if (!match) {
		return undefined;
	}
	const step = random.pick([2, 3, 5]);
	const written = /\d/.test(match[0]) ? changeDigits(match[0], step) : changeWord(match[0], step);
	if (!written) {
		return undefined;
	}
	const start = figure.start + match.index;
	return { start, end: start + match[0].length, text: written };
}

/**
 * Raises a number by a step in its second significant digit, so that the change is visible but
 * plausible: 12 → 15, 33 → 35, 300 → 350, 1,200 → 1,500; 2.5 → 2.8 (decimals in the last place).
 */
function changeDigits(written: string, step: number): string {
	const [whole, fraction = ''] = written.replace(/,/g, '').split('.');
	const digits = BigInt(whole + fraction);
	const scale = fraction ? 1n : 10n ** BigInt(Math.max(0, whole.length - 2));
	const raised = (digits + BigInt(step) * scale).toString().padStart(fraction.length + 1, '0');
	const newWhole = fraction ? raised.slice(0, raised.length - fraction.length) : raised;
	const grouped = written.includes(',') ? newWhole.replace(/\B(?=(\d{3})+$)/g, ',') : newWhole;
	return fraction ? `${grouped}.${raised.slice(raised.length - fraction.length)}` : grouped;
}

/** "five" → "seven", "thirty" → "forty"; capitals kept ("Three" → "Five", "TWO" → "FOUR"). */
function changeWord(written: string, step: number): string | undefined {
	const word = written.toLowerCase();
	const units = numberWords.indexOf(word);
	const tens = tensWords.indexOf(word);
	const changed = units >= 0 && units + step < numberWords.length ? numberWords[units + step] : tens >= 0 && tens + 1 < tensWords.length ? tensWords[tens + 1] : undefined;
	if (!changed) {
		return undefined;
	}
	if (written === written.toUpperCase()) {
		return changed.toUpperCase();
	}
	return /^\p{Lu}/u.test(written) ? changed.charAt(0).toUpperCase() + changed.slice(1) : changed;
}
