import type { Entity, Figure, LocatedMention } from '../../types';
import { listOutlets, mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';

/** A mention of a person, with the person. */
interface PersonMention {
	mention: LocatedMention;
	entity: Entity;
}

/** An age the text gives a named person, in one article. */
interface StatedAge {
	article: string;
	figure: Figure;
	entity: Entity;
}

/**
 * "Reid, 33, …" — an age set off by commas right after a name; "the 33-year-old Reid" — an age
 * right before it; "Reid, aged 33" — after "aged". How many characters may stand between.
 */
const appositionGap = /^,\s*(?:aged\s+)?$/;
const beforeNameGap = /^\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * Finds people whose age the outlets give differently ("Reid, 33," in two outlets, "Reid, 36,"
 * in a third), wherever in the article they say it: an age belongs to the person, not to one
 * sentence, so the passages need not align.
 *
 * @param context The comparison.
 * @returns One draft per person with more than one age.
 */
export function findAgeDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	const peopleByArticle = new Map<string, PersonMention[]>();
	for (const entity of context.corpus.entities) {
		if (entity.type !== 'person') {
			continue;
		}
		for (const mention of entity.mentions) {
			peopleByArticle.set(mention.article, [...(peopleByArticle.get(mention.article) ?? []), { mention, entity }]);
		}
	}
	const byPerson = new Map<Entity, StatedAge[]>();
	for (const article of context.articleIds) {
		const people = (peopleByArticle.get(article) ?? []).sort((a, b) => a.mention.start - b.mention.start);
		for (const stated of statedAges(context, article, people)) {
			byPerson.set(stated.entity, [...(byPerson.get(stated.entity) ?? []), stated]);
		}
	}
	const drafts: DiscrepancyDraft[] = [];
	for (const [entity, ages] of byPerson) {
		// One age per article: the first it states.
		const perArticle = [...new Map(ages.map((age) => [age.article, age])).values()];
		const values = new Map<number, StatedAge[]>();
		for (const age of perArticle) {
			values.set(age.figure.value, [...(values.get(age.figure.value) ?? []), age]);
		}
		if (values.size < 2) {
			continue;
		}
		const groups = [...values.values()].sort((x, y) => y.length - x.length);
		const majority = groups[0];
		drafts.push({
			kind: 'figure',
			severity: groups.length === 2 && majority.length >= 2 && groups[1].length === 1 ? 'high' : 'medium',
			summary: `Age of ${entity.name}: ${groups.map((group) => `${group[0].figure.text} (${listOutlets(context, group.map((age) => age.article))})`).join(' vs ')}`,
			reason: `The outlets give ${entity.name} ${groups.length} different ages; an age may change between reports written on different dates, so check the dates.`,
			confidence: 0.8,
			mentions: perArticle.map((age) => mentionOf(context, age.article, age.figure, age.figure.text, !majority.includes(age))),
			missing: [],
			weight: 0.8,
		});
	}
	return drafts;
}

/** The ages an article gives to named people. */
function statedAges(context: CompareContext, article: string, people: PersonMention[]): StatedAge[] {
	const text = context.textOf(article);
	const found: StatedAge[] = [];
	for (const figure of context.analysisOf(article).figures) {
		if (figure.kind !== 'duration' || figure.unit !== 'year' || !isAge(text, figure)) {
			continue;
		}
		const before = people.filter(({ mention }) => mention.end <= figure.start && appositionGap.test(text.slice(mention.end, figure.start))).pop();
		const after = /year-old$/i.test(figure.text) ? people.find(({ mention }) => mention.start >= figure.end && beforeNameGap.test(text.slice(figure.end, mention.start))) : undefined;
		const owner = before ?? after;
		if (owner) {
			found.push({ article, figure, entity: owner.entity });
		}
	}
	return found;
}

/** "33" set off by commas, or "33-year-old": an age, not a span of years ("for 33 years"). */
function isAge(text: string, figure: Figure): boolean {
	return /^\d{1,3}$/.test(figure.text) ? /,\s*(?:aged\s+)?$/.test(text.slice(Math.max(0, figure.start - 8), figure.start)) : /-year-old$/i.test(figure.text);
}
