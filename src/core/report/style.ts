/** Terminal styling: ANSI colours when writing to a terminal, plain text otherwise. */
export interface Style {
	bold(text: string): string;
	dim(text: string): string;
	accent(text: string): string;
	warn(text: string): string;
	alert(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/** ANSI escapes (bold, dim, cyan, yellow, red). */
export const colourStyle: Style = { bold: wrap(1, 22), dim: wrap(2, 22), accent: wrap(36, 39), warn: wrap(33, 39), alert: wrap(31, 39) };

/** No escapes at all, for files, pipes and `NO_COLOR`. */
export const plainStyle: Style = { bold: String, dim: String, accent: String, warn: String, alert: String };
