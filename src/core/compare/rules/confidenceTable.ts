// Written by `npm run calibrate -- --write`: do not edit by hand.
// Fitted on 179 hand-labelled discrepancies (65 real) of the dev clusters and the seed articles.

import type { DiscrepancyKind, Severity } from '../../types';

/** The share of discrepancies of each kind and severity that a reader labelled real, smoothed (`confidence.ts`). */
export const confidenceTable: Record<`${DiscrepancyKind} ${Severity}`, number> = {
	'figure high': 0.84, // 7 read (standing for 7), 86% real
	'quote high': 0.94, // 2 read (standing for 2), 100% real
	'entity high': 0.96, // 1 read (standing for 1), 100% real
	'attribution high': 0.83, // none read: the severity's share
	'omission high': 0.83, // none read: the severity's share
	'figure medium': 0.75, // 7 read (standing for 7), 71% real
	'quote medium': 0.94, // 6 read (standing for 6), 100% real
	'entity medium': 0.96, // 11 read (standing for 11), 100% real
	'attribution medium': 0.83, // none read: the severity's share
	'omission medium': 0.83, // none read: the severity's share
	'figure low': 0.10, // 34 read (standing for 34), 9% real
	'quote low': 0.42, // 11 read (standing for 11), 45% real
	'entity low': 0.01, // 45 read (standing for 549), 0% real
	'attribution low': 0.25, // none read: the severity's share
	'omission low': 0.41, // 55 read (standing for 806), 42% real
};
