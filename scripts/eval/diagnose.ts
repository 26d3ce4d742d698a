import type { Claim } from '../../src/core/compare/aligner';
import type { Unit, UnitKind } from '../../src/core/compare/units';
import { diffWords } from '../../src/core/compare/wordDiff';
import type { Span } from '../../src/core/types';
import { covers, type Plant } from './plant';
import type { ComparedCluster } from './pipeline';
import type { Detection } from './score';

/**
 * Says in one line where a planted change was lost, walking the pipeline in order: was the new
 * text read (figure, quote, name), did its passage still align with the witness outlet's, and if
 * so, which discrepancy rule let it pass. That points at the rule to tune.
 *
 * @param plant The change that was not found.
 * @param spans Where its new text stands.
 * @param planted The planted copy, analysed and compared.
 * @param original The untouched cluster, for what the changed text said before.
 * @param detection What did cover the new text.
 * @returns The diagnosis.
 */
export function diagnoseMiss(plant: Plant, spans: Span[], planted: ComparedCluster, original: ComparedCluster, detection: Detection): string {
	const elsewhere = detection.otherKinds.length > 0 ? ` [reported as ${detection.otherKinds.map((other) => other.kind).join(', ')} instead]` : '';
	return diagnoses[plant.kind]({ plant, spans, planted, original }) + elsewhere;
}

/** What a diagnosis reads. */
interface Miss {
	plant: Plant;
	spans: Span[];
	planted: ComparedCluster;
	original: ComparedCluster;
}

type Diagnosis = (miss: Miss) => string;

const diagnoses: Record<Plant['kind'], Diagnosis> = {
	figure: (miss) => {
		const { plant, spans, planted, original } = miss;
		const figure = analysisOf(planted, plant.article).figures.find((candidate) => spans.some((span) => covers(candidate, span)));
		if (!figure) {
			return 'figures.ts: the changed figure is not read as a figure';
		}
		const before = analysisOf(original, plant.article).figures.find((candidate) => covers(candidate, plant.edits[0]))!;
		const holds = (unit: Unit) => unit.figures.some((other) => other.kind === before.kind && other.unit === before.unit && other.value === before.value);
		return alignment(miss, 'sentence', holds) ?? `discrepancies/figures.ts: aligned with ${plant.witness}, ${figure.text} read as ${figure.kind}:${figure.unit}, yet no figure discrepancy`;
	},
	quote: (miss) => {
		const { plant, spans, planted } = miss;
		const quote = analysisOf(planted, plant.article).quotes.find((candidate) => spans.some((span) => covers(candidate, span)));
		if (!quote || !quote.direct || quote.kind !== 'speech') {
			return `quotes.ts: the reworded quote is ${quote ? `read as ${quote.direct ? quote.kind : 'reported speech'}` : 'not found'}`;
		}
		const unaligned = alignment(miss, 'quote');
		if (unaligned) {
			return unaligned;
		}
		const { changes, overlap } = diffWords(unitAt(planted, plant.article, spans, 'quote')!.tokens, witnessUnit(miss, 'quote')!.tokens);
		return `discrepancies/quotes.ts: aligned with ${plant.witness}, word diff overlap ${overlap.toFixed(2)}, changes ${[...new Set(changes.map((change) => change.kind))].join('/') || 'none'}, yet no quote discrepancy`;
	},
	respelling: ({ plant, spans, planted }) => {
		const entity = planted.corpus.entities.find((candidate) => candidate.mentions.some((mention) => mention.article === plant.article && spans.some((span) => covers(mention, span))));
		if (!entity) {
			return 'entities.ts: the respelled name is not read as a name';
		}
		if (!entity.mentions.some((mention) => mention.article !== plant.article)) {
			return `entityGrouping.ts: "${entity.name}" is not grouped with the other outlets' spelling`;
		}
		return `discrepancies/entities.ts: grouped as ${entity.name} (forms ${entity.forms.join(', ')}), yet no spelling discrepancy`;
	},
	replacement: (miss) => {
		const { plant, spans, planted, original } = miss;
		const mention = analysisOf(planted, plant.article).mentions.find((candidate) => spans.some((span) => covers(candidate, span)));
		if (!mention) {
			return 'entities.ts: the new name is not read as a name';
		}
		const replaced = original.texts.get(plant.article)!.slice(plant.edits[0].start, plant.edits[0].end).split(' ').pop()!;
		const holds = (unit: Unit) => planted.texts.get(unit.article)!.slice(unit.start, unit.end).includes(replaced);
		return alignment(miss, 'sentence', holds) ?? `discrepancies/entities.ts: aligned with ${plant.witness}, "${mention.text}" read as ${mention.type}, yet no substitution found`;
	},
};

/**
 * Why the changed passage does not stand beside the witness's passage that carries the claim
 * (for figures and names: that still holds the original value or name), or nothing when it does.
 */
function alignment(miss: Miss, kind: UnitKind, holds: (unit: Unit) => boolean = () => true): string | undefined {
	const unit = unitAt(miss.planted, miss.plant.article, miss.spans, kind);
	const claim = unit && miss.planted.comparison.claimOf(unit);
	if (!claim || claim.members.length < 2) {
		return `aligner.ts: the changed ${kind} no longer aligns with any other outlet's`;
	}
	if (!claimHas(claim, miss.plant.witness)) {
		return `aligner.ts: the changed ${kind} aligns, but no longer with ${miss.plant.witness}`;
	}
	return holds(witnessUnit(miss, kind)!) ? undefined : `aligner.ts: the changed ${kind} aligns with another passage of ${miss.plant.witness}, not the one that carries the claim`;
}

function witnessUnit(miss: Miss, kind: UnitKind): Unit | undefined {
	const claim = miss.planted.comparison.claimOf(unitAt(miss.planted, miss.plant.article, miss.spans, kind)!);
	const member = claim?.members.find((candidate) => candidate.article === miss.plant.witness);
	return member && miss.planted.comparison.unitOf(member);
}

/** The unit of a kind of an article that holds the new text. */
function unitAt(planted: ComparedCluster, article: string, spans: Span[], kind: UnitKind): Unit | undefined {
	const { aligner } = planted.comparison;
	return aligner
		.unitIds(article)
		.map((id) => aligner.unit(id)!)
		.find((unit) => unit.kind === kind && spans.some((span) => covers(unit, span)));
}

function claimHas(claim: Claim, article: string): boolean {
	return claim.members.some((member) => member.article === article);
}

function analysisOf(planted: ComparedCluster, article: string) {
	return planted.corpus.articles.find(({ parsed }) => parsed.article.id === article)!;
}
