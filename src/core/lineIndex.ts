import type { Position } from './types';

/**
 * Maps UTF-16 offsets to 0-based line/character positions and back, the way VS Code counts them:
 * `\r\n`, `\n` and a lone `\r` each end a line, and the line end is not part of the line.
 */
export class LineIndex {
	/** Offset at which each line starts. */
	private readonly lineStarts: number[];

	constructor(private readonly text: string) {
		const starts = [0];
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			if (code === 13 /* \r */) {
				if (text.charCodeAt(i + 1) === 10) {
					i++;
				}
				starts.push(i + 1);
			} else if (code === 10 /* \n */) {
				starts.push(i + 1);
			}
		}
		this.lineStarts = starts;
	}

	/** Number of lines (an empty text has one). */
	get lineCount(): number {
		return this.lineStarts.length;
	}

	/** Position of an offset (clamped into the text). */
	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (this.lineStarts[middle] <= clamped) {
				low = middle;
			} else {
				high = middle - 1;
			}
		}
		return { line: low, character: clamped - this.lineStarts[low] };
	}

	/** Offset of a position (clamped into its line). */
	offsetAt(position: Position): number {
		if (position.line < 0) {
			return 0;
		}
		if (position.line >= this.lineStarts.length) {
			return this.text.length;
		}
		const start = this.lineStarts[position.line];
		const end = this.lineEnd(position.line);
		return Math.max(start, Math.min(start + position.character, end));
	}

	/** Offset just before the line end of `line`. */
	lineEnd(line: number): number {
		const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
		let end = next;
		if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 10) {
			end--;
		}
		if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) {
			end--;
		}
		return end;
	}

	/** Offset at which `line` starts. */
	lineStart(line: number): number {
		return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
	}
}
