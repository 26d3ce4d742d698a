import type { ArticleAnalysis, CorpusAnalysis, Discrepancy, Entity, InputWarning } from '../types';
import { Aligner, type Claim, type ClaimMember } from './aligner';
import type { CompareContext, DiscrepancyDraft } from './context';
import { findAgeDiscrepancies } from './discrepancies/ages';
import { findRecordDiscrepancies } from './discrepancies/records';
import { findLedeDays } from './discrepancies/ledeDays';
import { findAttributionDiscrepancies, speakerIdentity } from './discrepancies/attributions';
import { findEntityDiscrepancies } from './discrepancies/entities';
import { findFigureDiscrepancies } from './discrepancies/figures';
import { forgetFigurePairs } from './discrepancies/figurePairs';
import { findOmissions } from './discrepancies/omissions';
import { findQuoteDiscrepancies } from './discrepancies/quotes';
import { finalize, hash, type Made } from './finalize';
import { buildUnits, entityKey, type ResolvedMention, resolveMentions, type Unit } from './units';
import { UnitsOfCopies } from './unitsOfCopies';
import { forgetFigureTopics } from './wording/figureWording';

/** The cross-outlet comparison of a folder. */
export interface Comparison {
	/** Aligned claims (a claim of one member is reported by one outlet only). */
	claims: Claim[];
	/** Disagreements, highest rank first. */
	discrepancies: Discrepancy[];
	/** The aligner, for looking up the passages aligned with a position. */
	aligner: Aligner;
	/** The unit behind a claim member. */
	unitOf(member: ClaimMember): Unit;
	/** The claim a unit belongs to. */
	claimOf(unit: Pick<Unit, 'article' | 'kind' | 'index'>): Claim | undefined;
	/** The discrepancies that mention an article. */
	discrepanciesOf(article: string): Discrepancy[];
}

/**
 * Aligns every sentence and quote of every article with the passages of the other articles that
 * report the same claim, and finds where the outlets disagree.
 *
 * @param corpus The folder's analysis.
 * @param aligner An aligner to reuse (the editor keeps one and replaces articles as they change).
 * @returns Claims and ranked discrepancies.
 */
export function compareCorpus(corpus: CorpusAnalysis, aligner = new Aligner()): Comparison {
	const context = alignCorpus(corpus, aligner);
	const figures = findFigureDiscrepancies(context);
	// What only the figure finder reads goes as soon as it is done, and the near misses once their
	// last reader (the entity finder) is: at 2,000 generated articles the figures' answers held
	// 45 MB and the near misses 60 MB through the finders after them.
	forgetFigurePairs();
	forgetFigureTopics();
	const throughEntities = [
		...findAgeDiscrepancies(context),
		...findRecordDiscrepancies(context),
		...findLedeDays(context),
		...findQuoteDiscrepancies(context),
		...findEntityDiscrepancies(context),
	];
	aligner.releaseNearMisses();
	const drafts = [...figures, ...throughEntities, ...findAttributionDiscrepancies(context), ...findOmissions(context)];
	return assembleComparison(context, drafts);
}

/** The hash of each article's text, by the article object: an edit hashes one text, not the folder's. */
const textHashes = new WeakMap<{ text: string }, string>();

function textHash(article: { text: string }): string {
	let value = textHashes.get(article);
	if (value === undefined) {
		value = hash(article.text);
		textHashes.set(article, value);
	}
	return value;
}

/** What an article's signature was made of (`signatureOf`), per aligner and article. */
interface SignedInputs {
	article: { text: string };
	names: readonly ResolvedMention[];
	speakers: string;
	signature: string;
}

const signedInputs = new WeakMap<Aligner, Map<string, SignedInputs>>();

/**
 * An article's signature for an aligner (its text's hash, its names' places and identities, its
 * speakers' identities): the string made last for the same inputs, the same object, or a new one.
 * An edit leaves every other article's inputs as they were, so a comparison of 1,000 articles
 * builds and compares one string, not a thousand strings of a few hundred names each.
 */
function signatureOf(aligner: Aligner, article: ArticleAnalysis['parsed']['article'], names: readonly ResolvedMention[], speakers: string): string {
	let byArticle = signedInputs.get(aligner);
	if (!byArticle) {
		byArticle = new Map();
		signedInputs.set(aligner, byArticle);
	}
	const known = byArticle.get(article.id);
	if (known !== undefined && known.article === article && known.speakers === speakers && sameNames(known.names, names)) {
		return known.signature;
	}
	const signature = `${textHash(article)}|${names.map((name) => `${name.start}:${name.key}`).join(',')}|${speakers}`;
	byArticle.set(article.id, { article, names, speakers, signature });
	return signature;
}

/** Whether two lists of resolved names hold the same places and identities, in order. */
function sameNames(a: readonly ResolvedMention[], b: readonly ResolvedMention[]): boolean {
	if (a.length !== b.length) {
		return false;
	}
	for (let i = 0; i < a.length; i++) {
		if (a[i].start !== b[i].start || a[i].key !== b[i].key) {
			return false;
		}
	}
	return true;
}

/** Per aligner, the warning of each article whose passages were capped, said again while the article is unchanged. */
const capWarnings = new WeakMap<Aligner, Map<string, InputWarning>>();

/**
 * Brings an aligner up to date with a folder and gives what the finders read. Only articles whose
 * text, names or speakers changed since the aligner last saw them are aligned again: editing one
 * article costs that article's passages (and those whose matches it can change), not the folder's.
 *
 * @param corpus The folder's analysis.
 * @param aligner The aligner to bring up to date.
 * @returns The finders' context.
 */
export function alignCorpus(corpus: CorpusAnalysis, aligner: Aligner): CompareContext {
	const mentions = resolveMentions(corpus.entities);
	const entities = new Map(corpus.entities.map((entity) => [entityKey(entity), entity]));
	const byForm = new Map<string, Entity>();
	for (const entity of corpus.entities) {
		for (const form of entity.forms) {
			if (!byForm.has(form.toLowerCase())) {
				byForm.set(form.toLowerCase(), entity);
			}
		}
	}
	const texts = new Map(corpus.articles.map(({ parsed }) => [parsed.article.id, parsed.article.text]));
	const analyses = new Map(corpus.articles.map((analysis) => [analysis.parsed.article.id, analysis]));
	const outlets = outletLabels(corpus);
	const partial: Omit<CompareContext, 'claims' | 'unitOf'> = {
		corpus,
		aligner,
		outlet: (article) => outlets.get(article) ?? article,
		textOf: (article) => texts.get(article) ?? '',
		analysisOf: (article) => analyses.get(article)!,
		entity: (key) => entities.get(key),
		entityNamed: (name) => byForm.get(name.toLowerCase()),
		articleIds: corpus.articles.map(({ parsed }) => parsed.article.id),
	};
	const speakerKey = (name: string) => speakerIdentity(partial, name);

	const present = new Set(partial.articleIds);
	for (const article of aligner.articles()) {
		if (!present.has(article)) {
			aligner.removeArticle(article);
		}
	}
	aligner.setOrder(partial.articleIds);
	let warnings = capWarnings.get(aligner);
	if (!warnings) {
		warnings = new Map();
		capWarnings.set(aligner, warnings);
	}
	const changed: { article: string; signature: string; units: Unit[] }[] = [];
	const copies = new UnitsOfCopies();
	for (const analysis of corpus.articles) {
		const article = analysis.parsed.article.id;
		const names = mentions.get(article) ?? [];
		// A speaker's identity comes from the folder's names: "said Brenn" joins another identity once grouped otherwise.
		const speakers = analysis.quotes.map((quote) => (quote.speaker ? speakerKey(quote.speaker.name) : '')).join(',');
		const signature = signatureOf(aligner, analysis.parsed.article, names, speakers);
		if (aligner.signatureOf(article) !== signature) {
			const capped: InputWarning[] = [];
			const units = copies.units(analysis, names, speakers, () => buildUnits(analysis, names, speakerKey));
			changed.push({ article, signature, units: capUnits(analysis, units, capped) });
			if (capped.length > 0) {
				warnings.set(article, capped[0]);
			} else {
				warnings.delete(article);
			}
		}
	}
	for (const article of partial.articleIds) {
		const warning = warnings.get(article);
		if (warning) {
			corpus.warnings.push(warning);
		}
	}
	aligner.addArticles(changed);
	const claims = aligner.claims();
	const unitIndex = new ByUnit<Unit>();
	for (const article of partial.articleIds) {
		for (const id of aligner.unitIds(article)) {
			const unit = aligner.unit(id)!;
			unitIndex.set(unit, unit);
		}
	}
	return { ...partial, claims, unitOf: (member: ClaimMember) => unitIndex.get(member)! };
}

/**
 * Ranks the finders' drafts and indexes the result.
 *
 * @param context What the finders read.
 * @param drafts Every finder's drafts, in the finders' order.
 * @returns The comparison.
 */
export function assembleComparison(context: CompareContext, drafts: DiscrepancyDraft[]): Comparison {
	const { claims, aligner, unitOf } = context;
	// Outlets that do not carry the claim at all are named as missing: "not reported by …". Read
	// from the claim's members when first asked, one list per claim: in a folder of 10,000 articles
	// a claim misses most of them, and a list per discrepancy would cost gigabytes.
	const claimById = new Map(claims.map((claim) => [claim.id, claim]));
	const articleIds = sameArticles(context.articleIds);
	// A discrepancy made by an earlier comparison of the same draft, id and claim (`finalize`) serves while what was added to it
	// holds: its missing outlets read from the same claim object among the same articles, or none read as none are now.
	const serves = ({ discrepancy, note }: Made) => {
		const claim = discrepancy.claim ? claimById.get(discrepancy.claim) : undefined;
		const read = note as MissingRead | undefined;
		return read === undefined ? claim === undefined || discrepancy.missing.length > 0 : read.claim === claim && read.articleIds === articleIds;
	};
	// The records are read in this call alone: the array is written over by the next.
	const made = reused.get(context.aligner) ?? reused.set(context.aligner, []).get(context.aligner)!;
	const discrepancies = finalize(drafts, { serves, made });
	for (let i = 0; i < discrepancies.length; i++) {
		const record = made[i];
		if (record.again) {
			continue;
		}
		const discrepancy = discrepancies[i];
		const claim = discrepancy.claim ? claimById.get(discrepancy.claim) : undefined;
		if (claim && discrepancy.missing.length === 0) {
			readOnDemand(discrepancy, 'missing', () => missingFrom(claim, articleIds));
			record.note = { claim, articleIds } satisfies MissingRead;
		}
	}
	// The look-ups are built when first asked: the editor compares again at each edit, and a hover asks later, once.
	let claimIndex: ByUnit<Claim> | undefined;
	let byArticle: Map<string, Discrepancy[]> | undefined;
	return {
		claims,
		discrepancies,
		aligner,
		unitOf,
		claimOf: (unit) => (claimIndex ??= claimsByUnit(claims)).get(unit),
		discrepanciesOf: (article) => (byArticle ??= discrepanciesByArticle(discrepancies)).get(article) ?? [],
	};
}

/** Where a discrepancy's missing outlets are read from (`assembleComparison`): the claim and the folder's articles, noted in its record (`Made.note`). */
interface MissingRead {
	claim: Claim;
	articleIds: readonly string[];
}

/** Per aligner, an array `finalize` writes its records into (`Reuse.made`), made once. */
const reused = new WeakMap<Aligner, Made[]>();

/** The last comparison's list of articles, given again for a list of the same articles (one comparison after another tells them apart by object). */
let lastArticleIds: readonly string[] = [];

function sameArticles(articleIds: readonly string[]): readonly string[] {
	if (articleIds.length !== lastArticleIds.length || articleIds.some((article, i) => article !== lastArticleIds[i])) {
		lastArticleIds = articleIds;
	}
	return lastArticleIds;
}

/** Per claim object, its missing outlets among a list of articles: made when first asked, shared by its discrepancies and by the next comparisons that keep the claim. */
const missingLists = new WeakMap<Claim, { articleIds: readonly string[]; missing: string[] }>();

function missingFrom(claim: Claim, articleIds: readonly string[]): string[] {
	let known = missingLists.get(claim);
	if (known?.articleIds !== articleIds) {
		known = { articleIds, missing: outletsMissing(claim, articleIds) };
		missingLists.set(claim, known);
	}
	return known.missing;
}

/** Each claim by its members. */
function claimsByUnit(claims: readonly Claim[]): ByUnit<Claim> {
	const index = new ByUnit<Claim>();
	for (const claim of claims) {
		for (const member of claim.members) {
			index.set(member, claim);
		}
	}
	return index;
}

/** The discrepancies that mention each article. */
function discrepanciesByArticle(discrepancies: readonly Discrepancy[]): Map<string, Discrepancy[]> {
	const byArticle = new Map<string, Discrepancy[]>();
	for (const discrepancy of discrepancies) {
		for (const article of new Set(discrepancy.mentions.map((mention) => mention.article))) {
			const list = byArticle.get(article) ?? [];
			list.push(discrepancy);
			byArticle.set(article, list);
		}
	}
	return byArticle;
}

/** The articles that have no passage in a claim, in folder order. */
function outletsMissing(claim: Claim, articleIds: readonly string[]): string[] {
	const reporting = new Set(claim.members.map((member) => member.article));
	return articleIds.filter((article) => !reporting.has(article));
}

/** Makes a property computed when first read (and then kept), and still a plain enumerable value to a copy or a structured clone. */
function readOnDemand<T, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
	let value: T[K] | undefined;
	Object.defineProperty(target, key, {
		enumerable: true,
		configurable: true,
		get: () => (value ??= compute()),
		set: (next: T[K]) => {
			value = next;
		},
	});
}

/**
 * The most passages of one article compared with the other outlets. A long news article has a few
 * hundred; a 10 MB book about 150,000, compared up to the cap, while 16 MB of two-letter
 * paragraphs (3 million) would hold more memory than Node has, and end the whole comparison.
 */
const maxUnitsPerArticle = 100_000;

/** An article's units up to the cap, in text order, with a warning that says where comparing stopped. */
function capUnits(analysis: ArticleAnalysis, units: Unit[], warnings: InputWarning[]): Unit[] {
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

/**
 * Values by unit (article, kind, index), without a string key built per look-up: the finders look
 * up the units of every claim member, millions of times in a folder of thousands of articles.
 */
class ByUnit<T> {
	private readonly table = new Map<string, Record<Unit['kind'], T[]>>();

	set(unit: Pick<Unit, 'article' | 'kind' | 'index'>, value: T): void {
		let kinds = this.table.get(unit.article);
		if (!kinds) {
			kinds = { sentence: [], headline: [], quote: [] };
			this.table.set(unit.article, kinds);
		}
		kinds[unit.kind][unit.index] = value;
	}

	get(unit: Pick<Unit, 'article' | 'kind' | 'index'>): T | undefined {
		return this.table.get(unit.article)?.[unit.kind][unit.index];
	}
}

/** Outlet names for summaries; two articles of one outlet get their ids added. */
function outletLabels(corpus: CorpusAnalysis): Map<string, string> {
	const counts = new Map<string, number>();
	for (const { parsed } of corpus.articles) {
		counts.set(parsed.article.meta.outlet, (counts.get(parsed.article.meta.outlet) ?? 0) + 1);
	}
	return new Map(
		corpus.articles.map(({ parsed: { article } }) => [article.id, (counts.get(article.meta.outlet) ?? 0) > 1 ? `${article.meta.outlet} [${article.id}]` : article.meta.outlet]),
	);
}
