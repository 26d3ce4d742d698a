import { figureRules } from './rules/figures';
import type { Token } from './tokens';

/**
 * Which way a figure of change goes: a rise ("up 12 percent", "rose 3%", "a 12% increase") or a
 * fall ("down 12 percent", "fell 3%", "a 30% decline"). A rise and a fall are two quantities,
 * whatever else their sentences share: "ferry traffic through the port showed a 22 percent decline"
 * / "cargo traffic through the port was up 26 percent" tell two trades. A level reached ("fell to
 * 30 percent") or left ("up from 20%") has no direction of its own: it is the value, and two
 * outlets may well disagree about it.
 */
export type FigureDirection = 'up' | 'down';

/**
 * Reads the direction of a figure from the words of its clause: a word of change among the
 * `figureRules.roleWindow` words before it (skipping bounds: "up more than 40 percent") or a noun
 * of change right after it ("a 30% decline").
 *
 * @param tokens The passage's words.
 * @param first The index of the figure's first word.
 * @param last The index of its last word.
 * @returns The direction, or undefined when the figure states no change.
 */
export function directionOf(tokens: Token[], first: number, last: number): FigureDirection | undefined {
	const previous = tokens[first - 1]?.norm;
	if (previous === 'to' || previous === 'from') {
		return undefined;
	}
	const { rises, falls } = figureRules.direction;
	const after = tokens[last + 1]?.norm ?? '';
	if (rises.has(after) || falls.has(after)) {
		return rises.has(after) ? 'up' : 'down';
	}
	for (let i = first - 1; i >= Math.max(0, first - figureRules.roleWindow); i--) {
		const word = tokens[i].norm;
		if (rises.has(word) || falls.has(word)) {
			return rises.has(word) ? 'up' : 'down';
		}
	}
	return undefined;
}
