import type { ReportFilter } from '../core/report/model';
import { sanitizeFilter } from '../presentation/discrepancyFilter';
import type { HighlightOptions } from '../presentation/semanticTokens';
import { defaultArticleGlob } from '../core/load';

/** The `crossread` settings the server reads, with the names of the extension's (`crossread.files.include`…). */
export interface ServerSettings {
	/** Which files are articles. */
	files: { include: string; exclude: string[]; maxFiles: number };
	/** What semantic tokens colour. */
	highlights: HighlightOptions;
	/** Least severity and kinds listed. */
	discrepancies: Pick<ReportFilter, 'minSeverity' | 'kinds'>;
	/** Whether discrepancies are published as diagnostics. */
	diagnostics: { enabled: boolean };
	/** `analysis.timeLimit`, the longest one article's analysis may take per MB of its text, in ms (the setting is in seconds). */
	analysis: { timeLimitMs: number };
}

/** The extension's defaults (`package.json`), except diagnostics: an editor without Crossread's views shows discrepancies as diagnostics. */
export const defaultSettings: ServerSettings = {
	files: {
		include: defaultArticleGlob,
		exclude: ['**/README*', '**/CHANGELOG*', '**/LICENSE*', '**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**'],
		maxFiles: 500,
	},
	highlights: { quotes: true, figures: true, entities: true },
	discrepancies: sanitizeFilter(undefined, undefined),
	diagnostics: { enabled: true },
	analysis: { timeLimitMs: 5000 },
};

/**
 * Reads the `crossread` section a client sent (through `workspace/configuration` or the
 * initialization options), keeping the default for anything missing or of the wrong type: a
 * Neovim user who sets only `files.maxFiles` gets every other default, and a typo never turns
 * everything off.
 *
 * @param value The section, as JSON; `null` or anything else reads as "no settings".
 * @returns Complete settings.
 */
export function readSettings(value: unknown): ServerSettings {
	const section = record(value);
	const files = record(section.files);
	const highlights = record(section.highlights);
	const discrepancies = record(section.discrepancies);
	const flag = (from: Record<string, unknown>, key: string, fallback: boolean) => (typeof from[key] === 'boolean' ? (from[key] as boolean) : fallback);
	const defaults = defaultSettings;
	return {
		files: {
			include: typeof files.include === 'string' && files.include.trim() !== '' ? files.include : defaults.files.include,
			exclude: Array.isArray(files.exclude) ? files.exclude.filter((glob): glob is string => typeof glob === 'string') : defaults.files.exclude,
			maxFiles: typeof files.maxFiles === 'number' && files.maxFiles >= 1 ? Math.floor(files.maxFiles) : defaults.files.maxFiles,
		},
		highlights: {
			quotes: flag(highlights, 'quotes', true),
			figures: flag(highlights, 'figures', true),
			entities: flag(highlights, 'entities', true),
		},
		discrepancies: sanitizeFilter(discrepancies.minSeverity, discrepancies.kinds),
		diagnostics: { enabled: flag(record(section.diagnostics), 'enabled', defaults.diagnostics.enabled) },
		analysis: { timeLimitMs: seconds(record(section.analysis).timeLimit) ?? defaults.analysis.timeLimitMs },
	};
}

/** A number of seconds above 0, in ms (`analysis.timeLimit: 2` is 2,000 ms; `0`, `-1` or `"fast"` is none). */
function seconds(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value * 1000 : undefined;
}

function record(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
