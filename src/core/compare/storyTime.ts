import type { CorpusAnalysis, Figure } from '../types';

/**
 * The year a folder's story happens in: the year most of its articles are dated, or, when few say,
 * the year of most of its full dates ("July 2, 2031", "2031-07-02"). A figure whose sentence is
 * dated to an earlier year tells background (`figureJudging.ts`). `undefined` when the folder
 * gives no year twice.
 */
export function storyYear(corpus: CorpusAnalysis): number | undefined {
	// Keyed by the articles: the editor's draft cache hands each finder a corpus of its own over the same ones.
	const known = years.get(corpus.articles);
	if (known !== undefined || years.has(corpus.articles)) {
		return known;
	}
	const counts = new Map<number, number>();
	for (const analysis of corpus.articles) {
		const year = articleDates(analysis).year;
		if (year !== undefined) {
			counts.set(year, (counts.get(year) ?? 0) + 1);
		}
	}
	const [year, times] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [undefined, 0];
	const found = times >= 2 ? year : undefined;
	years.set(corpus.articles, found);
	return found;
}

const years = new WeakMap<CorpusAnalysis['articles'], number | undefined>();

/**
 * The day a folder's story happens on, as `MM-DD`: the day most of its articles are dated, or,
 * for an undated article, the first date it gives that names a day of the month ("July 2", a
 * dateline's "2031-07-02"), each article counted once. A figure whose sentence is dated to a day
 * far from it tells another event (`figureSlotReadings.ts`). `undefined` unless one day is given
 * by two articles or more and by more than any other day.
 */
export function storyDay(corpus: CorpusAnalysis): string | undefined {
	const known = days.get(corpus.articles);
	if (known !== undefined || days.has(corpus.articles)) {
		return known;
	}
	const counts = new Map<string, number>();
	for (const analysis of corpus.articles) {
		const first = articleDates(analysis).day;
		if (first) {
			counts.set(first, (counts.get(first) ?? 0) + 1);
		}
	}
	const [[day, times] = [undefined, 0], [, next] = [undefined, 0]] = [...counts].sort((a, b) => b[1] - a[1]);
	const found = times >= 2 && times > next ? day : undefined;
	days.set(corpus.articles, found);
	return found;
}

/**
 * What one article tells of the story's year and day: the year and the day it is dated, or, when it
 * is not, the year of its first full date (a stamp or a dateline as often as not) and the first day
 * of the month it gives. Read once per analysis: the editor's folder keeps every other article's
 * analysis across an edit.
 */
function articleDates(analysis: CorpusAnalysis['articles'][number]): { year: number | undefined; day: string | undefined } {
	let dates = datesRead.get(analysis);
	if (!dates) {
		const { parsed, figures } = analysis;
		const dated = parsed.article.meta.date || undefined;
		const full = dated ? undefined : figures.find((figure) => figure.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(figure.iso ?? ''));
		const year = dated ? Number(dated.slice(0, 4)) : full ? Number(full.iso!.slice(0, 4)) : undefined;
		let day = /^\d{4}-(\d\d-\d\d)/.exec(dated ?? '')?.[1];
		for (let i = 0; day === undefined && i < figures.length; i++) {
			day = monthDayOf(figures[i]);
		}
		dates = { year, day };
		datesRead.set(analysis, dates);
	}
	return dates;
}

const datesRead = new WeakMap<CorpusAnalysis['articles'][number], { year: number | undefined; day: string | undefined }>();

/** The day of the month a date names, as `MM-DD`, with its year or not ("July 2, 2031" → `2031-07-02` → `07-02`, "July 2" → `--07-02` → `07-02`); `undefined` for anything else. */
export function monthDayOf(figure: Figure): string | undefined {
	return figure.kind === 'date' ? dayOfMonth.exec(figure.iso ?? '')?.[1] : undefined;
}

const dayOfMonth = /^(?:\d{4}|-)-(\d\d-\d\d)$/;

/** The day or, failing it, the month a date names: `MM-DD` ("July 2"), `MM` ("in March", "March 2031"); `undefined` for a year, a weekday or anything else. */
export function dayOrMonthOf(figure: Figure): string | undefined {
	return figure.kind === 'date' ? (dayOfMonth.exec(figure.iso ?? '')?.[1] ?? monthAlone.exec(figure.iso ?? '')?.[1]) : undefined;
}

const monthAlone = /^(?:\d{4}|-)-(\d\d)$/;

const days = new WeakMap<CorpusAnalysis['articles'], string | undefined>();

/**
 * How many days apart a day or a month and a day are, the shorter way round the year: `12-30`
 * and `01-02`: 3; a month (`MM`) and a day: 0 inside it, else to its nearer end (`03` and
 * `04-02`: 2).
 *
 * @param a A day (`MM-DD`) or a month (`MM`).
 * @param b A day (`MM-DD`).
 */
export function daysApart(a: string, b: string): number {
	const dayOfYear = (month: number, day: number) => (Date.UTC(2000, month - 1, day) - Date.UTC(2000, 0, 1)) / 86_400_000;
	const month = Number(a.slice(0, 2));
	// A month runs from its first day to the day before the next month's first.
	const [from, to] = a.length === 2 ? [dayOfYear(month, 1), dayOfYear(month + 1, 1) - 1] : [dayOfYear(month, Number(a.slice(3, 5))), dayOfYear(month, Number(a.slice(3, 5)))];
	const day = dayOfYear(Number(b.slice(0, 2)), Number(b.slice(3, 5)));
	if (day >= from && day <= to) {
		return 0;
	}
	const around = (x: number, y: number) => Math.min(Math.abs(x - y), 366 - Math.abs(x - y));
	return Math.min(around(from, day), around(to, day));
}
