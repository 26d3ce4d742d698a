import type { DiscrepancyKind, Severity } from '../../types';
import { confidenceTable } from './confidenceTable';

/**
 * What `confidence` means, for every kind alike: the estimated chance that a reader agrees the
 * discrepancy is a real disagreement. It is the share of discrepancies of the same kind and
 * severity that were labelled real by reading them in real reporting, smoothed where few were
 * read (`npm run calibrate -- --write` fits `confidenceTable.ts`, every kind and severity). A
 * listed one's share is read on the held-out clusters (the ECB+ held-out topics and the
 * held-out stories), as a reader's own folder is: on the dev clusters the rules were shaped on,
 * listed names were real 11 times of 11, on the held-out topics 11 of 21. A low one's is read on
 * a sample of the dev clusters' low ones. A swapped name at low severity, nearly always two
 * people in two loosely alike sentences, says 1%; a swapped name listed, 47%.
 *
 * The finders' own measures of closeness (`DiscrepancyDraft.strength`) order discrepancies
 * within a severity; on the labels they told real from noise worse than the kind and severity
 * alone (Brier score on the held-out clusters, fitted on the others: 0.415 against 0.144).
 *
 * @param kind The discrepancy's kind.
 * @param severity Its severity.
 * @returns The estimated chance, 0–1.
 */
export function confidenceOf(kind: DiscrepancyKind, severity: Severity): number {
	return confidenceTable[`${kind} ${severity}`];
}
