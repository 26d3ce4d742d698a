import { withoutControls } from './controlCharacters';
import type { Report } from './model';
import { columnName, formatNumber, hiddenCounts, plural } from './formatText';

/**
 * Formats a report as Markdown: a table of articles, then per article its quotes and figures,
 * then the identities. Every value from an article or a file name (outlet, date, title, path,
 * text) is escaped so that nothing in it renders as markup, links or images, breaks out of its
 * table cell or code span, or reaches a terminal as a control character (`withoutControls`).
 *
 * @param report The report.
 * @returns Markdown text.
 */
export function formatMarkdown(hostileReport: Report): string {
	const report = withoutControls(hostileReport);
	const out: string[] = [];
	const outlets = new Set(report.articles.map((article) => article.outlet));
	out.push('# Crossread report', '', `${plural(report.articles.length, 'article')} from ${plural(outlets.size, 'outlet')}.`, '');
	out.push('| Outlet | Date | Title | File | Quotes | Figures |', '|---|---|---|---|---:|---:|');
	for (const article of report.articles) {
		const quotes = report.quotes.filter((quote) => quote.article === article.id && quote.kind === 'speech').length;
		const figures = report.figures.filter((figure) => figure.article === article.id).length;
		out.push(`| ${cell(article.outlet)} | ${cell(article.date ?? '')} | ${cell(article.title ?? '')} | ${codeSpan(article.path)} | ${quotes} | ${figures} |`);
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
		out.push('', `## ${cell(article.outlet)}${article.date ? ` (${cell(article.date)})` : ''}`, '');
		const quotes = report.quotes.filter((quote) => quote.article === article.id && quote.kind === 'speech');
		if (quotes.length > 0) {
			out.push('| Line | Quote | Speaker | Via |', '|---:|---|---|---|');
			for (const quote of quotes) {
				out.push(`| ${quote.start.line + 1} | ${cell(quote.text)}${quote.direct ? '' : ' *(reported)*'} | ${cell(quote.speaker ?? (quote.speakerHint ? `perhaps ${quote.speakerHint}?` : ''))} | ${cell(quote.source ?? '')} |`);
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
			out.push(`- ${codeSpan(warning.path)}: ${cell(warning.message)}`);
		}
	}
	return out.join('\n') + '\n';
}

/**
 * Escapes every character Markdown or HTML could read as syntax ("*bold*", "<script>", "[x](y)",
 * "![x](https://…)"), and also `:`, `@` and `$`: a bare address ("https://example.com",
 * "desk@example.com") is then not turned into a link by GitHub-flavoured autolinking, and `$`
 * opens neither math nor a theme icon (`$(x)`).
 *
 * @param text Any text.
 * @returns Markdown that renders as exactly that text.
 */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&":@$]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : char === '"' ? '&quot;' : `\\${char}`));
}

/** A table cell or a heading: one line, escaped (a `|` is escaped too, so it cannot end the cell). */
function cell(text: string): string {
	return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

/**
 * A file name as a code span that holds whatever the name holds: one line, fenced by more
 * backticks than its longest run of them (padded with a space when it starts or ends with one),
 * with `|` escaped, which a table reads before the span ("a`b|c.txt" stays one cell).
 */
function codeSpan(text: string): string {
	const line = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
	const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
	const fence = '`'.repeat(longest + 1);
	const pad = line.startsWith('`') || line.endsWith('`') || line.startsWith(' ') ? ' ' : '';
	return `${fence}${pad}${line}${pad}${fence}`;
}
