import type { ArticleAnalysis, CorpusAnalysis } from './types';

/**
 * Words that end or make up the name of a news medium ("Marsh Valley Gazette", "Nordic Wire",
 * "The Harbour Times"). A general vocabulary of the trade, not a list of outlets.
 */
const mediaWord =
	/\b(?:news|times|post|press|journal|herald|tribune|gazette|ledger|daily|weekly|chronicle|observer|guardian|telegraph|express|mail|review|magazine|radio|television|tv|broadcasting|broadcaster|network|agency|wire|media|dispatch|courier|bulletin|standard|examiner|inquirer|register|sentinel|monitor|online|newspaper)\b/i;

/** What a person is on a by-line ("Staff writer", "Senior Correspondent"): never an outlet. */
const roleWord =
	/^(?:staff|senior|chief|special|foreign|political|business|science|freelance|contributing|associate|deputy|managing|bureau|writers?|reporters?|correspondents?|editors?|contributors?|columnists?|journalists?|analysts?|producers?|photographers?|interns?)$/i;

/** `AP`, `AFP`, `B.B.C.`: an acronym alone is how agencies and broadcasters sign. */
const acronymPattern = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,5})$/u;

/** `harbourledger.com`, `news.example.org`: a bare domain, as a site's name line often is. */
const domainPattern = /^(?:[a-z0-9-]+\.)+[a-z]{2,12}$/i;

/** Small words a name in title case keeps in lower case ("Voice of the Coast", "Bread & Roses"). */
const connector = /^(?:of|the|and|&|de|la|le|du|der|die|el|al|for|on|in)$/i;

/**
 * The outlet a by-line names after its author: `Jane Roe, Marsh Valley Gazette`,
 * `Jane Roe | Nordic Wire`, `JANE ROE, AP`, `Jane Roe for The Harbour Times`, or
 * `Jane Roe, Nordic Wire Writer` (the role is dropped). A list of authors
 * ("Ann Lee, Bo Ray and Cy Tam") or a role alone ("Jane Roe, Staff writer") names none.
 *
 * @param byline The by-line without its leading "by".
 * @returns The outlet, or `undefined` when the by-line names none.
 */
export function outletOfByline(byline: string): string | undefined {
	const forOutlet = /\s+for\s+(.+)$/i.exec(byline);
	const parts = byline.split(/\s*(?:,|\||\s[–—-]\s)\s*/);
	const tail = forOutlet ? forOutlet[1] : parts.length > 1 ? parts[parts.length - 1] : undefined;
	if (tail === undefined || /\s(?:and|und|et|y)\s/i.test(tail)) {
		return undefined;
	}
	const words = tail.trim().split(/\s+/);
	while (words.length > 0 && roleWord.test(words[words.length - 1])) {
		words.pop();
	}
	const name = words.join(' ');
	return isOutletName(name) ? name : undefined;
}

/**
 * A line that is only a site's name, as scraped copy opens with: `Marsh Valley Gazette`,
 * `THE HARBOUR TIMES`, `harbourledger.com`, `Nordic Wire | World`. Five words at most, in
 * title case or capitals, the last a word of the trade (or a domain): "Ferry Service Ends"
 * is a headline, not a site.
 *
 * @param line One line of the header.
 * @returns The site's name, or `undefined`.
 */
export function siteNameOf(line: string): string | undefined {
	const name = line.split(/\s+[|–—]\s+/)[0].trim();
	if (domainPattern.test(name)) {
		return name.replace(/^www\./i, '');
	}
	const words = name.split(/\s+/);
	if (words.length > 5 || name.length > 50 || !mediaWord.test(words[words.length - 1])) {
		return undefined;
	}
	return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || connector.test(word)) ? name : undefined;
}

/** Whether a short phrase reads as the name of an outlet: a word of the trade, an acronym or a domain, in capitals. */
function isOutletName(name: string): boolean {
	if (name === '' || name.length > 50 || name.split(/\s+/).length > 6) {
		return false;
	}
	if (acronymPattern.test(name) || domainPattern.test(name)) {
		return true;
	}
	return /^\p{Lu}/u.test(name) && mediaWord.test(name);
}

/**
 * Whether a file name was made by a machine, not a person: a long run of hexadecimal digits
 * (`001_9f3a77c2e01b4d55`, a UUID) or nothing but digits (`20260304-01`). Such a name says
 * nothing about the outlet; `harbour-times`, `article 3` and `reuters_2026-03-04` do.
 */
export function isMachineName(name: string): boolean {
	const hexRuns = name.match(/[0-9a-f]{8,}/gi) ?? [];
	return hexRuns.some((run) => /\d/.test(run) && /[a-f]/i.test(run)) || !/\p{L}/u.test(name);
}

/** How many words a label taken from the text keeps. */
const labelWords = 4;

/**
 * A short label for an article that names no outlet: the first words of its headline, else of
 * its first sentence, without a leading article: "The ferry strike ended at dawn on Monday" is
 * `Ferry strike ended at…`. The same text always gets the same label.
 *
 * @param text The headline, or the start of the body.
 * @returns The label, or `undefined` when the text has no word.
 */
export function labelFromText(text: string): string | undefined {
	const words = text
		.slice(0, 400)
		.split(/\s+/)
		.map((word) => word.replace(/^[^\p{L}\p{N}'‘“"]+/u, ''))
		.filter((word) => /[\p{L}\p{N}]/u.test(word));
	if (words.length > 1 && /^(?:the|a|an)$/i.test(words[0])) {
		words.shift();
	}
	if (words.length === 0) {
		return undefined;
	}
	const kept = words.slice(0, labelWords);
	const cut = kept.join(' ').replace(/[^\p{L}\p{N}]+$/u, '');
	const label = cut.charAt(0).toUpperCase() + cut.slice(1);
	return words.length > labelWords || cut.length < kept.join(' ').length ? `${label}…` : label;
}

/**
 * The name a reader gave an article's outlet in `.crossread.json` (`"outletNames":
 * {"reports/001.txt": "Marsh Valley Gazette"}`): a key is a path relative to the folder, matched
 * against the end of the article's path, so `001.txt` names `any/folder/001.txt`. The longest
 * matching key wins: `a/001.txt` and `b/001.txt` can be named apart.
 *
 * @param path The article's path, as the analysis holds it.
 * @param names Names by path.
 * @returns The name, or `undefined`.
 */
export function outletNameFor(path: string, names: Readonly<Record<string, string>> | undefined): string | undefined {
	if (!names) {
		return undefined;
	}
	const normal = path.replace(/\\/g, '/');
	let best: { key: string; name: string } | undefined;
	for (const [key, name] of Object.entries(names)) {
		const wanted = key.replace(/\\/g, '/').replace(/^\.?\//, '');
		const matches = wanted !== '' && (normal === wanted || normal.endsWith(`/${wanted}`));
		if (matches && name.trim() !== '' && (!best || wanted.length > best.key.length)) {
			best = { key: wanted, name: name.trim() };
		}
	}
	return best?.name;
}

/**
 * Gives each article the outlet name a reader chose for it, before the articles are compared, so
 * that every title, view and report says it. Articles without a name are kept as they are (the
 * same objects: nothing is copied when no name applies).
 *
 * @param corpus The analysed articles.
 * @param names Names by path (`outletNames` of `.crossread.json`).
 * @returns The corpus with the names applied.
 */
export function nameOutlets(corpus: CorpusAnalysis, names: Readonly<Record<string, string>> | undefined): CorpusAnalysis {
	let changed = false;
	const articles = corpus.articles.map((analysis): ArticleAnalysis => {
		const { article } = analysis.parsed;
		const name = outletNameFor(article.path, names);
		if (name === undefined || name === article.meta.outlet) {
			return analysis;
		}
		changed = true;
		// The same article named the same at the next comparison is the same object: the editor's
		// comparer judges again only what read an article that changed (`incremental/folderNames.ts`).
		const known = renamed.get(analysis);
		if (known?.name === name) {
			return known.analysis;
		}
		const named = { ...analysis, parsed: { ...analysis.parsed, article: { ...article, meta: { ...article.meta, outlet: name } } } };
		renamed.set(analysis, { name, analysis: named });
		return named;
	});
	return changed ? { ...corpus, articles } : corpus;
}

/** Each analysis as last renamed, with the name (`nameOutlets`). */
const renamed = new WeakMap<ArticleAnalysis, { name: string; analysis: ArticleAnalysis }>();

/**
 * The outlet of an article whose header names none: its file name, unless a machine made that
 * name (`001_9f3a77c2e01b4d55.txt`), then a label from its headline or first words.
 *
 * @param path The article's path.
 * @param title Its headline, when it has one.
 * @param body Its text from where the body starts.
 * @returns A label for the outlet.
 */
export function fallbackOutlet(path: string, title: string | undefined, body: string): string {
	const name = path.split(/[\\/]/).pop() ?? path;
	const base = name.replace(/\.[^.]+$/, '') || name;
	return isMachineName(base) ? (labelFromText(title ?? body) ?? base) : base;
}
