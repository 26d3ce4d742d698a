// What the suite does through Crossread's own controls, as a reader does it.
import { openActivity, pickItem, viewAction, viewDescription, waitUntil } from '../../scripts/e2e/workbench.mjs';

/**
 * Chooses the least severity listed, with the Discrepancies view's severity filter. Every view,
 * the report and the editor's marks follow it.
 *
 * @param {import('playwright-core').Page} page
 * @param {'All' | 'Medium and high'} choice `All` lists every discrepancy; `Medium and high` is the default.
 */
export async function listSeverities(page, choice) {
	await openActivity(page, 'Crossread');
	await viewAction(page, 'Discrepancies', 'Filter Discrepancies by Severity');
	await pickItem(page, choice);
	// The view says beside its title what the filter hides: nothing once every severity is listed.
	await waitUntil(
		() => viewDescription(page, 'Discrepancies'),
		(description) => (choice === 'All' ? !/less severe hidden/.test(description) : /less severe hidden/.test(description)),
		`the Discrepancies view lists ${choice}`,
	);
}
