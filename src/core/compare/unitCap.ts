import type { ArticleAnalysis, InputWarning } from '../types';
import type { Unit } from './units';

/**
 * The most passages of one article compared with the other outlets. A long news article has a few
 * hundred; a 10 MB book about 150,000, compared up to the cap, while 16 MB of two-letter
 * paragraphs (3 million) would hold more memory than Node has, and end the whole comparison.
 */
const maxUnitsPerArticle = 100_000;

/** An article's units up to the cap, in text order, with a warning that says where comparing stopped. */
export function capUnits(analysis: ArticleAnalysis, units: Unit[], warnings: InputWarning[]): Unit[] {
	if (units.length <= maxUnitsPerArticle) {
		return units;
	}
	const cutoff = units.map((unit) => unit.start).sort((a, b) => a - b)[maxUnitsPerArticle];
	const { text, path } = analysis.parsed.article;
	let line = 1;
	for (let i = text.indexOf('\n'); i >= 0 && i < cutoff; i = text.indexOf('\n', i + 1)) {
		line++;
	}
	warnings.push({ path, message: `only its first ${maxUnitsPerArticle.toLocaleString('en-US')} passages, up to line ${line}, are compared with the other outlets (it has ${units.length.toLocaleString('en-US')})` });
	return units.filter((unit) => unit.start < cutoff);
}
