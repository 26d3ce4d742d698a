import { continents, countries } from 'countries-list';
import { languageModels } from '../text/loadLanguageModels';
import { nameWordAbbreviations } from '../text/lexicon/abbreviations';
import * as placesLexicon from '../text/lexicon/places';
import * as wordSetsLexicon from '../text/lexicon/wordSets';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { gazetteer, landmarkWords, placeAliases } = placesLexicon;
const { wordKey } = wordSetsLexicon;

/**
 * Which places hold which, from a maintained gazetteer (the `countries-list` package: every
 * country with its continent and capital): a continent holds its countries and their capitals, a
 * country its capital. "Europe" / "Germany" or "Greece" / "Athens" in aligned passages is one
 * place told coarser or finer, never a swap.
 */
const parents = buildParents();

/** Every name the gazetteer holds, inner and outer. */
const known = new Set([...parents.keys(), ...[...parents.values()].flatMap((outer) => [...outer])]);

/** Notes that `outer` holds `inner`, by their keys; a place never holds itself ("Manchester" in "Manchester"). */
function addParent(found: Map<string, Set<string>>, inner: string, outer: string): void {
	const [key, outerKey] = [placeKey(inner), placeKey(outer)];
	if (key !== outerKey) {
		found.set(key, (found.get(key) ?? new Set()).add(outerKey));
	}
}

function buildParents(): Map<string, Set<string>> {
	const found = new Map<string, Set<string>>();
	const add = (inner: string, outer: string) => addParent(found, inner, outer);
	for (const country of Object.values(countries)) {
		const continent = continents[country.continent as keyof typeof continents];
		add(country.name, continent);
		for (const capital of country.capital.split(',').map((name) => name.trim()).filter(Boolean)) {
			add(capital, country.name);
			add(capital, continent);
		}
	}
	return found;
}

/** A place's name as the gazetteer is keyed: lower case, an alias by its main name ("U.S." → "united states"). */
function placeKey(name: string): string {
	const key = wordKey(name.replace(/^the\s+/i, '').trim());
	return placeAliases.get(key) ?? key;
}

/**
 * Which regions and countries hold which cities, and which countries their regions, from the
 * cities' gazetteer (`GazetteerCity`), built on first use: "Nashville" lies in "Tennessee" and in
 * the "United States", "Tennessee" in the "United States". A name two cities share holds both
 * ("Birmingham": in the "West Midlands" and in "Alabama"), so only places that may nest are
 * said to.
 */
let regional: Map<string, Set<string>> | undefined;

function regionalParents(): Map<string, Set<string>> {
	if (regional) {
		return regional;
	}
	const found = new Map<string, Set<string>>();
	const add = (inner: string, outer: string) => addParent(found, inner, outer);
	for (const { city, province, iso2 } of languageModels().cities) {
		const country = countries[iso2 as keyof typeof countries];
		const outer = [province, country?.name, country && continents[country.continent as keyof typeof continents]].filter((name): name is string => Boolean(name));
		outer.forEach((name) => add(city, name));
		if (province && country) {
			add(province, country.name);
		}
	}
	regional = found;
	return found;
}

/**
 * Whether one place lies inside the other, either way ("Athens" and "Greece", "Europe" and
 * "Germany", "Nashville" and "Tennessee"); `false` for places the gazetteers do not hold or that
 * lie apart ("Beijing" and "Xinjiang": two places of one country).
 *
 * @param a A place's name.
 * @param b Another place's name.
 * @returns Whether either holds the other.
 */
export function placesNest(a: string, b: string): boolean {
	const [x, y] = [placeKey(a), placeKey(b)];
	if (x === y) {
		return false;
	}
	const holds = (map: Map<string, Set<string>>) => (map.get(x)?.has(y) ?? false) || (map.get(y)?.has(x) ?? false);
	return holds(parents) || holds(regionalParents());
}

/**
 * Whether the gazetteer holds a place of that name: a country, a continent or a capital ("Puerto
 * Rico", "Athens"). Unknown names are not places for it: it says nothing of "Dover".
 */
export function isKnownPlace(name: string): boolean {
	return known.has(placeKey(name));
}

/**
 * Places that hold others in either gazetteer (continents, countries, regions), and every name
 * either gazetteer holds, inner or outer; built with `regionalParents`, on first use.
 */
let gazetteerNames: { holders: Set<string>; everyPlace: Set<string> } | undefined;

function placeNames(): { holders: Set<string>; everyPlace: Set<string> } {
	if (!gazetteerNames) {
		const regional = regionalParents();
		const holders = new Set([...parents.values(), ...regional.values()].flatMap((outer) => [...outer]));
		gazetteerNames = { holders, everyPlace: new Set([...known, ...regional.keys(), ...holders]) };
	}
	return gazetteerNames;
}

/**
 * Whether either gazetteer or the lexicon knows a place of that name, a city as well as a country
 * ("Glasgow", "Tennessee", "Athens"); "Vellmouth" is unknown.
 */
export function inGazetteers(name: string): boolean {
	const key = placeKey(name);
	return placeNames().everyPlace.has(key) || gazetteer.has(key);
}

/**
 * Whether a place may lie inside the other for all the gazetteers know: one holds places (a
 * country, a state, a continent: "California") and the other is unknown to them, a town too small
 * for the gazetteer of cities and for the lexicon's ("Vellmouth"). "In a California clinic" / "in
 * a Vellmouth clinic" may be one clinic told coarser and finer, as "Greece" / "Athens" is; two
 * places the gazetteers know ("Beijing" / "Xinjiang", the lexicon's region), or two unknown ones,
 * are judged as they are.
 *
 * @param a A place's name.
 * @param b Another place's name.
 */
export function mayLieInside(a: string, b: string): boolean {
	const { holders, everyPlace } = placeNames();
	const [x, y] = [placeKey(a), placeKey(b)];
	const unknown = (key: string) => !everyPlace.has(key) && !gazetteer.has(key);
	return (holders.has(x) && unknown(y)) || (holders.has(y) && unknown(x));
}

/**
 * Whether two places are of a kind a reader sets against each other surely: both held by the
 * gazetteers or the lexicon (countries, regions, cities: "Beijing" / "Xinjiang"), or both of one
 * kind by their last word ("Jamaica Hospital" / "Mount Sinai Hospital") or by a landmark word that
 * opens both ("Mount Orvel" / "Mt Quillan"). Any other pair may be one
 * place told finer ("Harlow Flats" / "Port Halden", a neighbourhood the gazetteers do not hold) as
 * well as two, and no gazetteer at hand says which.
 *
 * @param a A place's name.
 * @param b Another place's name.
 */
export function comparablePlaces(a: string, b: string): boolean {
	const { everyPlace } = placeNames();
	const [x, y] = [placeKey(a), placeKey(b)];
	const held = (key: string) => everyPlace.has(key) || gazetteer.has(key);
	const head = (key: string) => key.split(/[\s-]+/).pop() ?? key;
	return (held(x) && held(y)) || (x.includes(' ') && y.includes(' ') && (head(x) === head(y) || sameLeadingKind(x, y)));
}

/** Two names that open with one landmark's kind (`leadingKind`). */
function sameLeadingKind(x: string, y: string): boolean {
	const kind = leadingKind(x);
	return kind !== undefined && kind === leadingKind(y);
}

/**
 * A landmark's kind when its name opens with it, short words written in full ("mt orvel" →
 * "mount", "lake vess" → "lake"): "Mount Orvel" / "Mt Quillan" are two mountains, no more one
 * inside the other than "Orla Glacier" / "Vess Glacier". A name that opens with no landmark word
 * has none.
 */
function leadingKind(key: string): string | undefined {
	const first = key.split(/[\s-]+/)[0].replace(/\.$/, '');
	if (first === 'st') {
		return undefined;
	}
	const word = nameWordAbbreviations.get(first) ?? first;
	return landmarkWords.has(word) ? word : undefined;
}

/**
 * Whether a place's name is a landmark's, a street's or a natural feature's (`landmarkWords`:
 * "Orla Glacier", "Mount Orren", "West Ninth Avenue"): such a place lies in a town or a
 * region as often as apart from it. "St." opening a name is a saint's town ("St. Alban"), not
 * a street ("Quay St.").
 */
export function isLandmark(name: string): boolean {
	return placeKey(name)
		.split(/[\s-]+/)
		.some((word, i) => {
			const bare = word.replace(/\.$/, '');
			return landmarkWords.has(bare) && (i > 0 || bare !== 'st');
		});
}
