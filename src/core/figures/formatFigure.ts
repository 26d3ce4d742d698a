import * as pluralsModule from './plurals';
import type { Figure, FigureKind } from '../types';
import * as currenciesModule from './currencies';
import * as unitsModule from './units';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { plural } = pluralsModule;
const { currencySymbols } = currenciesModule;
const { durationScales, unitSuffixes } = unitsModule;

/**
 * A short, normalised form of a figure for summaries: "31%", "US$123 billion", "11 months",
 * "150 million doses", "2021-12-15", "16:07", "76th", "10–12%".
 *
 * @param figure The figure.
 * @returns Its normalised form; equal figures format alike.
 */
export function formatFigure(figure: Figure): string {
	if (figure.kind === 'range') {
		if (figure.unit === 'date' && figure.iso) {
			return figure.iso;
		}
		const kind = kindOfUnit(figure.unit);
		const high = formatFigure({ ...figure, kind, value: figure.high ?? figure.value, high: undefined });
		// "10–12%", "5 million–7 million people"; money and times keep both ends whole ("US$5–US$7").
		const low = (
			kind === 'percent' ||
			kind === 'count' ||
			kind === 'duration' ? amount(figure.value) : formatFigure({ ...figure, kind, high: undefined })
		);
		return `${low}–${high}`;
	}
	switch (figure.kind) {
		case 'money':
			return `${currencySymbols[figure.unit] ?? `${figure.unit} `}${amount(figure.value)}`;
		case 'percent':
			return figure.unit === 'pp' ? `${amount(figure.value)} pp` : `${amount(figure.value)}%`;
		case 'count':
		case 'duration': {
			// "60 km", not "60 kms": abbreviations stay as they are.
			const unit = figure.value === 1 || unitSuffixes.has(figure.unit) ? figure.unit : plural(figure.unit);
			return `${amount(figure.value)} ${unit}`;
		}
		case 'date':
			return figure.iso ?? new Date(figure.value).toISOString().slice(0, 10);
		case 'time':
			return `${pad(Math.floor(figure.value / 60))}:${pad(figure.value % 60)}`;
		case 'ordinal':
			return ordinalSuffix(figure.value);
		default:
			return amount(figure.value);
	}
}

/** The kind a range's unit belongs to, to format its ends. */
function kindOfUnit(unit: string): FigureKind {
	if (unit === '%' || unit === 'pp') {
		return 'percent';
	}
	if (unit === 'time' || unit === 'date') {
		return unit;
	}
	if (durationScales[unit]) {
		return 'duration';
	}
	if (/^[A-Z]{3}$/.test(unit)) {
		return 'money';
	}
	return unit === '' ? 'number' : 'count';
}

/** "123 billion", "2.4 million", "35,000", "0.5". */
function amount(value: number): string {
	for (const [word, factor] of [['trillion', 1e12], ['billion', 1e9], ['million', 1e6]] as const) {
		if (Math.abs(value) >= factor) {
			const scaled = Number((value / factor).toPrecision(12));
			if (Number.isInteger(scaled * 1000)) {
				return `${scaled} ${word}`;
			}
		}
	}
	return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** Two digits: 7 → "07". */
function pad(value: number): string {
	return String(value).padStart(2, '0');
}

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
function ordinalSuffix(value: number): string {
	const tail = value % 100 >= 11 && value % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
	return `${value}${tail}`;
}
