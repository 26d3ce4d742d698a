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
