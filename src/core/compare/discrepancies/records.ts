import type { Entity, Figure } from '../../types';
import { mentionsByArticle, type NamedMention } from '../namedMentions';
import { mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { chainAround } from '../figureChain';
import { countOf, sidesText } from '../wording/sides';
import { addTo } from './addTo';

/** A record an article gives a named fighter, player or team: the numbers of its chain and where each stands. */
interface StatedRecord {
	article: string;
	entity: Entity;
	/** "45-7-2". */
	text: string;
	/** The chain's numbers as figures, in order. */
	places: Figure[];
}

/**
 * What stands between a name and the record that is its own: an opening bracket ("Ivo Brisk
 * (31-4-1, 20 KOs)"), a comma ("Ivo Brisk, 31-4-1, of Tarn"), or a verb that moves it ("Brisk
 * fell to 31-5-1", "the Terns improved to 9-14"). Any other words give another record: "Brisk's
 * trainer, whose own record was 12-3", "Brisk beat Dorn, who fell to 20-9".
 */
const ownerGap = /^(?:\s*\(\s*|\s*,\s*|\s+(?:fell|falls|dropped|drops|slipped|slips|improved|improves|moved|moves|rose|rises|climbed|climbs|went|goes)\s+to\s+)$/i;

/** The longest record read: a win-loss-draw record, with no-contests ("45-7-2-1"). */
const maxPlaces = 4;

/**
 * Finds fighters, players and teams whose record the outlets give differently ("Brisk (31-4-1)"
 * in four outlets, "Brisk (33-4-1)" in a fifth), wherever in the article they give it: a record
 * belongs to its owner, as an age does (`ages.ts`), so the passages need not align. Records of
 * other lengths are other counts ("31-4" leaves out the draws) and are not set against each other.
 * A draft points at the first place where the records differ, as the figure finder's draft of
 * the same number in aligned passages does, so that `finalize` keeps one of the two.
 *
 * @param context The comparison.
 * @returns One draft per owner and length of record with more than one value.
 */
export function findRecordDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	const namesByArticle = mentionsByArticle(context.corpus, (entity) => entity.type !== 'place');
	const byOwner = new Map<string, StatedRecord[]>();
	for (const article of context.articleIds) {
		const names = namesByArticle.get(article);
		if (!names) {
			continue;
		}
		for (const record of statedRecords(context, article, names)) {
			const key = `${record.entity.name}|${record.places.length}`;
			addTo(byOwner, key, record);
		}
	}
	const drafts: DiscrepancyDraft[] = [];
	for (const records of byOwner.values()) {
		// One record per article: the first it gives.
		const perArticle = [...new Map(records.map((record) => [record.article, record])).values()];
		const values = new Map<string, StatedRecord[]>();
		for (const record of perArticle) {
			addTo(values, record.text, record);
		}
		if (values.size < 2) {
			continue;
		}
		const groups = [...values.values()].sort((x, y) => y.length - x.length);
		const majority = groups[0];
		const place = firstDifference(groups);
		const { entity } = majority[0];
		drafts.push({
			kind: 'figure',
			severity: groups.length === 2 && majority.length >= 2 && groups[1].length === 1 ? 'high' : 'medium',
			summary: `Record of ${entity.name}: ${sidesText(groups.map((group) => ({ text: group[0].text, articles: group.map((record) => record.article) })), context.outlet)}`,
			reason: `The outlets give ${entity.name} ${countOf(groups.length, 'record')}; a record changes with each bout or game, so check whether each is from before or after it.`,
			strength: 0.8,
			mentions: perArticle.map((record) => mentionOf(context, record.article, record.places[place], record.text, !majority.includes(record))),
			missing: [],
			weight: 0.8,
		});
	}
	return drafts;
}

/** The records an article gives to the names right before them (`ownerGap`). */
function statedRecords(context: CompareContext, article: string, names: NamedMention[]): StatedRecord[] {
	const text = context.textOf(article);
	const figures = context.analysisOf(article).figures.filter((figure) => figure.kind === 'number');
	const found: StatedRecord[] = [];
	for (let i = 0; i < figures.length; i++) {
		const chain = chainAround(text, figures[i].start, figures[i].end);
		// A chain is read from its first number, whose figures follow it in the list.
		if (!chain || chain.before > 0 || chain.numbers.length > maxPlaces || i + chain.numbers.length > figures.length) {
			continue;
		}
		const places = figures.slice(i, i + chain.numbers.length);
		if (places.some((figure, k) => figure.text !== chain.numbers[k])) {
			continue;
		}
		const start = places[0].start;
		const owner = names.find(({ mention }) => mention.end <= start && start - mention.end <= maxGap && ownerGap.test(text.slice(mention.end, start)));
		if (owner) {
			found.push({ article, entity: owner.entity, text: chain.numbers.join('-'), places });
		}
		i += chain.numbers.length - 1;
	}
	return found;
}

/** How far a record may stand after its owner's name, in characters: " improved to " needs 13. */
const maxGap = 16;

/** The first place of the records where a group's value is not the majority's. */
function firstDifference(groups: StatedRecord[][]): number {
	const majority = groups[0][0].places.map((figure) => figure.text);
	const places = groups.slice(1).map((group) => group[0].places.findIndex((figure, k) => figure.text !== majority[k]));
	return Math.min(...places.filter((place) => place >= 0));
}
