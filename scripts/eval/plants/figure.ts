import { numberWords, numeralsOf, tensWords, type Numeral } from '../plain/text';
import { alreadyFlagged, fileOf, type Edit, type Plant } from '../plant';
import type { ComparedCluster } from '../pipeline';
import type { Random } from '../random';
import { counterpartGroups, type Scheme } from './counterparts';

/**
 * Numbers found by a plain pattern (`numeralsOf`, not the analysis's figure reader) in a passage
 * whose counterpart states the same number ("aged 33" in both outlets' versions of one claim),
 * each with a changed value ready to plant ("aged 35"). A number the passage or the counterpart
 * holds twice is left alone: which "three" the other outlet means is anyone's guess.
 *
 * @param cluster The original, analysed.
 * @param scheme How counterparts are chosen.
 * @param random Chooses the new values.
 * @returns One plant per number that can be changed.
 */
export function figurePlants(cluster: ComparedCluster, scheme: Scheme, random: Random): Plant[] {
	const plants: Plant[] = [];
	for (const [passage, ...counterparts] of counterpartGroups(cluster, scheme)) {
		const text = cluster.texts.get(passage.article)!;
		const numerals = numeralsOf(text, passage);
		for (const numeral of numerals) {
			const once = (list: Numeral[]) => list.filter((other) => other.value === numeral.value).length === 1;
			const witness = counterparts.find((other) => once(numeralsOf(cluster.texts.get(other.article)!, other)));
			const edit = witness && once(numerals) && !alreadyFlagged(cluster, 'figure', passage.article, numeral) ? changeNumeral(text, numeral, random) : undefined;
			if (edit) {
				plants.push({ kind: 'figure', variant: variantOf(text, numeral), scheme: scheme.name, article: passage.article, file: fileOf(cluster, passage.article), edits: [edit], witness: witness!.article, witnessSpan: { start: witness!.start, end: witness!.end } });
			}
		}
	}
	return plants;
}

/** What the number counts, as its neighbours say: a share ("12%", "12 per cent"), money ("$3 million"), a number word, or a plain number. */
function variantOf(text: string, numeral: Numeral): string {
	if (/^\s*(?:%|per\s?cent|percent)/i.test(text.slice(numeral.end, numeral.end + 9))) {
		return 'percent';
	}
	if (/[$€£¥]\s*$|\b(?:US|C|A)\$\s*$/.test(text.slice(Math.max(0, numeral.start - 4), numeral.start))) {
		return 'money';
	}
	return numeral.word ? 'number word' : 'number';
}

/** Rewrites a number by a step ("$3 million" → "$5 million", "26-year-old" → "29-year-old", "five" → "seven"). */
function changeNumeral(text: string, numeral: Numeral, random: Random): Edit | undefined {
	const written = text.slice(numeral.start, numeral.end);
	const step = random.pick([2, 3, 5]);
	const changed = numeral.word ? changeWord(written, step) : changeDigits(written, step);
	return changed ? { start: numeral.start, end: numeral.end, text: changed } : undefined;
}

/**
 * Raises a number by a step in its second significant digit, so that the change is visible but
 * plausible: 12 → 15, 33 → 35, 300 → 350, 1,200 → 1,500; 2.5 → 2.8 (decimals in the last place).
 */
export function changeDigits(written: string, step: number): string {
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
