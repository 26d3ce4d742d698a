import type { Entity, Figure, Sentence, Span } from '../../types';
import { titleModifiers, titleWords } from '../../text/lexicon/titles';
import { mentionOf, type CompareContext, type DiscrepancyDraft } from '../context';
import { countOf, sidesText } from '../wording/sides';
import { firstStartingAt } from '../../spanIndex';
import { mentionsByArticle, type NamedMention } from '../namedMentions';
import { genderOfFirstName } from '../../text/givenNames';

/** A mention of a person, with the person. */
type PersonMention = NamedMention;

/** An age the text gives a named person, in one article. */
interface StatedAge {
	article: string;
	figure: Figure;
	entity: Entity;
}

/** How far an age may stand after its name, in characters: "Reid, who was 33" needs 9. */
const maxGap = 40;

/** How far a name may stand after "33-year-old": three title words ("senior trooper Capt.") fit with room. */
const maxTitlesGap = 120;

/** The longest name looked back over when searching names near an age. */
const maxNameLength = 200;

/**
 * "Reid, 33, …" — an age set off by commas right after a name; "the 33-year-old Reid" — an age
 * right before it; "Reid, aged 33" — after "aged". How many characters may stand between.
 */
const appositionGap = /^,\s*(?:aged\s+)?$/;
const beforeNameGap = /^\s+((?:[\p{L}-]+\.?\s+){0,3})$/u;

/**
 * What may stand between a verb of death and its age: a few words, a date and commas ("died
 * yesterday in Port Halden at the age of 91", "passed away Tuesday, March 3, at age 91"),
 * no full stop.
 */
const deathWords = String.raw`(?:[\s,]+[\p{L}\d-]+){0,5}?[\s,]+`;

/** A verb of death and the words up to its age ("has died at the age of ", "passed away Tuesday, March 3, at age "). */
const deathAge = String.raw`(?:has\s+)?(?:die[sd]|passed\s+away)${deathWords}(?:at(?:\s+the)?\s+age(?:\s+of)?|at|aged)`;

/**
 * The words that give an age after them: "was 91", "turned 68", "died at 91", "Dies Aged 84", "at
 * the age of 91", and a death told with a few words before the age ("has died at the age of 88",
 * "died Thursday at age 85", "passed away in her sleep aged 91").
 */
const ageVerbs = String.raw`was|is|turned|${deathAge}|aged|at age|at the age of`;

/**
 * "Vey, who was 91, …", "Lenz died at 85", "Reid was 33": an age told by a verb after the name;
 * in a headline's present tense and capitals too ("Ada Lenz Dies At 84", "Lenz dies aged 84"),
 * and past a short apposition ("Ada Lenz, cellist and conductor, dies at 84"): the age of the
 * name before the apposition, which names no one of its own.
 */
const verbGap = new RegExp(String.raw`^(?:,[^,.;:"“”]{1,60},)?(?:,?\s+who)?\s+(?:${ageVerbs})\s+$`, 'iu');

/** The longest apposition read between a sentence's subject and the verb of its death (`subjectGap`): a lede's, of a line or two. */
const maxSubjectApposition = 300;

/**
 * A longer apposition, commas and all, between the name that opens a sentence and the verb of its
 * death: "Ada Lenz, the cellist whose records of suites, sonatas and partitas sold in millions,
 * has died at the age of 88". Only after the sentence's subject, and only with a verb of death
 * after the apposition's closing comma: "Lenz, whose son was 33" gives the son's age.
 */
const subjectGap = new RegExp(String.raw`^,[^.;:!?"“”\n]{1,${maxSubjectApposition}},\s+${deathAge}\s+$`, 'iu');

/** An age's verb right before it ("… died at ", "She was "). */
const ageVerbAtEnd = new RegExp(String.raw`\b(?:${ageVerbs})\s+$`, 'iu');

/** How far an age told by a verb may stand after its name, past an apposition: "Ada Lenz, cellist and conductor, dies at 84". */
const maxVerbGap = 90;

/**
 * Finds people whose age the outlets give differently ("Reid, 33," in two outlets, "Reid, 36,"
 * in a third), wherever in the article they say it: an age belongs to the person, not to one
 * sentence, so the passages need not align.
 *
 * @param context The comparison.
 * @returns One draft per person with more than one age.
 */
export function findAgeDiscrepancies(context: CompareContext): DiscrepancyDraft[] {
	const peopleByArticle = mentionsByArticle(context.corpus, (entity) => entity.type === 'person');
	const byPerson = new Map<Entity, StatedAge[]>();
	for (const article of context.articleIds) {
		const people = peopleByArticle.get(article) ?? [];
		for (const stated of statedAges(context, article, people)) {
			const list = byPerson.get(stated.entity) ?? [];
			list.push(stated);
			byPerson.set(stated.entity, list);
		}
	}
	const drafts: DiscrepancyDraft[] = [];
	for (const [entity, ages] of byPerson) {
		// One age per article: the first it states.
		const perArticle = [...new Map(ages.map((age) => [age.article, age])).values()];
		const values = new Map<number, StatedAge[]>();
		for (const age of perArticle) {
			const list = values.get(age.figure.value) ?? [];
			list.push(age);
			values.set(age.figure.value, list);
		}
		if (values.size < 2) {
			continue;
		}
		const groups = [...values.values()].sort((x, y) => y.length - x.length);
		const majority = groups[0];
		drafts.push({
			kind: 'figure',
			severity: groups.length === 2 && majority.length >= 2 && groups[1].length === 1 ? 'high' : birthdayBetween(groups) ? 'low' : 'medium',
			summary: `Age of ${entity.name}: ${sidesText(groups.map((group) => ({ text: group[0].figure.text, articles: group.map((age) => age.article) })), context.outlet)}`,
			reason: `The outlets give ${entity.name} ${countOf(groups.length, 'age')}; an age may change between reports written on different dates, so check the dates.`,
			strength: 0.8,
			mentions: perArticle.map((age) => mentionOf(context, age.article, age.figure, age.figure.text, !majority.includes(age))),
			missing: [],
			weight: 0.8,
		});
	}
	return drafts;
}

/**
 * Whether two ages a year apart, each given by two outlets or more, are more likely a birthday
 * between the reports than a slip: "Vey, 47," in four outlets and "Vey, 46," in two others, each
 * side agreeing with itself, written before and after his birthday (a folder may hold reports
 * written a year apart). An outlet alone against the others ("47" in three,
 * "46" in one), or one against one ("28-year-old" / "29-year-old"), is still listed: a slip as
 * likely as a birthday.
 */
function birthdayBetween(groups: StatedAge[][]): boolean {
	return groups.length === 2 && groups[1].length >= 2 && Math.abs(groups[0][0].figure.value - groups[1][0].figure.value) === 1;
}

/** The ages an article gives to named people. */
function statedAges(context: CompareContext, article: string, people: PersonMention[]): StatedAge[] {
	const text = context.textOf(article);
	const mentionSpans = people.map(({ mention }) => mention);
	const found: StatedAge[] = [];
	for (const figure of context.analysisOf(article).figures) {
		if (figure.kind !== 'duration' || figure.unit !== 'year' || !isAge(text, figure)) {
			continue;
		}
		// Only the names near the figure are read (a binary search for the window), so an article
		// of ten thousand names and ages costs ten thousand windows, not their product.
		const near = people.slice(firstStartingAt(mentionSpans, figure.start - maxSubjectApposition - maxVerbGap - maxNameLength), firstStartingAt(mentionSpans, figure.end + maxTitlesGap + 1));
		const before =
			near
				.filter(({ mention }) => mention.end <= figure.start && figure.start - mention.end <= maxVerbGap)
				.filter(({ mention }) => (figure.start - mention.end <= maxGap && appositionGap.test(text.slice(mention.end, figure.start))) || verbGap.test(text.slice(mention.end, figure.start)))
				.pop() ?? subjectOf(text, near, figure);
		const after = /year-old$/i.test(figure.text)
			? near.find(({ mention }) => mention.start >= figure.end && mention.start - figure.end <= maxTitlesGap && onlyTitlesBetween(text.slice(figure.end, mention.start)))
			: undefined;
		const { parsed } = context.analysisOf(article);
		const owner = before ?? after ?? pronounOwner(text, people, figure) ?? headlineOwner(text, parsed.headline, people, figure) ?? descriptionOwner(text, parsed.sentences, near, figure);
		if (owner) {
			found.push({ article, figure, entity: owner.entity });
		}
	}
	return found;
}

/** The person whose name opens the age's sentence, when a long apposition alone stands between it and the verb of death (`subjectGap`), naming no one else. */
function subjectOf(text: string, near: PersonMention[], figure: Figure): PersonMention | undefined {
	const before = near.filter(({ mention }) => mention.end <= figure.start);
	const subject = before.find(({ mention }) => opensSentence(text, mention.start) && subjectGap.test(text.slice(mention.end, figure.start)));
	return subject && before.every(({ mention, entity }) => entity === subject.entity || mention.end <= subject.mention.start) ? subject : undefined;
}

/** A pronoun that opens its sentence right before the verb of an age ("She was 85.", "He died at 91"), with the gender it names. */
const pronounGap = new RegExp(String.raw`(?:^|\n|[.!?]["”’]?\s)\s*(he|she)\s+(?:${ageVerbs})\s+$`, 'iu');

/** How far back the subject a pronoun stands for is looked for, in characters: a paragraph or two. */
const maxPronounReach = 600;

/**
 * The person a pronoun that opens the age's sentence stands for: the last person named as the
 * subject of a sentence before it (the name opens its sentence), when that person's first name
 * tells the pronoun's gender. "Ada Lenz died in her sleep on Monday. She was 85." gives Ada Lenz
 * 85; "Ada Lenz's husband, Ivo, survives her. He was 90." gives no one (the subject's first name
 * is a woman's).
 */
function pronounOwner(text: string, people: PersonMention[], figure: Figure): PersonMention | undefined {
	const lead = text.slice(Math.max(0, figure.start - maxVerbGap), figure.start);
	const pronoun = pronounGap.exec(lead)?.[1]?.toLowerCase();
	if (pronoun === undefined) {
		return undefined;
	}
	const pronounStart = figure.start - lead.length + lead.toLowerCase().lastIndexOf(pronoun);
	const subject = people.filter(({ mention }) => mention.end <= pronounStart && pronounStart - mention.start <= maxPronounReach && opensSentence(text, mention.start)).pop();
	const gender = subject && genderOfFirstName(subject.entity.name.split(/\s+/)[0]);
	return gender !== undefined && gender === (pronoun === 'she' ? 'f' : 'm') ? subject : undefined;
}

/** A verb of death right before an age, in a headline's capitals too ("Dies At Age 91", "Dies Aged 91", "dead at 91"). */
const deathAtEnd = new RegExp(String.raw`\b(?:dead${deathWords}(?:at(?:\s+the)?\s+age(?:\s+of)?|at|aged)|${deathAge})\s+$`, 'iu');

/**
 * The one person a headline names, when it tells a death at an age past a description:
 * "Ada Lenz Dead: Cello Star Dies At Age 91", "Ada Lenz: 'Queen Of The Cello' Dies Aged 91".
 * A headline that names two people gives no one the age.
 */
function headlineOwner(text: string, headline: Span | undefined, people: PersonMention[], figure: Figure): PersonMention | undefined {
	if (!headline || figure.start < headline.start || figure.end > headline.end || !deathAtEnd.test(text.slice(headline.start, figure.start))) {
		return undefined;
	}
	const named = people.filter(({ mention }) => mention.start >= headline.start && mention.end <= figure.start);
	return named.length > 0 && named.every(({ entity }) => entity === named[0].entity) ? named[0] : undefined;
}

/** "The 24-year-old" opening its sentence, with a description after it or none ("The 24-year-old striker signed", "The 24-year-old has agreed"). */
const describedSubject = /^\s*["“]?the\s*$/iu;

/**
 * The person an age told as a sentence's described subject stands for: "Orla City signed Tomas
 * Vey on Friday. The 24-year-old striker has agreed a five-year contract." gives Tomas Vey 24,
 * when the sentence before names one person and the age's own sentence names none (a story of two
 * people, "Marr beat Vey on points. The 40-year-old champion …", names no one so).
 */
function descriptionOwner(text: string, sentences: readonly Sentence[], near: PersonMention[], figure: Figure): PersonMention | undefined {
	if (!/year-old$/i.test(figure.text)) {
		return undefined;
	}
	const at = sentences.findIndex((sentence) => sentence.start <= figure.start && figure.end <= sentence.end);
	const [own, previous] = [sentences[at], sentences[at - 1]];
	if (at < 1 || !describedSubject.test(text.slice(own.start, figure.start))) {
		return undefined;
	}
	const named = near.filter(({ mention }) => mention.start >= previous.start && mention.end <= previous.end);
	const inOwn = near.some(({ mention }) => mention.start >= own.start && mention.end <= own.end);
	return !inOwn && named.length > 0 && named.every(({ entity }) => entity === named[0].entity) ? named[named.length - 1] : undefined;
}

/** Whether a name starts its sentence: first in its paragraph, or after a full stop. */
function opensSentence(text: string, start: number): boolean {
	return /(?:^|\n|[.!?]["”’]?\s)\s*$/.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * Between "51-year-old" and the name only titles may stand: "51-year-old Capt. Ola Brenn",
 * "the 51-year-old senior trooper Ola Brenn"; never another noun ("an 18-year-old daughter, …").
 */
function onlyTitlesBetween(gap: string): boolean {
	const words = beforeNameGap.exec(gap)?.[1].trim().split(/\s+/).filter(Boolean);
	return words !== undefined && words.every((word) => titleWords.has(word.toLowerCase().replace(/\.$/, '')) || titleModifiers.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}{0,4}\.$/u.test(word));
}

/** "33" set off by commas or after "was"/"aged"/"died at", or "33-year-old": an age, not a span of years ("for 33 years"). */
function isAge(text: string, figure: Figure): boolean {
	if (/-year-old$/i.test(figure.text)) {
		return true;
	}
	const before = text.slice(Math.max(0, figure.start - 24), figure.start);
	return /^\d{1,3}$/.test(figure.text) && (/,\s*(?:aged\s+)?$/.test(before) || ageVerbAtEnd.test(before));
}
