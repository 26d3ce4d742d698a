/** Suffixes glued to digits that do not make them an identifier: "76th", "3bn", "10am", "100km", "1940s". */
export const unitSuffixes = new Set([
	'km', 'kg', 'mph', 'kph', 'cm', 'mm', 'ft', 'lb', 'lbs', 'mw', 'gw', 'kw', 'kwh', 'mwh', 'gwh', 'gb', 'tb', 'mb',
	'sq',
]);

/** Measures counted in the singular too: "a 100 meter freestyle", "5 mph". */
export const measures = new Set([
	'meter', 'metre', 'kilometer', 'kilometre', 'km', 'mile', 'foot', 'inch', 'yard', 'kilogram', 'kg', 'gram', 'ton',
	'tonne', 'acre', 'hectare', 'liter', 'litre', 'gallon', 'barrel', 'degree', 'mph', 'kph', 'cm', 'mm', 'ft', 'lb',
	'mw', 'gw', 'kw',
]);

/**
 * The scales a temperature in degrees is read on, as written after "degrees" ("12 degrees
 * Celsius", "54 degrees F"): two scales are never one temperature told two ways. The single
 * letters count in capitals only ("30 degrees C").
 */
export const temperatureScales: Readonly<Record<string, string>> = {
	celsius: 'celsius', centigrade: 'celsius', c: 'celsius', fahrenheit: 'fahrenheit', f: 'fahrenheit', kelvin: 'kelvin', k: 'kelvin',
};

/** Units of time, plural and singular forms, abbreviations included. */
export const timeUnits: Readonly<Record<string, string>> = {
	second: 'second', seconds: 'second', secs: 'second', minute: 'minute', minutes: 'minute', mins: 'minute',
	hour: 'hour', hours: 'hour', hrs: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week', fortnight: 'week',
	month: 'month', months: 'month', year: 'year', years: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
	century: 'century', centuries: 'century',
};

/** Durations that convert exactly: seconds for the clock units, months for the calendar ones. */
export const durationScales: Readonly<Record<string, [string, number]>> = {
	second: ['s', 1], minute: ['s', 60], hour: ['s', 3600], day: ['s', 86400], week: ['s', 604800], month: ['mo', 1],
	year: ['mo', 12], decade: ['mo', 120], century: ['mo', 1200],
};

/**
 * One name for each measure however it is spelled, so that "12 km", "10 kilometres" and "a
 * 10-kilometer run" are one unit: American and British spellings and the abbreviation.
 */
export const canonicalMeasures: Readonly<Record<string, string>> = {
	kilometre: 'km', kilometer: 'km', km: 'km', metre: 'metre', meter: 'metre', centimetre: 'cm', centimeter: 'cm',
	cm: 'cm', millimetre: 'mm', millimeter: 'mm', mm: 'mm', mile: 'mile', foot: 'foot', ft: 'foot', feet: 'foot',
	yard: 'yard', inch: 'inch', kilogram: 'kg', kg: 'kg', gram: 'gram', litre: 'litre', liter: 'litre',
};

/**
 * Measures of one dimension, with their size in its base unit: "80 km" is "50 miles" rounded, a
 * conversion an outlet makes for its readers, not another distance (`figuresAgree`).
 */
export const measureScales: Readonly<Record<string, [string, number]>> = {
	km: ['length', 1000], metre: ['length', 1], cm: ['length', 0.01], mm: ['length', 0.001], mile: ['length', 1609.344],
	foot: ['length', 0.3048], yard: ['length', 0.9144], inch: ['length', 0.0254], kg: ['mass', 1], gram: ['mass', 0.001],
	kph: ['speed', 1], mph: ['speed', 1.609344],
};

/**
 * Scales whose name stands before their reading, which is then what the number measures:
 * "a magnitude 6.1 earthquake", "a magnitude-6.1 quake", "Magnitude 6.4 quake shakes the coast"
 * (a headline: the capital does not make it a name, as "Highway 214" is), "a Category 4
 * hurricane". Read the same as a reading written after the number ("a 6.1-magnitude quake"), so
 * that two outlets' readings of one quake are compared (`scales.ts`).
 */
export const scaleNames: ReadonlySet<string> = new Set(['magnitude', 'category']);

/** Events whose size is a magnitude: "a 6.4 quake" is a quake of magnitude 6.4, not 6.4 quakes (`scales.ts`). */
export const quakeNouns: ReadonlySet<string> = new Set(['earthquake', 'quake', 'tremor', 'aftershock', 'temblor']);
