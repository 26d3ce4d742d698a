import * as lexicalTypeModule from '../entities/lexicalType';
import * as wordSetsLexicon from '../text/lexicon/wordSets';
import * as placesModule from '../entities/places';
import * as spanIndexModule from '../spanIndex';
import * as englishWordsLexicon from '../text/lexicon/englishWords';
import type { TaggedToken } from '../text/tagger';
import type { ParsedArticle, Span, Speaker } from '../types';
import type { Antecedent, Named, Who } from './attributionTypes';
import * as peopleLexicon from '../text/lexicon/people';
import { ArticleWordFacts } from './articleWordFacts';
import * as nameKindsModule from './nameKinds';
import type { Gender, PersonMention } from './pronouns';
import * as pronounsModule from './pronouns';
import * as speechTokensModule from './speechTokens';
import { appositiveName } from './apposition';
import { rolePersonOf } from './roleReferent';
import { personOfRole } from './definiteRole';
import { organizationOf } from './organizationReferent';
import { possessedName, possessiveBefore } from './possessor';
import { describedPersonSubject, mayBeReferent } from './describedPerson';
import { isEverydayPair, mayBeSpeakerName } from './speakerName';

// NOTE: imports read once, as in `entities/tokens.ts`.
const { lexicalType } = lexicalTypeModule;
const { wordKey } = wordSetsLexicon;
const { isKnownPlace } = placesModule;
const { firstAtOrAfter, firstStartingAt } = spanIndexModule;
const { isEnglishWord } = englishWordsLexicon;
const { femaleWords, maleWords } = peopleLexicon;
const { isOrganization, isSingular, lastWord } = nameKindsModule;
const { genderOfFirstName, genderOfTitle, isEverydayPlural, mayNamePerson, personMentions, subjectPronoun } = pronounsModule;
const { wordsBefore } = speechTokensModule;

// The `\p{…}` patterns of the rules below, built once: under tsx (the tests, the bench) a literal
// with `\p{…}` inside a function is rebuilt at every call (see `entities/wordShapes.ts`).
/** A capital first ("Ortiz"). */
const capitalStartPattern = /^\p{Lu}/u;
/** A lower-case letter first. */
const lowerStartPattern = /^\p{Ll}/u;

/** What `People` reads of the article: its sentences, tagged on demand, and its quotes. */
export interface ArticleView {
	readonly parsed: ParsedArticle;
	readonly quotes: readonly Span[];
	taggedSentence(index: number): TaggedToken[];
	sentenceIndexAt(offset: number): number;
}

/** A place the lexicon or the gazetteer knows ("Puerto Rico", "Kent County"): never "he" or "she". */
function isPlace(name: string): boolean {
	return lexicalType(name.split(' ').map(wordKey)) === 'place' || isKnownPlace(name);
}

/** How many sentences a pronoun looks back at most. */
const maxLookBack = 40;

/** Index of the first antecedent that counts from `offset` or later (sorted by `at`). */
function firstAt(antecedents: Antecedent[], offset: number): number {
	return firstAtOrAfter(antecedents, offset, (antecedent) => antecedent.at);
}

/**
 * The people an article names, in the order it names them: who "he", "she" or "the senator" is
 * (by salience, number and gender), and whether a name can speak at all.
 */
export class People {
	/** Speakers named so far, sorted by where they count from. */
	private readonly antecedents: Antecedent[] = [];
	/** Genders learned from earlier pronouns ("“…,” she said" → Osterhout), by the last word of the name. */
	private readonly resolved = new Map<string, 'm' | 'f'>();
	/** Subject pronouns resolved on the way to another pronoun's person, by offset. */
	private readonly chains = new Map<number, Named | undefined>();
	/** What the whole article tells of a capitalised word, found on first need. */
	private readonly wordFacts: ArticleWordFacts;
	/** The people each sentence names, by the sentence's index (`namedIn`). */
	private readonly named = new Map<number, PersonMention[]>();

	constructor(
		private readonly text: string,
		private readonly article: ArticleView,
	) {
		this.wordFacts = new ArticleWordFacts(text);
	}

	/**
	 * A pronoun speaker takes the person named last before it: a speaker, or the subject of a
	 * sentence ("Varennikov was blunter. “…,” he said"), but no plural or thing ("jurors").
	 * NOTE: this looks past the paragraph before on purpose: in files with one sentence a
	 * paragraph, "she said" often comes five paragraphs after the name.
	 * A speaker carried over keeps the place where the name stands.
	 */
	resolve(found: Who): Speaker | undefined {
		if (found.via) {
			return { name: found.name, span: found.span, via: found.via };
		}
		// "the board's chair, Ada Brandt, said": the name in apposition is who speaks.
		const named = found.closed ? undefined : appositiveName(this.text, found);
		if (named && this.mayBeSpeaker(named.name) && !isPlace(named.name)) {
			this.remember(named, named.span.start);
			return { name: named.name, span: named.span, via: 'adjacent' };
		}
		// "Gov. Ada Vos … “…,” the governor said": the person named earlier with that title.
		const titled = personOfRole(this.text, found);
		if (titled) {
			this.remember(titled, found.span.start);
			return { name: titled.name, span: titled.span, via: 'pronoun' };
		}
		// "The Kent Board of Harbours met. “…,” the board said": the organisation named earlier with that head.
		const organization = found.pronoun === undefined ? organizationOf(this.text, found) : undefined;
		if (organization) {
			return { name: organization.name, span: organization.span, via: 'pronoun' };
		}
		if (found.pronoun === undefined) {
			// "“…,” his lawyers said", "her Twitter account posted": the description (its head in lower
			// case) is named with the person "his" or "her" stands for.
			const owned = lowerStartPattern.test(lastWord(found.name)) ? this.possessed(found) : undefined;
			if (owned) {
				return owned;
			}
			this.remember(found, found.span.start);
			return { name: found.name, span: found.span, via: 'adjacent' };
		}
		const pronoun = found.pronoun;
		if (found.role) {
			const person = this.antecedentOf(pronoun, genderOfTitle(lastWord(found.name)));
			const chosen = person ?? found;
			this.remember(chosen, pronoun);
			return { name: chosen.name, span: chosen.span, via: person ? 'pronoun' : 'adjacent' };
		}
		const gender = found.name.toLowerCase() === 'she' ? 'f' : 'm';
		const best = this.antecedentOf(pronoun, gender);
		if (!best) {
			return undefined;
		}
		this.resolved.set(lastWord(best.name), gender);
		this.remember(best, pronoun);
		return { name: best.name, span: best.span, via: 'pronoun' };
	}

	/** "his lawyers" as "Tom Brandt’s lawyers", when "his" or "her" stands right before the description and its person is found. */
	private possessed(found: Who): Speaker | undefined {
		const possessive = possessiveBefore(this.text, found.span.start);
		const person = possessive ? this.antecedentOf(possessive.at, possessive.gender) : undefined;
		if (!possessive || !person) {
			return undefined;
		}
		return { name: possessedName(person.name, found.name), span: { start: possessive.at, end: found.span.end }, via: 'pronoun' };
	}

	/**
	 * The person a pronoun stands for, by salience: sentences from the pronoun's back, in each the
	 * speakers already found there, then its subject, then the other people it names (a name that
	 * only modifies a noun last: "harbour adviser Paul Brandt"). The first of the pronoun's gender
	 * wins; one of unknown gender is kept and wins if two more sentences bring none of the right one.
	 * NOTE: this looks past the paragraph before on purpose: in files with one sentence a
	 * paragraph, "she said" often comes five paragraphs after the name.
	 */
	private antecedentOf(pronoun: number, gender: Gender | undefined): Named | undefined {
		const from = this.article.sentenceIndexAt(pronoun);
		let fallback: { named: Named; sentence: number } | undefined;
		for (let index = from; index >= 0 && index > from - maxLookBack; index--) {
			if (fallback && fallback.sentence - index > 2) {
				break;
			}
			const { speakers, mentions, subjects, described } = this.candidatesIn(index, pronoun);
			// "Brandt saw no harm … But he hinted that Quill was … “…,” he said": a sentence whose subject is
			// the same pronoun goes on about that pronoun's person, whoever else it names.
			const chained = speakers.length === 0 && gender !== undefined ? this.chainedAntecedent(index, pronoun, gender) : undefined;
			if (chained) {
				return chained;
			}
			// "The radio host then praised Ortiz. “…,” he said": the host goes on, not the name of the object.
			// In the pronoun's own sentence a later clause may have its own subject: "The senator rallied for
			// Eve Kray, who promised …, as she spoke".
			const others = described && index < from && mayBeReferent(described, gender) ? [] : mentions;
			for (const candidate of [...speakers, ...others]) {
				// "he" and "she" are people: "the Harbour Majority PAC", "the NAACP" or "Kent County" said it, not she.
				// Nor "Allies say …" (an everyday plural), unless the article uses the word as a surname.
				if (!isSingular(candidate.name) || isOrganization(candidate.name) || isPlace(candidate.name) || (isEverydayPlural(candidate.name) && !this.wordFacts.of(candidate.name).surname)) {
					continue;
				}
				const known = this.genderAt(candidate);
				if (known === gender || gender === undefined) {
					return candidate;
				}
				if (known === undefined && !fallback && speakers.includes(candidate)) {
					// "“…,” said Lu. “…,” he added": the speaker goes on, whatever the gender lists know.
					return candidate;
				}
				// "Brandt backed the route. “…,” he said. Okafor refused to choose. “…,” he said": the subject
				// of the pronoun's sentence or the one before goes on, even when only an earlier speaker's
				// gender is known.
				if (known === undefined && !fallback && from - index <= 1 && subjects.has(candidate)) {
					return candidate;
				}
				if (known === undefined && !fallback) {
					fallback = { named: candidate, sentence: index };
				}
			}
		}
		return fallback?.named;
	}

	/**
	 * The person of the subject pronoun of sentence `index` when it is "he" for a man or "she" for
	 * a woman and stands before `until`, resolved in turn (remembered: a chain of "he" is read once).
	 */
	private chainedAntecedent(index: number, until: number, gender: Gender): Named | undefined {
		const subject = subjectPronoun(this.article.taggedSentence(index));
		if (!subject || subject.start >= until || (subject.lower === 'she' ? 'f' : 'm') !== gender) {
			return undefined;
		}
		if (!this.chains.has(subject.start)) {
			this.chains.set(subject.start, undefined);
			this.chains.set(subject.start, this.antecedentOf(subject.start, gender));
		}
		return this.chains.get(subject.start);
	}

	/** The people of one sentence before `until`, most salient first: the speakers found there, then the names. */
	private candidatesIn(index: number, until: number): { speakers: Named[]; mentions: Named[]; subjects: Set<Named>; described?: string } {
		const sentence = this.article.parsed.sentences[index];
		const speakers: Named[] = [];
		for (let k = firstAt(this.antecedents, sentence.start); k < this.antecedents.length && this.antecedents[k].at < Math.min(until, sentence.end + 1); k++) {
			speakers.unshift(this.antecedents[k]);
		}
		const tokens = this.article.taggedSentence(index);
		const mentions = this.namedIn(index, tokens).filter((mention) => mention.span.end <= until);
		// "Admiral Ivo Marsh … The admiral nodded. “…,” he said": the role that is the subject stands for
		// the person named earlier with that title.
		const role = rolePersonOf(this.text, tokens, sentence.start);
		if (role.person && role.at < until) {
			mentions.unshift({ ...role.person, subject: true, modifier: false });
		}
		const ordered = [...mentions.filter((mention) => mention.subject), ...mentions.filter((mention) => !mention.subject && !mention.modifier), ...mentions.filter((mention) => mention.modifier)];
		// A person described, not named, as the subject ("The radio host praised Ortiz"), when no title tells who.
		const described = role.person ? undefined : describedPersonSubject(tokens);
		return { speakers, mentions: ordered, subjects: new Set(mentions.filter((mention) => mention.subject)), described: described && described.at < until ? described.head : undefined };
	}

	/**
	 * The people sentence `index` names (`personMentions`), read once however many pronouns look
	 * back at it: what a sentence names depends on the article alone, not on the pronoun.
	 */
	private namedIn(index: number, tokens: TaggedToken[]): PersonMention[] {
		let named = this.named.get(index);
		if (!named) {
			// A first name alone names a person too ("his wife, Marisol, runs …"), unless it is an everyday
			// word ("Time", "Nation"); a given name and an everyday word ("Ferry Strike") need the second alone elsewhere.
			const isPerson = (words: string[]) => mayNamePerson(words) && !isEverydayPair(words, this.wordFacts) && (words.length >= 2 || this.wordFacts.of(words[0]).surname || (genderOfFirstName(words[0]) !== undefined && !isEnglishWord(words[0].toLowerCase())));
			const inQuote = (at: number) => {
				const quote = this.article.quotes[firstStartingAt(this.article.quotes, at + 1) - 1];
				return quote !== undefined && at < quote.end;
			};
			named = personMentions(tokens, isPerson, inQuote);
			this.named.set(index, named);
		}
		return named;
	}

	/** A person's gender: stated by the text, learned from an earlier pronoun, or told by the first name. */
	private genderAt(candidate: Named): Gender | undefined {
		const words = candidate.name.split(' ');
		const before = wordsBefore(this.text, candidate.span.start, 1)[0];
		// A first name tells a gender only before a surname: alone, "Vos" or "Brandt" is a family name.
		// Before a gender learned for the surname: "“…,” she said" of Ada Brandt leaves Tom Brandt a man.
		const given = words.length > 1 ? genderOfFirstName(words[0]) : undefined;
		return (
			(before ? genderOfTitle(before) : undefined) ??
			this.statedGender(candidate) ??
			given ??
			this.resolved.get(lastWord(candidate.name)) ??
			(words.length > 1 ? undefined : this.genderOfSurname(words[0], candidate.span.start))
		);
	}

	/** The gender of a surname standing alone, from the last full name before it that ends in it ("Lena Ortiz … Ortiz"). */
	private genderOfSurname(surname: string, before: number): Gender | undefined {
		let found: Gender | undefined;
		for (let at = this.text.indexOf(surname); at >= 0 && at < before; at = this.text.indexOf(surname, at + surname.length)) {
			const previous = wordsBefore(this.text, at, 1)[0];
			const gender = previous && capitalStartPattern.test(previous) ? (genderOfTitle(previous) ?? genderOfFirstName(previous)) : undefined;
			found = gender ?? found;
		}
		return found;
	}

	/** A gender the text states: a title or role before the name ("Ms Ortiz"), or a reflexive after it. */
	private statedGender(antecedent: Named): 'm' | 'f' | undefined {
		const last = antecedent.name.slice(antecedent.name.lastIndexOf(' ') + 1);
		const role = last.toLowerCase();
		const byRole = maleWords.has(role) ? 'm' : femaleWords.has(role) ? 'f' : undefined;
		return byRole ?? (capitalStartPattern.test(last) ? this.wordFacts.of(last).gender : undefined);
	}

	/** Notes a speaker; the list stays sorted by where each one counts from. */
	private remember(found: Named, at: number): void {
		this.antecedents.splice(firstAt(this.antecedents, at + 1), 0, { name: found.name, span: found.span, at });
	}

	/** A name that can speak, by `speakerName.ts` ("Port Director Lena Voss", not "Tuesday"). */
	mayBeSpeaker(name: string): boolean {
		return mayBeSpeakerName(name, this.wordFacts);
	}
}
