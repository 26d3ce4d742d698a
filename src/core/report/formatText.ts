import { withoutControls } from './controlCharacters';
import type { Report, ReportDiscrepancy, ReportRange } from './model';
import { plainStyle, type Style } from './style';

/** Longest quote shown in full in a terminal line; longer ones are cut in the middle. */
const maxQuoteLength = 110;

/**
 * Formats a report for a person at a terminal: one block per article (outlet, date, quotes
 * with their speakers, figures), then the identities found across the folder, then warnings.
 * No value from an article or a file name reaches the terminal with a control character in it
 * (`withoutControls`): the only escapes are the style's own colours.
 *
 * @param report The report.
 * @param style Colours (default: none).
 * @returns The text, ending with a newline.
 */
export function formatText(hostileReport: Report, style: Style = plainStyle): string {
	const report = withoutControls(hostileReport);
	const lines: string[] = [];
	const outlets = new Set(report.articles.map((article) => article.outlet));
	lines.push(style.bold(`Crossread report: ${plural(report.articles.length, 'article')} from ${plural(outlets.size, 'outlet')}`));
	if (report.articles.length === 1) {
		lines.push(style.dim('Only one article: comparing outlets needs a second one.'));
	}

	lines.push(...formatDiscrepancies(report, style), ...formatCoverage(report, style));

	for (const article of report.articles) {
		lines.push('');
		const facts = [article.date, article.title ? `“${article.title}”` : null].filter(Boolean).join(' · ');
		lines.push(`${style.accent('■')} ${style.bold(article.outlet)}${facts ? ` · ${facts}` : ''}`);
		lines.push(style.dim(`  ${article.path}${article.byline ? ` · by ${article.byline}` : ''}`));
		const quotes = report.quotes.filter((quote) => quote.article === article.id && quote.kind === 'speech');
		if (quotes.length > 0) {
			lines.push(`  Quotes (${quotes.length})`);
			for (const quote of quotes) {
				const who = quote.speaker ? ` — ${style.bold(quote.speaker)}` : style.dim(quote.speakerHint ? ` — (no speaker named; perhaps ${quote.speakerHint})` : ' — (no speaker)');
				const via = [quote.addressee ? `to ${quote.addressee}` : null, quote.source ? `via ${quote.source}` : null].filter(Boolean).join(', ');
				const mode = quote.direct ? '' : style.dim(' [reported]');
				lines.push(`    ${style.dim(where(quote))} ${shorten(oneLine(quote.text))}${who}${via ? style.dim(` (${via})`) : ''}${mode}`);
			}
		}
		const figures = report.figures.filter((figure) => figure.article === article.id);
		if (figures.length > 0) {
			lines.push(`  Figures (${figures.length})`);
			for (const figure of figures) {
				const unit = figure.unit ? ` ${figure.unit}` : '';
				const value = figure.iso ?? `${formatNumber(figure.value)}${figure.high !== null ? `–${formatNumber(figure.high)}` : ''}${unit}`;
				lines.push(`    ${style.dim(where(figure))} ${figure.text} ${style.dim(`= ${figure.kind} ${value}`)}`);
			}
		}
		if (article.boilerplate.length > 0) {
			lines.push(style.dim(`  Boilerplate left out (${article.boilerplate.length}): ${article.boilerplate.map((range) => shorten(range.text, 40)).join(' | ')}`));
		}
	}

	if (report.entities.length > 0) {
		lines.push('', style.bold(`Names (${report.entities.length})`));
		for (const entity of report.entities) {
			const articles = new Set(entity.mentions.map((mention) => mention.article)).size;
			const others = entity.forms.filter((form) => form !== entity.name);
			lines.push(`  ${style.dim(entity.type.padEnd(12))} ${entity.name}${others.length ? style.dim(` — also ${others.join(', ')}`) : ''} ${style.dim(`(${plural(articles, 'article')})`)}`);
		}
	}

	if (report.warnings.length > 0) {
		lines.push('', style.warn(`Warnings (${report.warnings.length})`));
		for (const warning of report.warnings) {
			lines.push(`  ${warning.path}: ${warning.message}`);
		}
	}
	return lines.join('\n') + '\n';
}

/** Coverage rows shown in a terminal; the JSON and Markdown reports have them all. */
const maxCoverageRows = 25;

const severityMark: Record<string, (style: Style) => string> = {
	high: (style) => style.alert('▲ high  '),
	medium: (style) => style.warn('● medium'),
	low: (style) => style.dim('○ low   '),
};

function formatDiscrepancies(report: Report, style: Style): string[] {
	if (report.articles.length < 2) {
		return [];
	}
	const lines = ['', style.bold(`Discrepancies (${report.discrepancies.length} of ${report.counts.found})`)];
	if (report.discrepancies.length === 0) {
		lines.push(style.dim('  none found'));
	}
	for (const discrepancy of report.discrepancies) {
		lines.push(...formatDiscrepancy(discrepancy, style));
	}
	const hidden = hiddenCounts(report);
	if (hidden) {
		lines.push(style.dim(`  ${hidden}`));
	}
	if (report.ignored && report.ignored.length > 0) {
		lines.push('', style.bold(`Ignored (${report.ignored.length})`));
		for (const discrepancy of report.ignored) {
			lines.push(...formatDiscrepancy(discrepancy, style).map((line, index) => (index === 0 ? `${line} ${style.dim(`[ignored: ${discrepancy.ignoredBy}]`)}` : line)));
		}
	}
	return lines;
}

function formatDiscrepancy(discrepancy: ReportDiscrepancy, style: Style): string[] {
	const lines = [`  ${severityMark[discrepancy.severity](style)} ${style.dim(discrepancy.kind.padEnd(11))} ${discrepancy.summary}`];
	for (const mention of discrepancy.mentions.filter((candidate) => candidate.odd).slice(0, 3)) {
		lines.push(style.dim(`      ${mention.path}:${mention.start.line + 1}:${mention.start.character + 1}  ${shorten(oneLine(mention.text), 70)}`));
	}
	lines.push(style.dim(`      why: ${discrepancy.reason} (confidence ${discrepancy.confidence.toFixed(2)}, id ${discrepancy.id})`));
	return lines;
}

/** "4 low-severity not listed (--min-severity low); 2 ignored (--show-ignored)", or nothing. */
export function hiddenCounts(report: Report): string {
	const { belowSeverity, otherKinds, ignored } = report.counts;
	return [
		belowSeverity ? `${belowSeverity} less severe not listed (--min-severity low)` : '',
		otherKinds ? `${otherKinds} of other kinds not listed (--kind)` : '',
		ignored && !report.ignored ? `${ignored} ignored by .crossread.json (--show-ignored)` : '',
	]
		.filter(Boolean)
		.join('; ');
}

function formatCoverage(report: Report, style: Style): string[] {
	const { outlets, rows } = report.coverage;
	if (outlets.length < 2 || rows.length === 0) {
		return [];
	}
	const letters = outlets.map((_, index) => columnName(index));
	const name = (id: string) => report.articles.find((article) => article.id === id)?.outlet ?? id;
	const lines = ['', style.bold(`Coverage (${rows.length} claims × ${outlets.length} outlets)`)];
	lines.push(style.dim(`  ${outlets.map((id, index) => `${letters[index]} = ${name(id)}`).join(', ')}`));
	lines.push(`  ${letters.map((letter) => letter.padEnd(2)).join('')} claim`);
	for (const row of rows.slice(0, maxCoverageRows)) {
		const cells = outlets.map((id) => (row.articles.includes(id) ? style.accent('● ') : style.dim('· '))).join('');
		lines.push(`  ${cells} ${shorten(row.label, 70)}`);
	}
	if (rows.length > maxCoverageRows) {
		lines.push(style.dim(`  … ${rows.length - maxCoverageRows} more claims (see --format json or markdown)`));
	}
	return lines;
}

/** A, B, …, Z, AA, AB, … */
export function columnName(index: number): string {
	let name = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
		name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
	}
	return name;
}

function where(range: ReportRange): string {
	return `${range.start.line + 1}:${range.start.character + 1}`.padEnd(7);
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function shorten(text: string, max = maxQuoteLength): string {
	if (text.length <= max) {
		return text;
	}
	const half = Math.floor((max - 1) / 2);
	return `${text.slice(0, half)}…${text.slice(text.length - half)}`;
}

export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** 123000000000 → "123 billion"; 2.5 → "2.5". */
export function formatNumber(value: number): string {
	const scales: [number, string][] = [
		[1e12, 'trillion'],
		[1e9, 'billion'],
		[1e6, 'million'],
	];
	for (const [scale, word] of scales) {
		if (Math.abs(value) >= scale) {
			return `${+(value / scale).toFixed(3)} ${word}`;
		}
	}
	return String(+value.toFixed(3));
}
