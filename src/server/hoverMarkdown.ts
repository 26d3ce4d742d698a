/**
 * A link to one of Crossread's VS Code commands, as the hover card writes them:
 * `[$(split-horizontal) Open beside](command:crossread.openPassage?%5B…%5D "Open this passage beside the editor")`.
 * The target is percent-encoded, so it holds no space or `)`; the title holds no `"`.
 */
const commandLink = /\[[^\]\n]*\]\(command:[^\s)]*(?: "[^"\n]*")?\)/g;

/**
 * A theme icon, `$(warning)`. Article text never yields one: `inertMarkdown` escapes every `$`
 * in it (`\$(warning)`), hence the look-behind.
 */
const themeIcon = /(?<!\\)\$\([a-z-]+\)\s?/g;

/**
 * The hover card for an editor other than VS Code: Neovim or Helix show `$(book)` as those
 * characters and cannot run `command:` links, so both go; the text, the bold differing words
 * and the outlets stay. A line left empty by a removed link goes too.
 *
 * @param markdown The card from `renderHoverCard`.
 * @returns Markdown any LSP client renders.
 */
export function portableMarkdown(markdown: string): string {
	return markdown
		.replace(commandLink, '')
		.replace(themeIcon, '')
		.replace(/[ \t]*\n(?:[ \t]*\n)+/g, '\n\n')
		.trim();
}
