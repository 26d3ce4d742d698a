import type * as vscode from 'vscode';
import { buildEntityTree } from '../presentation/entityTree';
import type { AnalysisService } from './analysisService';
import { ModelTreeDataProvider, registerModelTreeView } from './modelTree';

/**
 * The Entities view: each person, organization and place, with every spelling and the outlets
 * that use it.
 *
 * @returns The view's registration.
 */
export function registerEntitiesView(analysis: AnalysisService, mediaUri: vscode.Uri): vscode.Disposable {
	return registerModelTreeView('crossread.entities', new ModelTreeDataProvider(mediaUri), analysis.onDidChange, () => analysis.current, (snapshot) => ({ roots: buildEntityTree(snapshot.corpus.entities, snapshot.directory) }));
}
