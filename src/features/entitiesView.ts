import type * as vscode from 'vscode';
import { buildEntityTree } from '../presentation/entityTree';
import { ModelTreeDataProvider, registerModelTreeView } from './modelTree';
import type { ShownDiscrepancies } from './shownDiscrepancies';

/**
 * The Entities view: each person, organization and place, with every spelling and the outlets
 * that use it; the spellings the reader accepted say so.
 *
 * @returns The view's registration.
 */
export function registerEntitiesView(selection: ShownDiscrepancies, mediaUri: vscode.Uri): vscode.Disposable {
	return registerModelTreeView(
		'crossread.entities',
		new ModelTreeDataProvider(mediaUri),
		selection.onDidChange,
		() => selection.current?.snapshot,
		(snapshot) => ({ roots: buildEntityTree(snapshot.corpus.entities, snapshot.directory, selection.filter.ignore?.names) }),
	);
}
