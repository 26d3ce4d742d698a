import { missingOutlets, type Report, type ReportDiscrepancy, type ReportRange } from '../core/report/model';
import type { DiscrepancyKind, Severity } from '../core/types';
import { outletLabels } from './articleDirectory';
import { describeHidden, discrepancyKinds } from './discrepancyFilter';
import { kindTitles } from './discrepancyTree';
import { escapeHtml } from './html';
import { sentenceAround } from './passageContext';
import { LineIndex } from '../core/lineIndex';
import { describeIgnoreRule } from './ignoreFile';
import { countOf } from './plural';

/** What the webview host supplies to a report page. */
export interface ReportPage {
	/** A fresh random nonce: the one script allowed to run carries it. */
	nonce: string;
	/** `webview.cspSource`: where the stylesheet and script may come from. */
	cspSource: string;
	/** `asWebviewUri` of `media/report.js`. */
	scriptUri: string;
	/** `asWebviewUri` of `media/report.css`. */
	styleUri: string;
	/** Each article's text by id, to show a short passage (a figure, a name) in its sentence (default: the passage alone). */
	texts?: ReadonlyMap<string, string>;
}

/** A passage shorter than this is shown in its sentence: "two jurors" alone cannot be judged. */
const shortPassage = 60;

/** Each entity's spellings (`variantForms`) by entity id, with the articles that use each. */
export type SpellingTable = ReadonlyMap<string, readonly { form: string; articles: readonly string[] }[]>;

const severityOrder: Severity[] = ['high', 'medium', 'low'];

/** Longest passage quoted under a discrepancy, in characters. */
const maxQuoted = 220;

/**
 * The Content-Security-Policy of the report: nothing by default; styles and images only from
 * the extension's media folder; scripts only with the page's nonce. No remote content at all.
 */
export function contentSecurityPolicy(page: Pick<ReportPage, 'nonce' | 'cspSource'>): string {
	return `default-src 'none'; img-src ${page.cspSource}; style-src ${page.cspSource}; font-src ${page.cspSource}; script-src 'nonce-${page.nonce}';`;
}

/**
 * Renders the report webview: ranked discrepancies (each with why it was flagged, how sure the
 * analysis is, and an Ignore button; with severity and kind chips), what the filter and the
 * ignore list leave out (counted, and the ignored ones listed apart with Stop Ignoring when the
 * report has them), a chart of who reports what, the coverage matrix of claims × outlets, and
 * every name's spellings. Every passage is a button that reveals it in the editor
 * (`media/report.js` posts the messages). All article text is escaped.
 *
 * @param report The report (`buildReport`), filtered as the panel is.
 * @param spellings Spellings of each entity.
 * @param page Nonce and resource URIs.
 * @returns A complete HTML document.
 */
export function renderReportHtml(report: Report, spellings: SpellingTable, page: ReportPage): string {
	const labels = outletLabels(report.articles);
	const label = (article: string) => labels.get(article) ?? article;
	const outlets = new Set(report.articles.map((article) => article.outlet)).size;
	const comparable = report.articles.length >= 2;
	const passageHtml = passageInContext(page.texts);
	const missingOf = missingOutlets(report);
	const hidden = describeHidden(report.counts);
	const summary = comparable
		? `${countOf(report.articles.length, 'article')} from ${countOf(outlets, 'outlet')} · ${countOf(report.discrepancies.length, 'discrepancy', 'discrepancies')}${hidden ? ` (${hidden})` : ''}`
		: `${countOf(report.articles.length, 'article')}: comparison needs a second outlet.`;
	return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(page))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
<title>Crossread report</title>
</head>
<body>
<header>
<h1>Crossread report</h1>
<p class="summary">${escapeHtml(summary)}</p>
</header>
<main>
${comparable ? discrepanciesSection(report, label, passageHtml, missingOf) : ''}
${comparable ? ignoredSection(report.ignored ?? [], label, passageHtml, missingOf) : ''}
${comparable ? chartSection(report, label) : ''}
${comparable ? coverageSection(report, label) : ''}
${entitiesSection(report, spellings, label)}
${warningsSection(report)}
</main>
<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>
`;
}

/** How a mention's passage is shown: in its sentence, the passage marked, when it is short and the text is known. */
type PassageHtml = (mention: { article: string } & ReportRange) => string;

function passageInContext(texts: ReadonlyMap<string, string> | undefined): PassageHtml {
	const indexes = new Map<string, LineIndex>();
	return (mention) => {
		const text = texts?.get(mention.article);
		if (text === undefined || mention.text.length >= shortPassage) {
			return escapeHtml(clip(mention.text));
		}
		let lines = indexes.get(mention.article);
		if (!lines) {
			lines = new LineIndex(text);
			indexes.set(mention.article, lines);
		}
		const { before, inside, after } = sentenceAround(text, { start: lines.offsetAt(mention.start), end: lines.offsetAt(mention.end) });
		return `${escapeHtml(before)}<mark>${escapeHtml(inside)}</mark>${escapeHtml(after)}`;
	};
}

/** The outlets that do not report a discrepancy's claim (`missingOutlets`). */
type MissingOf = ReturnType<typeof missingOutlets>;

function discrepanciesSection(report: Report, label: (article: string) => string, passageHtml: PassageHtml, missingOf: MissingOf): string {
	const { discrepancies, counts } = report;
	const chips = [
		...severityOrder.map((severity) => chip('severity', severity, severity, discrepancies.filter((discrepancy) => discrepancy.severity === severity).length)),
		...discrepancyKinds.map((kind) => chip('kind', kind, kindTitles[kind], discrepancies.filter((discrepancy) => discrepancy.kind === kind).length)),
	].join('');
	const items = discrepancies.map((discrepancy) => discrepancyItem(discrepancy, label, passageHtml, missingOf(discrepancy))).join('\n');
	const hidden = describeHidden(counts);
	// Nothing listed is not "the outlets agree" when the filter or the ignore list left some out.
	const none = counts.found === 0 ? 'None found: the outlets agree on everything they share.' : `None listed: ${hidden ?? 'all are hidden'}. The Discrepancies view's filter buttons and Show Ignored list them.`;
	const leftOut = hidden && discrepancies.length > 0 ? `\n<p class="left-out">Not listed: ${escapeHtml(hidden)}.</p>` : '';
	return `<section id="discrepancies" aria-labelledby="discrepancies-title">
<h2 id="discrepancies-title">Discrepancies</h2>
${discrepancies.length > 0 ? `<div class="filters" role="group" aria-label="Show discrepancies of">${chips}</div>\n<ol class="discrepancies">\n${items}\n</ol>\n<p class="empty" hidden>Every discrepancy is hidden by the filters above.</p>${leftOut}` : `<p class="empty">${escapeHtml(none)}</p>`}
</section>`;
}

/** The discrepancies the ignore list set aside, when the report lists them, each with the rule that matched and Stop Ignoring. */
function ignoredSection(ignored: readonly (ReportDiscrepancy & { ignoredBy: string })[], label: (article: string) => string, passageHtml: PassageHtml, missingOf: MissingOf): string {
	if (ignored.length === 0) {
		return '';
	}
	const items = ignored.map((discrepancy) => discrepancyItem(discrepancy, label, passageHtml, missingOf(discrepancy), discrepancy.ignoredBy)).join('\n');
	return `<section id="ignored" aria-labelledby="ignored-title">
<h2 id="ignored-title">Ignored (${ignored.length})</h2>
<p class="summary">Set aside by <code>.crossread.json</code>: still counted, never lost.</p>
<ol class="discrepancies ignored">
${items}
</ol>
</section>`;
}

function chip(filter: 'severity' | 'kind', value: Severity | DiscrepancyKind, title: string, total: number): string {
	return total === 0 ? '' : `<button type="button" class="chip ${filter}-${value}" data-filter="${filter}" data-value="${value}" aria-pressed="true">${escapeHtml(title)} <span class="count">${total}</span></button>`;
}

function discrepancyItem(discrepancy: ReportDiscrepancy, label: (article: string) => string, passageHtml: PassageHtml, notReporting: string[], ignoredBy?: string): string {
	const first = discrepancy.mentions.find((mention) => mention.odd) ?? discrepancy.mentions[0];
	const summary = first ? revealButton(first.article, first, escapeHtml(discrepancy.summary), 'summary') : `<span class="summary">${escapeHtml(discrepancy.summary)}</span>`;
	const mentions = discrepancy.mentions
		.map(
			(mention) => `<li class="mention${mention.odd ? ' odd' : ''}">${revealButton(mention.article, mention, `<span class="outlet">${escapeHtml(label(mention.article))}</span> <span class="variant">${escapeHtml(mention.variant)}</span>`, 'passage')}<span class="passage-text">${passageHtml(mention)}</span></li>`,
		)
		.join('');
	const missing = notReporting.length > 0 ? `<li class="missing">Not reported by ${escapeHtml(notReporting.map(label).join(', '))}</li>` : '';
	const action =
		ignoredBy === undefined
			? `<button type="button" class="action" data-action="ignore" data-discrepancy="${escapeHtml(discrepancy.id)}" title="Ignore this discrepancy: its id goes into .crossread.json">Ignore</button>`
			: `<span class="ignored-by">${escapeHtml(describeIgnoreRule(ignoredBy))}</span><button type="button" class="action" data-action="stopIgnoring" data-discrepancy="${escapeHtml(discrepancy.id)}" title="List this discrepancy again">Stop Ignoring</button>`;
	// Ignored ones are not filtered by the chips: they are listed apart, whatever their severity and kind.
	const data = ignoredBy === undefined ? `class="discrepancy" data-severity="${discrepancy.severity}" data-kind="${discrepancy.kind}"` : `class="discrepancy ignored" data-severity="${discrepancy.severity}"`;
	return `<li ${data}>
<div class="head"><span class="severity severity-${discrepancy.severity}">${discrepancy.severity}</span><span class="kind">${escapeHtml(kindTitles[discrepancy.kind])}</span>${summary}${action}</div>
<p class="reason"><span class="why">Why:</span> ${escapeHtml(discrepancy.reason)} <span class="confidence">confidence ${Math.round(discrepancy.confidence * 100)}%</span></p>
<ul class="mentions">${mentions}${missing}</ul>
</li>`;
}

/** A button that reveals a range of an article; `media/report.js` reads its data attributes. */
function revealButton(article: string, range: Pick<ReportRange, 'start' | 'end'>, html: string, className: string): string {
	const value = [range.start.line, range.start.character, range.end.line, range.end.character].join(',');
	return `<button type="button" class="reveal ${className}" data-article="${escapeHtml(article)}" data-range="${value}" title="Show in the editor">${html}</button>`;
}

/** Who reports what, as bars: the claims each outlet carries, and the discrepancies where it is the odd one out. */
function chartSection(report: Report, label: (article: string) => string): string {
	const rows = report.articles.map((article) => ({
		id: article.id,
		claims: report.coverage.rows.filter((row) => row.articles.includes(article.id)).length,
		differs: report.discrepancies.filter((discrepancy) => discrepancy.mentions.some((mention) => mention.article === article.id && mention.odd)).length,
	}));
	const most = { claims: Math.max(1, ...rows.map((row) => row.claims)), differs: Math.max(1, ...rows.map((row) => row.differs)) };
	const bar = (series: 'claims' | 'differs', value: number) =>
		`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="10"/><rect class="fill ${series}" width="${((value / most[series]) * 100).toFixed(1)}" height="10"/></svg><span class="value">${value}</span>`;
	const body = rows
		.map((row) => `<div class="chart-row"><span class="chart-label">${escapeHtml(label(row.id))}</span><span class="chart-cell">${bar('claims', row.claims)}</span><span class="chart-cell">${bar('differs', row.differs)}</span></div>`)
		.join('\n');
	return `<section id="outlets" aria-labelledby="outlets-title">
<h2 id="outlets-title">Who reports what</h2>
<div class="chart" role="table" aria-label="Claims each outlet reports, and discrepancies where it differs">
<div class="chart-row chart-head"><span class="chart-label">Outlet</span><span class="chart-cell"><span class="swatch claims"></span>Claims reported (of ${report.coverage.rows.length})</span><span class="chart-cell"><span class="swatch differs"></span>Discrepancies where it differs</span></div>
${body}
</div>
</section>`;
}

function coverageSection(report: Report, label: (article: string) => string): string {
	const { outlets, rows } = report.coverage;
	if (rows.length === 0) {
		return '';
	}
	const claims = new Map(report.claims.map((claim) => [claim.id, claim]));
	const head = outlets.map((article) => `<th scope="col" class="outlet-column"><span>${escapeHtml(label(article))}</span></th>`).join('');
	const body = rows
		.map((row) => {
			const members = claims.get(row.claim)?.members ?? [];
			const cells = outlets
				.map((article) => {
					const member = members.find((candidate) => candidate.article === article);
					return member ? `<td class="covered">${revealButton(article, member, '●', 'dot')}</td>` : '<td class="absent" aria-label="not reported"></td>';
				})
				.join('');
			return `<tr><th scope="row">${escapeHtml(row.label)}</th>${cells}</tr>`;
		})
		.join('\n');
	return `<section id="coverage" aria-labelledby="coverage-title">
<h2 id="coverage-title">Coverage: ${countOf(rows.length, 'claim')} × ${countOf(outlets.length, 'outlet')}</h2>
<div class="table-scroll"><table class="coverage">
<thead><tr><th scope="col">Claim</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
</section>`;
}

function entitiesSection(report: Report, spellings: SpellingTable, label: (article: string) => string): string {
	if (report.entities.length === 0) {
		return '';
	}
	const entities = [...report.entities].sort((a, b) => (spellings.get(b.id)?.length ?? 1) - (spellings.get(a.id)?.length ?? 1) || b.mentions.length - a.mentions.length);
	const body = entities
		.map((entity) => {
			const forms = spellings.get(entity.id) ?? entity.forms.map((form) => ({ form, articles: [] }));
			const list = forms.map(({ form, articles }) => `<li><span class="form">${escapeHtml(form)}</span>${articles.length > 0 ? ` <span class="outlets">${escapeHtml(articles.map(label).join(', '))}</span>` : ''}</li>`).join('');
			return `<tr${forms.length > 1 ? ' class="variant"' : ''}><th scope="row">${escapeHtml(entity.name)}</th><td>${entity.type}</td><td><ul class="forms">${list}</ul></td></tr>`;
		})
		.join('\n');
	return `<section id="entities" aria-labelledby="entities-title">
<h2 id="entities-title">Names and their spellings</h2>
<table class="entities">
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Spellings, and who uses them</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</section>`;
}

function warningsSection(report: Report): string {
	if (report.warnings.length === 0) {
		return '';
	}
	return `<section id="warnings" aria-labelledby="warnings-title">
<h2 id="warnings-title">Files skipped</h2>
<ul>${report.warnings.map((warning) => `<li><code>${escapeHtml(warning.path)}</code>: ${escapeHtml(warning.message)}</li>`).join('')}</ul>
</section>`;
}

function clip(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= maxQuoted ? line : `${line.slice(0, maxQuoted - 1).trimEnd()}…`;
}
