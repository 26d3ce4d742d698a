import type { Token } from './tokens';

/** "31%", "31 percent", "31 per cent", "31 pct", "31pc" (as British papers write it), "2 percentage points" (unit `pp`). */
export function readPercentWord(tokens: Token[], i: number): { last: number; unit: string } | undefined {
	const token = tokens[i];
	if (!token) {
		return undefined;
	}
	if (token.text === '%' || token.lower === 'percent' || token.lower === 'pct' || token.lower === 'pc') {
		return { last: i, unit: '%' };
	}
	if (
		token.lower === 'per' &&
		(tokens[i + 1]?.lower === 'cent' || (tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'cent'))
	) {
		return { last: tokens[i + 1].lower === 'cent' ? i + 1 : i + 2, unit: '%' };
	}
	if (token.lower === 'percentage' && /^points?$/.test(tokens[i + 1]?.lower ?? '')) {
		return { last: i + 1, unit: 'pp' };
	}
	return undefined;
}
