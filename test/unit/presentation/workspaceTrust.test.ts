import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandIds } from '../../../src/presentation/commandIds';
import { runTrusted, type TrustGate, writingCommands } from '../../../src/presentation/workspaceTrust';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as {
	capabilities?: { untrustedWorkspaces?: { supported: unknown; description?: string; restrictedConfigurations?: string[] }; virtualWorkspaces?: { supported: unknown; description?: string } | boolean };
	contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> }[] | { properties: Record<string, unknown> } };
};

/** A gate that records what it refused. */
function gate(trusted: boolean): TrustGate & { refusals: string[] } {
	const refusals: string[] = [];
	return { refusals, isTrusted: () => trusted, refuse: (message) => refusals.push(message) };
}

/** A command that records its runs. */
function command(id: string): { id: string; runs: unknown[][]; execute(...args: unknown[]): unknown } {
	const runs: unknown[][] = [];
	return { id, runs, execute: (...args: unknown[]) => (runs.push(args), true) };
}

suite('workspace trust', () => {
	test('the manifest declares limited support in untrusted workspaces, and says what is limited', () => {
		const untrusted = manifest.capabilities?.untrustedWorkspaces;
		assert.equal(untrusted?.supported, 'limited');
		assert.match(untrusted?.description ?? '', /Restricted Mode/);
		assert.match(untrusted?.description ?? '', /ignor/);
		assert.match(untrusted?.description ?? '', /export/);
		const properties = Object.assign({}, ...[manifest.contributes.configuration].flat().map((section) => section.properties)) as Record<string, unknown>;
		for (const setting of untrusted?.restrictedConfigurations ?? []) {
			assert.ok(setting in properties, `${setting} is a contributed setting`);
		}
	});

	test('the manifest states that virtual workspaces are not supported, and why', () => {
		const virtual = manifest.capabilities?.virtualWorkspaces;
		assert.ok(typeof virtual === 'object');
		assert.equal(virtual.supported, false);
		assert.match(virtual.description ?? '', /file system/);
	});

	test('in Restricted Mode a command that writes is refused with what it would have done', () => {
		const ignore = command(commandIds.ignoreDiscrepancy);
		const untrusted = gate(false);
		assert.equal(runTrusted(ignore, [{ discrepancy: 'figure-1a2b3c4d' }], untrusted), false);
		assert.deepEqual(ignore.runs, []);
		assert.equal(untrusted.refusals.length, 1);
		assert.match(untrusted.refusals[0], /to ignore a discrepancy, .*Restricted Mode .*Trust the folder/);
	});

	test('in Restricted Mode reading commands run, and in a trusted folder everything runs', () => {
		const report = command(commandIds.showReport);
		const untrusted = gate(false);
		assert.equal(runTrusted(report, [], untrusted), true);
		const exportJson = command(commandIds.exportJson);
		const trusted = gate(true);
		assert.equal(runTrusted(exportJson, ['target'], trusted), true);
		assert.deepEqual([report.runs, exportJson.runs, untrusted.refusals, trusted.refusals], [[[]], [['target']], [], []]);
	});

	test('every command that writes .crossread.json or a file is gated, and only those', () => {
		assert.deepEqual(Object.keys(writingCommands).sort(), [
			commandIds.acceptSpelling,
			commandIds.exportJson,
			commandIds.exportMarkdown,
			commandIds.ignoreDiscrepancy,
			commandIds.ignoreOutlet,
			commandIds.nameOutlet,
			commandIds.openIgnoreFile,
			commandIds.stopAcceptingSpelling,
			commandIds.stopIgnoring,
			commandIds.stopIgnoringOutlet,
		].sort());
		const contributed = new Set(manifest.contributes.commands.map((entry) => entry.command));
		for (const id of Object.keys(writingCommands)) {
			assert.ok(contributed.has(id), `${id} is a contributed command`);
		}
	});
});
