import type { Verdict } from '../core/compare/lookup';

/**
 * A verdict in words, as the hover card and the outlet picker show it.
 *
 * @returns `agrees`, `differs: 26 percent vs 27%` or `not reported`.
 */
export function verdictPhrase(verdict: Verdict): string {
	return verdict.kind === 'differs' ? `differs: ${verdict.detail}` : verdict.kind === 'agrees' ? 'agrees' : 'not reported';
}
