import type { Connection } from 'vscode-languageserver/node';
import type { IgnoreFileContent } from '../core/ignore';
import { type ClientOptions, crossreadMethods } from './protocol';
import { canonicalUri } from './workspaceArticles';
import type { WorkspaceState } from './workspaceState';

/**
 * The requests that make the extension a thin client of the server: the folder in numbers, one
 * document's marks, the other outlets' versions of a passage, two outlets aligned, the
 * discrepancies for a picker, the extension's own choices and Re-analyse. Each answers from the
 * latest finished comparison; those a command waits on wait until the comparison under way lands.
 */
export function registerClientRequests(connection: Connection, current: () => WorkspaceState | undefined): void {
	const whenCompared = async () => {
		const state = current();
		await state?.whenCompared();
		return state;
	};
	connection.onRequest(crossreadMethods.folder, async () => (await (await whenCompared())?.engines.query('folder', {})) ?? null);
	// Marks are asked for each visible editor as a comparison lands: never waits, as a hover does not.
	connection.onRequest(crossreadMethods.marks, async (params: { uri?: unknown }) =>
		typeof params?.uri === 'string' ? ((await current()?.engines.query('marks', { uri: canonicalUri(params.uri) })) ?? null) : null,
	);
	connection.onRequest(crossreadMethods.passage, async (params: { uri?: unknown; offset?: unknown }) => {
		if (typeof params?.uri !== 'string' || !Number.isInteger(params.offset)) {
			return null;
		}
		return (await (await whenCompared())?.engines.query('passage', { uri: canonicalUri(params.uri), offset: params.offset as number })) ?? null;
	});
	connection.onRequest(crossreadMethods.twoOutlets, async (params: { left?: unknown; right?: unknown }) => {
		if (typeof params?.left !== 'string' || typeof params.right !== 'string') {
			return null;
		}
		return (await (await whenCompared())?.engines.query('twoOutlets', { left: params.left, right: params.right })) ?? null;
	});
	connection.onRequest(crossreadMethods.discrepancyList, async (params: { which?: unknown; uri?: unknown; offset?: unknown }) => {
		const which = params?.which === 'ignored' ? 'ignored' : 'listed';
		const at = typeof params?.uri === 'string' && Number.isInteger(params.offset) ? { uri: canonicalUri(params.uri), offset: params.offset as number } : {};
		return (await (await whenCompared())?.engines.query('discrepancyList', { which, ...at })) ?? [];
	});
	connection.onRequest(crossreadMethods.discrepancyRows, async (params: { id?: unknown }) =>
		typeof params?.id === 'string' ? ((await current()?.engines.query('discrepancyRows', { id: params.id })) ?? []) : [],
	);
	connection.onRequest(crossreadMethods.entityRows, async (params: { id?: unknown }) =>
		typeof params?.id === 'string' ? ((await current()?.engines.query('entityRows', { id: params.id })) ?? []) : [],
	);
	connection.onRequest(crossreadMethods.configure, async (params: ClientOptions) => {
		await current()?.setClientOptions(clientOptions(params));
		return null;
	});
	connection.onRequest(crossreadMethods.reanalyse, async () => {
		await current()?.reanalyse();
		return null;
	});
}

/** The options a client sent, each kept only when well formed. */
function clientOptions(value: unknown): ClientOptions {
	const options = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const uris = (list: unknown) => (Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : []);
	const overrides = options.overrides as { included?: unknown; excluded?: unknown } | undefined;
	return {
		...(typeof options.showIgnored === 'boolean' ? { showIgnored: options.showIgnored } : {}),
		...(typeof options.paused === 'boolean' ? { paused: options.paused } : {}),
		...(typeof overrides === 'object' && overrides !== null ? { overrides: { included: uris(overrides.included), excluded: uris(overrides.excluded) } } : {}),
		...(typeof options.ignore === 'object' && options.ignore !== null ? { ignore: ignoreContent(options.ignore as Record<string, unknown>, uris) } : {}),
	};
}

/** An ignore list as a client sent it: lists of strings, and outlet names as strings by path. */
function ignoreContent(value: Record<string, unknown>, strings: (list: unknown) => string[]): IgnoreFileContent {
	const names = typeof value.outletNames === 'object' && value.outletNames !== null ? Object.entries(value.outletNames).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : [];
	return {
		discrepancies: strings(value.discrepancies),
		names: strings(value.names),
		figures: strings(value.figures),
		outlets: strings(value.outlets),
		...(names.length > 0 ? { outletNames: Object.fromEntries(names) } : {}),
	};
}
