import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandIds, discrepancyIdOf } from '../../../src/presentation/commandIds';
import { isReportMessage } from '../../../src/report/protocol';

interface MenuItem {
	command: string;
	when?: string;
	group?: string;
}

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
	contributes: { commands: { command: string }[]; menus: Record<string, MenuItem[]>; configuration: { properties: Record<string, { default?: unknown }> }[] };
};
const menus = manifest.contributes.menus;

suite('ignore controls in package.json', () => {
	test('every command id is contributed, and every contributed command has an id', () => {
		assert.deepEqual(new Set(manifest.contributes.commands.map((command) => command.command)), new Set(Object.values(commandIds)));
	});

	test('Ignore sits inline and in the context menu of a discrepancy row, Stop Ignoring of an ignored one', () => {
		const on = (command: string) => menus['view/item/context'].filter((item) => item.command === command);
		for (const [command, viewItem] of [
			[commandIds.ignoreDiscrepancy, 'discrepancy'],
			[commandIds.stopIgnoring, 'ignoredDiscrepancy'],
		]) {
			const items = on(command);
			assert.deepEqual(items.map((item) => item.group?.replace(/@\d+$/, '')).sort(), ['1_ignore', 'inline'], command);
			assert.ok(items.every((item) => item.when === `view == crossread.discrepancies && viewItem == ${viewItem}`), command);
		}
		assert.equal(on(commandIds.acceptSpelling)[0].when, 'view == crossread.entities && viewItem == spelling');
		assert.equal(on(commandIds.stopAcceptingSpelling)[0].when, 'view == crossread.entities && viewItem == acceptedSpelling');
		assert.equal(on(commandIds.ignoreOutlet)[0].when, 'view == crossread.sources && viewItem == source');
		assert.equal(on(commandIds.stopIgnoringOutlet)[0].when, 'view == crossread.sources && viewItem == ignoredSource');
	});

	test('Show Ignored and Hide Ignored take turns on the view title', () => {
		const title = menus['view/title'];
		assert.equal(title.find((item) => item.command === commandIds.showIgnored)?.when, 'view == crossread.discrepancies && !crossread.showIgnored');
		assert.equal(title.find((item) => item.command === commandIds.hideIgnored)?.when, 'view == crossread.discrepancies && crossread.showIgnored');
	});

	test('commands that need a row are not in the palette', () => {
		const hidden = menus.commandPalette.filter((item) => item.when === 'false').map((item) => item.command);
		for (const command of [commandIds.acceptSpelling, commandIds.stopAcceptingSpelling, commandIds.ignoreOutlet, commandIds.stopIgnoringOutlet, commandIds.openPassage]) {
			assert.ok(hidden.includes(command), command);
		}
	});

	test('the least severity listed defaults to medium, as on the command line', () => {
		const setting = manifest.contributes.configuration.find((section) => 'crossread.discrepancies.minSeverity' in section.properties)!;
		assert.equal(setting.properties['crossread.discrepancies.minSeverity'].default, 'medium');
	});
});

suite('ignore arguments', () => {
	test('a link, a row or a plain id gives the id', () => {
		assert.equal(discrepancyIdOf({ discrepancy: 'figure-3f2a9c01' }), 'figure-3f2a9c01');
		assert.equal(discrepancyIdOf({ id: 'discrepancy:quote-94fca939', discrepancy: 'quote-94fca939-2', contextValue: 'discrepancy' }), 'quote-94fca939-2');
		assert.equal(discrepancyIdOf('entity-88358fec'), 'entity-88358fec');
	});

	test('anything else is refused', () => {
		for (const value of [undefined, null, 42, {}, { discrepancy: 7 }, { discrepancy: '../../etc/passwd' }, { discrepancy: 'figure-1"]}' }, 'figure', `figure-${'a'.repeat(200)}`]) {
			assert.equal(discrepancyIdOf(value), undefined, JSON.stringify(value));
		}
	});

	test('the report webview may ask to ignore or stop ignoring, with an id', () => {
		assert.ok(isReportMessage({ type: 'ignore', discrepancy: 'figure-3f2a9c01' }));
		assert.ok(isReportMessage({ type: 'stopIgnoring', discrepancy: 'figure-3f2a9c01' }));
		assert.ok(!isReportMessage({ type: 'ignore' }));
		assert.ok(!isReportMessage({ type: 'delete', discrepancy: 'figure-3f2a9c01' }));
	});
});
