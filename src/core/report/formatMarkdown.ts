import type { Report } from './model';
import { columnName, formatNumber, hiddenCounts, plural } from './formatText';

/**
 * Formats a report as Markdown: a table of articles, then per article its quotes and figures,
 * then the identities. Article text is escaped so that nothing in it renders as markup.
 *
 * @param report The report.
 * @returns Markdown text.
 */
export function formatMarkdown(report: Report): string {
	const out: string[] = [];
	const outlets = new Set(report.articles.map((article) => article.outlet));
	out.push('# Crossread report', '', `${plural(report.articles.length, 'article')} from ${plural(outlets.size, 'outlet')}.`, '');
	out.push('| Outlet | Date | Title | File | Quotes | Figures |', '|---|---|---|---|---:|---:|');
	for (const article of report.articles) {
		const quotes = report.quotes.filter((quote) => quote.article === article.id && quote.kind === 'speech').length;
		const figures = report.figures.filter((figure) => figure.article === article.id).length;
		out.push(`| ${cell(article.outlet)} | ${article.date ?? ''} | ${cell(article.title ?? '')} | \`${article.path.replace(/`/g, "'")}\` | ${quotes} | ${figures} |`);
	}

	if (report.articles.length >= 2) {
		out.push('', `## Discrepancies (${report.discrepancies.length} of ${report.counts.found})`, '');
		if (report.discrepancies.length > 0) {
			out.push('| Severity | Kind | Summary | Why | Where |', '|---|---|---|---|---|');
			for (const discrepancy of report.discrepancies) {
				const where = discrepancy.mentions
					.filter((mention) => mention.odd)
					.map((mention) => `${cell(mention.path)}:${mention.start.line + 1}`)
					.join(', ');
				out.push(`| ${discrepancy.severity} | ${discrepancy.kind} | ${cell(discrepancy.summary)} | ${cell(discrepancy.reason)} (confidence ${discrepancy.confidence.toFixed(2)}) | ${where} |`);
			}
		} else {
			out.push('None listed.');
		}
		const hidden = hiddenCounts(report);
		if (hidden) {
			out.push('', `*${escapeMarkdown(hidden)}*`);
		}
		if (report.ignored && report.ignored.length > 0) {
			out.push('', `### Ignored (${report.ignored.length})`, '', '| Severity | Kind | Summary | Ignored by |', '|---|---|---|---|');
			for (const discrepancy of report.ignored) {
				out.push(`| ${discrepancy.severity} | ${discrepancy.kind} | ${cell(discrepancy.summary)} | ${cell(discrepancy.ignoredBy)} |`);
			}
		}
		const { outlets, rows } = report.coverage;
		if (rows.length > 0) {
			out.push('', `## Coverage (${rows.length} claims × ${outlets.length} outlets)`, '');
			out.push(outlets.map((id, index) => `${columnName(index)} = ${cell(report.articles.find((article) => article.id === id)?.outlet ?? id)}`).join(', '), '');
			out.push(`| Claim | ${outlets.map((_, index) => columnName(index)).join(' | ')} |`, `|---|${outlets.map(() => ':-:').join('|')}|`);
			for (const row of rows) {
				out.push(`| ${cell(row.label)} | ${outlets.map((id) => (row.articles.includes(id) ? '●' : '')).join(' | ')} |`);
			}
		}
	}

	for (const article of report.articles) {
		out.push('', `## ${escapeMarkdown(article.outlet)}${article.date ? ` (${article.date})` : ''}`, '');
		const quotes = report.quotes.filter((quote) => quote.article === article.id && quote.kind === 'speech');
		if (quotes.length > 0) {
			out.push('| Line | Quote | Speaker | Via |', '|---:|---|---|---|');
			for (const quote of quotes) {
				out.push(`| ${quote.start.line + 1} | ${cell(quote.text)}${quote.direct ? '' : ' *(reported)*'} | ${cell(quote.speaker ?? '')} | ${cell(quote.source ?? '')} |`);
			}
			out.push('');
		}
		const figures = report.figures.filter((figure) => figure.article === article.id);
		if (figures.length > 0) {
			out.push('| Line | Figure | Kind | Value |', '|---:|---|---|---|');
			for (const figure of figures) {
				const value = figure.iso ?? `${formatNumber(figure.value)}${figure.high !== null ? `–${formatNumber(figure.high)}` : ''} ${figure.unit}`;
				out.push(`| ${figure.start.line + 1} | ${cell(figure.text)} | ${figure.kind} | ${cell(value.trim())} |`);
			}
		}
	}

	if (report.entities.length > 0) {
		out.push('', '## Names', '', '| Name | Type | Spellings | Articles |', '|---|---|---|---:|');
		for (const entity of report.entities) {
			const articles = new Set(entity.mentions.map((mention) => mention.article)).size;
			out.push(`| ${cell(entity.name)} | ${entity.type} | ${cell(entity.forms.join(', '))} | ${articles} |`);
		}
	}
	if (report.warnings.length > 0) {
		out.push('', '## Warnings', '');
		for (const warning of report.warnings) {
			out.push(`- \`${warning.path.replace(/`/g, "'")}\`: ${escapeMarkdown(warning.message)}`);
		}
	}
	return out.join('\n') + '\n';
}

/** Escapes every character Markdown or HTML could read as syntax ("*bold*", "<script>", "[x](y)"). */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : char === '"' ? '&quot;' : `\\${char}`));
}

/** A table cell: one line, escaped. */
function cell(text: string): string {
	return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}
