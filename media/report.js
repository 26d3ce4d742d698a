// @ts-check
// The report webview's one script: filter chips, buttons that reveal a passage in the editor, and
// Ignore / Stop Ignoring buttons.
/** @typedef {import('../src/report/protocol').ReportMessage} ReportMessage */
/** @typedef {import('../src/report/protocol').ReportState} ReportState */

(function () {
	/** @type {{ postMessage(message: ReportMessage): void; getState(): ReportState | undefined; setState(state: ReportState): void }} */
	const vscode = /** @type {any} */ (globalThis).acquireVsCodeApi();

	/** @type {ReportState} */
	const state = vscode.getState() ?? { hidden: [], scrollY: 0 };

	/** Shows or hides discrepancies by the chips, and says so when the chips hide them all. */
	function applyFilters() {
		for (const chip of document.querySelectorAll('button[data-filter]')) {
			const key = `${chip.getAttribute('data-filter')}:${chip.getAttribute('data-value')}`;
			chip.setAttribute('aria-pressed', String(!state.hidden.includes(key)));
		}
		let shown = 0;
		// Ignored discrepancies (no data-kind) are listed apart, whatever the chips say.
		for (const item of document.querySelectorAll('li.discrepancy[data-kind]')) {
			const hidden = state.hidden.includes(`severity:${item.getAttribute('data-severity')}`) || state.hidden.includes(`kind:${item.getAttribute('data-kind')}`);
			item.toggleAttribute('hidden', hidden);
			shown += hidden ? 0 : 1;
		}
		const empty = document.querySelector('#discrepancies p.empty');
		if (empty && document.querySelector('li.discrepancy[data-kind]')) {
			empty.toggleAttribute('hidden', shown > 0);
		}
	}

	document.addEventListener('click', (event) => {
		const button = event.target instanceof Element ? event.target.closest('button') : null;
		if (!button) {
			return;
		}
		const filter = button.getAttribute('data-filter');
		if (filter) {
			const key = `${filter}:${button.getAttribute('data-value')}`;
			state.hidden = state.hidden.includes(key) ? state.hidden.filter((other) => other !== key) : [...state.hidden, key];
			vscode.setState(state);
			applyFilters();
			return;
		}
		const action = button.getAttribute('data-action');
		const discrepancy = button.getAttribute('data-discrepancy');
		if ((action === 'ignore' || action === 'stopIgnoring') && discrepancy) {
			// The page is rendered again once .crossread.json is written; until then, no second click.
			button.disabled = true;
			vscode.postMessage({ type: action, discrepancy });
			return;
		}
		const article = button.getAttribute('data-article');
		const range = (button.getAttribute('data-range') ?? '').split(',').map(Number);
		if (article && range.length === 4 && range.every(Number.isInteger)) {
			vscode.postMessage({ type: 'reveal', article, range: /** @type {[number, number, number, number]} */ (range) });
		}
	});

	// The page is rendered again after every analysis: keep the reader's place.
	let pending = 0;
	window.addEventListener('scroll', () => {
		clearTimeout(pending);
		pending = window.setTimeout(() => {
			state.scrollY = window.scrollY;
			vscode.setState(state);
		}, 100);
	});

	applyFilters();
	window.scrollTo(0, state.scrollY);
})();
