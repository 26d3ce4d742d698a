// Drives the VS Code workbench as a reader would, with the mouse and the keyboard: open a file,
// hover a word, run a palette command, click a tree row, read notifications, reach into a webview.
// Every wait is on something showing up, never a fixed sleep.
/* global requestAnimationFrame -- in callbacks that run in the page */

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').Locator} Locator */

/**
 * Text in the editor as Monaco renders it: spaces are no-break spaces there, `\s` matches both.
 *
 * @param {string} text
 * @returns {RegExp} Matches a rendered token that is exactly `text`.
 */
export function exactly(text) {
	return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s')}$`);
}

/**
 * Opens a file through Quick Open (Ctrl+P) and waits for its editor.
 *
 * @param {Page} page
 * @param {string} name The file's name.
 */
export async function openFile(page, name) {
	await dismiss(page);
	// The focus must be in the workbench, not in a webview, for Ctrl+P to reach it.
	await page.locator('.monaco-workbench .part.editor').click({ position: { x: 200, y: 200 } });
	await page.keyboard.press('Control+P');
	const input = page.locator('.quick-input-widget .quick-input-box input');
	await input.waitFor();
	await input.fill(name);
	// Wait for the row of this file (not a stale row of the previous search), then open it.
	await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(name) }) }).first().click();
	await activeTab(page, name).waitFor();
	await activeEditor(page).locator('.view-lines .view-line').first().waitFor();
}

/**
 * The active tab of the active editor group, if it shows a file of that name.
 *
 * @param {Page} page
 * @param {string} [name]
 */
export function activeTab(page, name) {
	// NOTE: the tab's label splits the name (`harbourline-daily`) from its suffix (`.md`); its data attribute has both.
	return page.locator(`.editor-group-container.active .tabs-container .tab.active${name ? `[data-resource-name=${JSON.stringify(name)}]` : ''}`).first();
}

/**
 * The editor of the active group.
 *
 * @param {Page} page
 */
export function activeEditor(page) {
	return page.locator('.editor-group-container.active .monaco-editor').first();
}

/**
 * The rendered token of the active editor that is exactly `text` (a word the semantic tokens
 * or the decorations cut out, such as a figure).
 *
 * @param {Page} page
 * @param {string | RegExp} text
 */
export function token(page, text) {
	return activeEditor(page)
		.locator('.view-line span span', { hasText: typeof text === 'string' ? exactly(text) : text })
		.first();
}

/**
 * Hovers a token with the mouse until a hover card that matches `expect` shows: the first
 * hovers may come before the extension has activated and analysed the folder.
 *
 * @param {Page} page
 * @param {Locator} target What to hover.
 * @param {RegExp} expect What the card must say.
 * @param {number} [timeout]
 * @returns {Promise<{ hover: Locator, elapsed: number }>} The card, and how long it took to show after the mouse reached the token (ms).
 */
export async function hoverUntil(page, target, expect, timeout = 60_000) {
	const until = Date.now() + timeout;
	await target.waitFor({ timeout });
	for (;;) {
		await unhover(page);
		const box = await target.boundingBox();
		if (!box) {
			// The line re-renders as tokens and decorations arrive: the span can be gone for a frame.
			if (Date.now() > until) {
				throw new Error('The text to hover is not on screen.');
			}
			await page.waitForTimeout(200);
			continue;
		}
		await markNextInput(page, 'mousemove');
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		const elapsed = await hoverShown(page, expect, 3_000);
		if (elapsed !== undefined) {
			return { hover: page.locator('.monaco-hover:visible', { hasText: expect }).first(), elapsed };
		}
		if (Date.now() > until) {
			const other = await page.locator('.monaco-hover:visible').allInnerTexts();
			throw new Error(`No hover card matching ${expect} within ${timeout / 1000} s${other.length > 0 ? `; shown instead: ${other.join(' | ').slice(0, 300)}` : ''}.`);
		}
	}
}

/**
 * Shows the hover at the cursor with the keyboard (Ctrl+K Ctrl+I, Show or Focus Hover): no hover
 * delay, the providers are asked at once.
 *
 * @param {Page} page
 * @param {RegExp} expect What the card must say.
 * @returns {Promise<number>} How long the card took to show after the first key (ms).
 */
export async function hoverWithKeyboard(page, expect) {
	await markNextInput(page, 'keydown');
	await page.keyboard.press('Control+K');
	await page.keyboard.press('Control+I');
	const elapsed = await hoverShown(page, expect, 30_000);
	if (elapsed === undefined) {
		throw new Error(`No hover card matching ${expect} after Show Hover.`);
	}
	return elapsed;
}

/**
 * Records in the page when the next input event of a kind arrives (its `timeStamp`).
 *
 * @param {Page} page
 * @param {'mousemove' | 'keydown'} type
 */
async function markNextInput(page, type) {
	await page.evaluate((kind) => {
		const marks = /** @type {{ __crossreadInput?: number }} */ (globalThis);
		marks.__crossreadInput = undefined;
		globalThis.document.addEventListener(kind, (event) => (marks.__crossreadInput ??= event.timeStamp), { capture: true, once: true });
	}, type);
}

/**
 * Waits, checking on every frame, for a visible hover card that matches, and measures in the page
 * from the input marked by `markNextInput`: Playwright's own waits poll every 500 ms at length,
 * too coarse to time a hover.
 *
 * @param {Page} page
 * @param {RegExp} expect
 * @param {number} timeout
 * @returns {Promise<number | undefined>} Milliseconds from the input to the card, or undefined when none showed.
 */
async function hoverShown(page, expect, timeout) {
	const handle = await page
		.waitForFunction(
			({ source, flags }) => {
				const pattern = new RegExp(source, flags);
				const shown = [...globalThis.document.querySelectorAll('.monaco-hover')].some((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && box.height > 0 && globalThis.getComputedStyle(element).visibility !== 'hidden' && pattern.test(element.textContent ?? '');
				});
				const start = /** @type {{ __crossreadInput?: number }} */ (globalThis).__crossreadInput;
				return shown && start !== undefined ? globalThis.performance.now() - start : false;
			},
			{ source: expect.source, flags: expect.flags },
			{ polling: 'raf', timeout },
		)
		.catch(() => undefined);
	return handle ? Math.round(Number(await handle.jsonValue())) : undefined;
}

/**
 * Moves the mouse off the editor and waits for any hover card to go.
 *
 * @param {Page} page
 */
export async function unhover(page) {
	await page.mouse.move(2, 450);
	await page.locator('.monaco-editor .monaco-hover:visible').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}

/**
 * Closes what floats over the workbench (hover cards, Quick Open, widgets).
 *
 * @param {Page} page
 */
export async function dismiss(page) {
	await unhover(page);
	// Some editors (Running Extensions) open as a modal that takes every click.
	for (let i = 0; i < 3 && (await page.locator('.monaco-modal-editor-block:visible').count()) > 0; i++) {
		await page.keyboard.press('Escape');
		await page.locator('.monaco-modal-editor-block:visible').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
	}
	if (await page.locator('.quick-input-widget:visible').count()) {
		await page.keyboard.press('Escape');
		await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
	}
}

/**
 * Runs a command from the palette by its title. The palette opens from the command center in the
 * title bar: F1 would reach a focused webview as a key press.
 *
 * @param {Page} page
 * @param {string} title For example `Crossread: Show Report`.
 */
export async function runCommand(page, title) {
	await dismiss(page);
	await page.locator('.command-center .command-center-quick-pick').first().click();
	const input = page.locator('.quick-input-widget .quick-input-box input');
	await input.waitFor();
	await input.fill(`>${title}`);
	await page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(title) }) }).first().click();
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Places the cursor in a token by clicking it.
 *
 * @param {Page} page
 * @param {Locator} target
 */
export async function clickInto(page, target) {
	await unhover(page);
	// A file just opened may not have drawn its lines yet: wait for the token, then read its box.
	// A loaded machine comparing 500 articles drew wire-0001's first line after more than 15 s (a CI run).
	await target.waitFor({ state: 'visible', timeout: 60_000 }).catch(() => undefined);
	// Just after a file opens, the locator can still resolve in the editor being replaced, which
	// has no box by the time it is read (two CI runs of session 20): read it again a few times.
	let box = await target.boundingBox().catch(() => null);
	for (let attempt = 0; !box && attempt < 10; attempt++) {
		await page.waitForTimeout(1_000);
		await target.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
		box = await target.boundingBox().catch(() => null);
	}
	if (!box) {
		throw new Error('The text to click is not on screen.');
	}
	await page.mouse.click(box.x + Math.min(3, box.width / 2), box.y + box.height / 2);
	await unhover(page);
}

/**
 * Where the cursor is, as the status bar says it: `Ln 13, Col 85 (10 selected)`.
 *
 * @param {Page} page
 * @returns {Promise<{ file: string, line: number, column: number, selected: number }>} The active tab's file; line and column (1-based) of the selection's active end; how many characters are selected.
 */
export async function cursorPosition(page) {
	const file = (await activeTab(page).getAttribute('data-resource-name')) ?? '';
	const text = await page.locator('.statusbar-item[id$="status.editor.selection"]').first().innerText();
	const match = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text);
	if (!match) {
		throw new Error(`The status bar shows no cursor position: "${text}".`);
	}
	return { file, line: Number(match[1]), column: Number(match[2]), selected: Number(match[3] ?? 0) };
}

/**
 * The messages of the notifications with a given severity, from the Notifications center
 * (which keeps the toasts that have hidden again).
 *
 * @param {Page} page
 * @param {'error' | 'warning' | 'info'} severity
 * @returns {Promise<string[]>}
 */
export async function notifications(page, severity) {
	await runCommand(page, 'Notifications: Show Notifications');
	const center = page.locator('.notifications-center');
	await center.waitFor();
	const messages = await center
		.locator('.notification-list-item', { has: page.locator(`.notification-list-item-icon.codicon-${severity}`) })
		.locator('.notification-list-item-message')
		.allInnerTexts();
	await page.keyboard.press('Escape');
	await center.waitFor({ state: 'hidden' }).catch(() => undefined);
	return messages;
}

/**
 * The document inside the active webview (webviews are an iframe inside an iframe).
 *
 * @param {Page} page
 */
export function webviewFrame(page) {
	return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/**
 * Waits until a condition holds, checking it every 100 ms (for state the page shows only as
 * text, such as the status bar's cursor position).
 *
 * @template T
 * @param {() => Promise<T>} read Reads the state.
 * @param {(value: T) => boolean} holds Whether it is the awaited state.
 * @param {string} what What is awaited, for the error.
 * @param {number} [timeout]
 * @returns {Promise<T>} The state that held.
 */
export async function waitUntil(read, holds, what, timeout = 15_000) {
	const until = Date.now() + timeout;
	let last;
	for (;;) {
		last = await read().catch((error) => error);
		if (!(last instanceof Error) && holds(last)) {
			return last;
		}
		if (Date.now() > until) {
			throw new Error(`Timed out waiting until ${what}; last seen: ${last instanceof Error ? last.message : JSON.stringify(last)}.`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * Opens a view container from the activity bar by its title, as a reader clicks it.
 *
 * @param {Page} page
 * @param {string} title `Crossread`.
 */
export async function openActivity(page, title) {
	await dismiss(page);
	const item = page.locator('.part.activitybar .action-item', { has: page.locator(`a.action-label[aria-label^="${title}"]`) }).first();
	await item.waitFor();
	// A click on the item of the view container that is already open closes the side bar.
	if ((await item.getAttribute('class'))?.includes('checked') !== true) {
		await item.click();
	}
	await page.locator(`.part.sidebar .composite.title`, { hasText: new RegExp(title, 'i') }).waitFor();
}

/**
 * @typedef {object} TreeRow
 * @property {number} index Its place in the whole list.
 * @property {number} level 1 for a root.
 * @property {boolean | undefined} expanded Undefined for a row without children.
 * @property {string} label
 * @property {string} description The dimmed text after the label.
 * @property {string} text Label and description.
 */

/**
 * Every row of a tree view, top to bottom. Trees render only the rows in view: the list is
 * scrolled through with the mouse wheel and the rows collected by their index.
 *
 * @param {Page} page
 * @param {string} view The view's title, `Discrepancies`.
 * @returns {Promise<TreeRow[]>}
 */
export async function treeRows(page, view) {
	const list = viewPane(page, view).locator('.monaco-list').first();
	// The list's own rows: the sticky rows above them repeat some with the same index.
	const ownRows = list.locator('.monaco-list-rows > .monaco-list-row');
	await ownRows.first().waitFor();
	/** @type {Map<number, TreeRow>} */
	const rows = new Map();
	const box = await list.boundingBox();
	if (!box) {
		throw new Error(`The ${view} view is not on screen.`);
	}
	await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
	// Back to the top first.
	await page.mouse.wheel(0, -100_000);
	await nextFrame(page);
	for (let last = -1; ; ) {
		const seen = await ownRows.evaluateAll((elements) =>
			elements.map((element) => ({
				index: Number(element.getAttribute('data-index')),
				level: Number(element.getAttribute('aria-level')),
				expanded: element.hasAttribute('aria-expanded') ? element.getAttribute('aria-expanded') === 'true' : undefined,
				label: element.querySelector('.label-name')?.textContent?.trim() ?? '',
				description: element.querySelector('.label-description')?.textContent?.trim() ?? '',
				text: [element.querySelector('.label-name')?.textContent, element.querySelector('.label-description')?.textContent].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim(),
			})),
		);
		for (const row of seen) {
			rows.set(row.index, row);
		}
		const bottom = Math.max(...rows.keys());
		if (bottom === last) {
			break;
		}
		last = bottom;
		await page.mouse.wheel(0, box.height * 0.8);
		await nextFrame(page);
	}
	return [...rows.values()].sort((a, b) => a.index - b.index);
}

/**
 * The row of a tree view whose label and description match, scrolled into view.
 *
 * @param {Page} page
 * @param {string} view The view's title.
 * @param {RegExp} text Matched against `label description`.
 * @returns {Promise<Locator>}
 */
export async function treeRow(page, view, text) {
	const match = (await treeRows(page, view)).find((candidate) => text.test(candidate.text));
	if (!match) {
		throw new Error(`The ${view} view has no row matching ${text}.`);
	}
	const list = viewPane(page, view).locator('.monaco-list').first();
	const row = list.locator(`.monaco-list-rows > .monaco-list-row[data-index="${match.index}"]`);
	// treeRows left the list scrolled to its end: back up until the row is rendered.
	const box = await list.boundingBox();
	await page.mouse.move((box?.x ?? 0) + 20, (box?.y ?? 0) + 20);
	for (let i = 0; i < 100 && (await row.count()) === 0; i++) {
		await page.mouse.wheel(0, -((box?.height ?? 200) * 0.5));
		await nextFrame(page);
	}
	// NOTE: a rendered row can still be half under the view's header: the list scrolls by
	// transform, not as the DOM scrolls, so scroll it by hand until the row is wholly inside.
	for (let i = 0; i < 20; i++) {
		const [outer, inner] = [await list.boundingBox(), await row.boundingBox()];
		if (!outer || !inner) {
			break;
		}
		const delta = inner.y < outer.y ? inner.y - outer.y - 4 : inner.y + inner.height > outer.y + outer.height ? inner.y + inner.height - (outer.y + outer.height) + 4 : 0;
		if (delta === 0) {
			break;
		}
		await page.mouse.wheel(0, delta);
		await nextFrame(page);
	}
	return row;
}

/**
 * Clicks a tree row on its label, with the mouse where a reader would put it.
 * NOTE: not `locator.click()` on the label: Playwright first scrolls the label into view, and a
 * long label cut off by its row scrolls sideways, out of sight, for the rest of the session.
 *
 * @param {Page} page
 * @param {Locator} row A row from `treeRow`.
 */
export async function clickRow(page, row) {
	const label = await row.locator('.label-name').first().boundingBox();
	const box = await row.boundingBox();
	if (!label || !box) {
		throw new Error('The row is not on screen.');
	}
	await page.mouse.click(label.x + 8, box.y + box.height / 2);
}

/**
 * Drags the side bar's edge, as a reader widens it.
 *
 * @param {Page} page
 * @param {number} width The side bar's new width, in pixels.
 * @returns {Promise<number>} Its width before.
 */
export async function resizeSideBar(page, width) {
	const box = await page.locator('.part.sidebar').boundingBox();
	if (!box) {
		throw new Error('The side bar is not open.');
	}
	const edge = box.x + box.width;
	await page.mouse.move(edge, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + width, box.y + box.height / 2, { steps: 5 });
	await page.mouse.up();
	await waitUntil(
		async () => (await page.locator('.part.sidebar').boundingBox())?.width ?? 0,
		(now) => Math.abs(now - width) < 4,
		`the side bar is ${width} px wide`,
	);
	return box.width;
}

/**
 * Runs an action of a view's title bar by its label (the actions show while the header is hovered).
 *
 * @param {Page} page
 * @param {string} view The view's title.
 * @param {string} label The action's label, `Filter Discrepancies by Severity…`.
 */
export async function viewAction(page, view, label) {
	const header = viewPane(page, view).locator('.pane-header');
	await header.hover();
	await header.locator(`.actions a.action-label[aria-label^=${JSON.stringify(label)}]`).click();
}

/**
 * Picks the item of the open quick pick whose label is exactly `label`.
 *
 * @param {Page} page
 * @param {string} label
 */
export async function pickItem(page, label) {
	// The current choice carries a `$(check)` icon, which leaves a space before its label (" All").
	const name = new RegExp(`^\\s?${exactly(label).source.slice(1)}`);
	await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: name }) }).first().click();
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * The dimmed text beside a view's title (Crossread says there what its filter hides).
 *
 * @param {Page} page
 * @param {string} view
 */
export async function viewDescription(page, view) {
	const description = viewPane(page, view).locator('.pane-header .description');
	return (await description.count()) > 0 ? (await description.innerText()).trim() : '';
}

/**
 * A view of the side bar, by its title.
 *
 * @param {Page} page
 * @param {string} view
 */
function viewPane(page, view) {
	return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: view }) }).first();
}

/** Resolves once the page has drawn twice (a list re-renders on the frame after a scroll). */
function nextFrame(page) {
	return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * The semantic token type VS Code applies at a token, from Developer: Inspect Editor Tokens and Scopes.
 *
 * @param {Page} page
 * @param {Locator} target A token in the active editor.
 * @returns {Promise<string | undefined>} The type (`figure`), or undefined when the text has none.
 */
export async function semanticTokenType(page, target) {
	await clickInto(page, target);
	await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
	const widget = page.locator('.token-inspect-widget');
	await widget.waitFor();
	// The widget fills in once the semantic tokens of the position are known.
	await widget.locator('tr', { hasText: /textmate scopes/ }).waitFor();
	const text = await widget.innerText();
	await page.keyboard.press('Escape');
	await widget.waitFor({ state: 'hidden' }).catch(() => undefined);
	return /semantic token type\s+(\S+)/.exec(text)?.[1];
}
