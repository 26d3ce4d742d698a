import type { DateReading } from './dates';

/** A figure being read: token indices and a normalised value. */
export interface Reading extends Omit<DateReading, 'unit'> {
	/** As `Figure.unit`. */
	unit: string;
	/** The scale word as written. */
	scale?: string;
	/** A bare number a money figure of its sentence may lend its currency to ("a target of 200 billion"). */
	lendable?: boolean;
}

/** What reading one position gave: a figure, tokens to step over (an identifier such as "G20"), or nothing. */
export type Step = Reading | { skipTo: number } | undefined;
