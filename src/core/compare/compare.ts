import type { CorpusAnalysis, Entity, InputWarning } from '../types';
import { Aligner, type ClaimMember } from './aligner';
import { signatureOf } from './articleSignatures';
import { assembleComparison, type Comparison } from './assembleComparison';
import { ByUnit } from './byUnit';
import { type CompareContext, quotesOverlapping } from './context';
import { findAgeDiscrepancies } from './discrepancies/ages';
import { findRecordDiscrepancies } from './discrepancies/records';
import { findLedeDays } from './discrepancies/ledeDays';
import { findHeadlineCounts } from './discrepancies/headlineCounts';
import { findAttributionDiscrepancies, speakerIdentity } from './discrepancies/attributions';
import { findEntityDiscrepancies } from './discrepancies/entities';
import { findFigureDiscrepancies } from './discrepancies/figures';
import { forgetFigurePairs } from './discrepancies/figurePairs';
import { findOmissions } from './discrepancies/omissions';
import { findQuoteDiscrepancies } from './discrepancies/quotes';
import { capUnits } from './unitCap';
import { resolveMentions } from './namedMentions';
import { buildUnits, entityKey, type Unit } from './units';
import { UnitsOfCopies } from './unitsOfCopies';
import { forgetFigureTopics } from './wording/figureWording';

/** What `compareCorpus` gives, defined with the step that assembles it. */
export type { Comparison } from './assembleComparison';

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
		...findHeadlineCounts(context),
		...findQuoteDiscrepancies(context),
		...findEntityDiscrepancies(context),
	];
	aligner.releaseNearMisses();
	const drafts = [...figures, ...throughEntities, ...findAttributionDiscrepancies(context), ...findOmissions(context)];
	return assembleComparison(context, drafts);
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
		quotesIn: (article, start, end) => quotesOverlapping(analyses.get(article)!.quotes, start, end),
		entity: (key) => entities.get(key),
		entityNamed: (name) => byForm.get(name.toLowerCase()),
		articleIds: corpus.articles.map(({ parsed }) => parsed.article.id),
	};
	// One speaker is quoted across the folder ("said Lenz" in 300 articles): each name resolved once per comparison.
	const speakerKeys = new Map<string, string>();
	const speakerKey = (name: string) => {
		let key = speakerKeys.get(name);
		if (key === undefined) {
			key = speakerIdentity(partial, name);
			speakerKeys.set(name, key);
		}
		return key;
	};

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
