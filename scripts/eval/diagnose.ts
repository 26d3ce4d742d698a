import type { Span } from '../../src/core/types';
import { covers, type Plant } from './plant';
import type { ComparedCluster } from './pipeline';
import type { Detection } from './score';

/**
 * Says in one line where a planted change was lost, walking the pipeline in order: was the new
 * text read (as a figure, a quote, a name), did its sentence still align with the witness
 * outlet's, was it reported but below the default severity or as another kind. That points at
 * the rule to look at.
 *
 * @param plant The change that a reader would not see listed.
 * @param spans Where its new text stands.
 * @param planted The planted copy, analysed and compared.
 * @param detection What did cover the new text.
 * @returns The diagnosis.
 */
export function diagnoseMiss(plant: Plant, spans: Span[], planted: ComparedCluster, detection: Detection): string {
	if (detection.hit) {
		return `found only at low severity: ${detection.hit.summary}`;
	}
	const elsewhere = detection.otherKinds.length > 0 ? ` [reported as ${[...new Set(detection.otherKinds.map((other) => `${other.kind} (${other.severity})`))].join(', ')} instead]` : '';
	return (readAs(plant, spans, planted) ?? alignment(plant, spans, planted) ?? 'aligned with the witness, yet no discrepancy rule reports it') + elsewhere;
}

/** Why the new text was not read as what was planted, or nothing when it was. */
function readAs(plant: Plant, spans: Span[], planted: ComparedCluster): string | undefined {
	const analysis = planted.corpus.articles.find(({ parsed }) => parsed.article.id === plant.article)!;
	const hit = (list: Span[]) => list.some((item) => spans.some((span) => covers(item, span)));
	// A weekday is no figure: the weekday finder reads it from the passage's words (`weekdays.ts`).
	if ((plant.kind === 'figure' || (plant.kind === 'date' && plant.variant !== 'weekday')) && !hit(analysis.figures)) {
		return 'figures: the changed number or date is not read as a figure';
	}
	if (plant.kind === 'quote' && !hit(analysis.quotes)) {
		return 'quotes: the reworded words are not read as a quote';
	}
	if ((plant.kind === 'respelling' || plant.kind === 'replacement') && !hit(analysis.mentions)) {
		return 'entities: the changed name is not read as a name';
	}
	return undefined;
}

/**
 * Why the changed sentence does not stand beside the witness's, or nothing when it does: in one
 * claim with the witness's own passage. Another sentence of the witness's article in the claim is
 * not enough: "Ivo Brisk was driving a 2030 pickup, police said" is not met by a claim of "“I was
 * pulled over by a trooper,” Brisk said" that the same article also holds.
 */
function alignment(plant: Plant, spans: Span[], planted: ComparedCluster): string | undefined {
	const { aligner, claimOf } = planted.comparison;
	const units = aligner
		.unitIds(plant.article)
		.map((id) => aligner.unit(id)!)
		.filter((unit) => spans.some((span) => covers(unit, span)));
	const claims = units.map((unit) => claimOf(unit)).filter((claim) => claim && claim.members.length > 1);
	if (claims.length === 0) {
		return 'aligner: the changed passage aligns with no other outlet';
	}
	const witnessed = (member: Span & { article: string }) => member.article === plant.witness && member.start < plant.witnessSpan.end && plant.witnessSpan.start < member.end;
	return claims.some((claim) => claim!.members.some(witnessed)) ? undefined : `aligner: the changed passage aligns, but not with the passage of ${plant.witness} that carries its claim`;
}
