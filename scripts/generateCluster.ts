/**
 * Generates a synthetic cluster of news articles about one invented event, for benchmarks:
 * many outlets telling the same claims in varied words, with quotes, figures, names, headers
 * and boilerplate, so that every stage of the analysis has its usual work to do.
 */

/** A small deterministic random generator (mulberry32), so two runs measure the same text. */
export function randomGenerator(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const people = ['Ilse Marwick', 'Tomas Ferrand', 'Oona Kessel', 'Pavel Drach', 'Lena Sorvik', 'Bram Ostend', 'Greta Hallum', 'Ivo Pernath'];
const places = ['Port Halden', 'Vessingrad', 'Belozar', 'Kastrel', 'Norholm', 'Ardwick', 'Lindvale', 'Trastov'];
const organizations = ['Harbour Authority', 'Grain Council', 'Maritime Union', 'Kestrian News Agency', 'Ministry of Transport', 'Coastal Guard'];
const verbs = ['said', 'told reporters', 'added', 'told the press', 'stressed'];
const subjects = ['grain exports', 'port traffic', 'freight costs', 'ferry bookings', 'fuel prices', 'dock wages', 'cargo volumes', 'fish catches'];
const moves = ['rose', 'grew', 'fell', 'climbed', 'dropped'];
const nouns = ['ships', 'workers', 'containers', 'trucks', 'licences', 'berths', 'cranes'];
const quoteParts = [
	'we should open the harbour to everyone who trades fairly',
	'nobody in this city will be left behind by the new terminal',
	'the accord must be ratified before the winter storms arrive',
	'our crews have deliberately avoided the northern channel for years',
	'this is a good day for farmers on both sides of the strait',
	'we will not accept any delay in the inspections',
];
const fillers = [
	'The talks took place in a hall overlooking the quay.',
	'Officials from both delegations attended the ceremony.',
	'The weather on the coast was calm for the season.',
	'Local traders welcomed the news with cautious optimism.',
];

function pick<T>(random: () => number, items: T[]): T {
	return items[Math.floor(random() * items.length)];
}

/** One sentence of the event, varied in wording, figures and attribution. */
function sentence(random: () => number): string {
	const kind = Math.floor(random() * 6);
	const person = pick(random, people);
	switch (kind) {
		case 0:
			return `${capitalize(pick(random, subjects))} ${pick(random, moves)} ${Math.floor(random() * 40)}${random() < 0.5 ? '%' : ' percent'} in the first ${pick(random, ['nine', '9', 'eleven', '11'])} months, ${person} ${pick(random, verbs)}.`;
		case 1:
			return `“${capitalize(pick(random, quoteParts))},” ${person} ${pick(random, verbs)} in ${pick(random, places)}.`;
		case 2:
			return `The ${pick(random, organizations)} said ${Math.floor(random() * 900 + 100)} ${pick(random, nouns)} would use the new berths worth ${pick(random, ['$ 48 billion', 'US$48 billion', '48 billion dollars', '€3 million'])}.`;
		case 3:
			return `${person} met officials of the ${pick(random, organizations)} in ${pick(random, places)} on ${pick(random, ['Tuesday', 'Wednesday', 'October 14', 'last March'])}.`;
		case 4:
			return `According to the ${pick(random, organizations)}, the talks lasted from 10:15 a.m. to 12:40 p.m. and ${pick(random, ['six', 'seven', '12'])} shipyards took part.`;
		default:
			return pick(random, fillers);
	}
}

function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const syllables = ['ka', 'lo', 'ven', 'dra', 'mi', 'tor', 'sel', 'un', 'bre', 'ost', 'qua', 'ril', 'pan', 'sho', 'gle', 'tam', 'wer', 'ix', 'ne', 'dul'];

/** An invented word: real folders have a long tail of words few articles share. */
function inventedWord(random: () => number): string {
	const length = 2 + Math.floor(random() * 3);
	return Array.from({ length }, () => pick(random, syllables)).join('');
}

/** A sentence of colour only this outlet writes: mostly rare words around a common frame. */
function colourSentence(random: () => number): string {
	const words = Array.from({ length: 8 + Math.floor(random() * 12) }, () => (random() < 0.4 ? pick(random, ['the', 'of', 'and', 'in', 'to', 'a', 'was', 'for']) : inventedWord(random)));
	return `${capitalize(words.join(' '))}.`;
}

/** One article: a header, 12 to 30 paragraphs (claims of the event and the outlet's own colour), now and then boilerplate. */
export function generateArticle(random: () => number, index: number): { path: string; text: string } {
	const lines = [` date 2025-10-${String(14 + (index % 2)).padStart(2, '0')} Home » World`, ''];
	const paragraphs = 12 + Math.floor(random() * 18);
	for (let i = 0; i < paragraphs; i++) {
		const next = () => (random() < 0.5 ? sentence(random) : colourSentence(random));
		lines.push(next() + (random() < 0.5 ? ` ${next()}` : ''), '');
		if (random() < 0.05) {
			lines.push('READ MORE: Ferry timetables change next week', '');
		}
	}
	return { path: `outlet-${index}.txt`, text: lines.join('\n') };
}

/** A cluster of `count` generated articles. */
export function generateCluster(count: number, seed = 7): { path: string; text: string }[] {
	const random = randomGenerator(seed);
	return Array.from({ length: count }, (_, index) => generateArticle(random, index));
}
