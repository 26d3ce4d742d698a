import * as vscode from 'vscode';
import type { WorkspaceSigns } from '../presentation/compareOnOpen';

/** Files at a folder's root that make it a software project rather than a folder of articles. */
const projectFiles = '{package.json,Cargo.toml,go.mod,pyproject.toml,setup.py,pom.xml,build.gradle,build.gradle.kts,Gemfile,composer.json,CMakeLists.txt,Makefile}';

/** Files that only a reader of articles puts in a folder. */
const articleFiles = '{.crossread.json,**/*.news,**/*.article}';

/**
 * Looks at the workspace folders for the signs `shouldCompareOnOpen` weighs: one search of each
 * folder's root, and one for article files, each stopping at the first hit.
 *
 * @returns What the workspace holds.
 */
export async function readWorkspaceSigns(): Promise<WorkspaceSigns> {
	const folders = vscode.workspace.workspaceFolders ?? [];
	const any = async (glob: string, exclude: string | null) =>
		(await Promise.all(folders.map((folder) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude, 1)))).some((found) => found.length > 0);
	const [softwareProject, articleFolder] = await Promise.all([any(projectFiles, null), any(articleFiles, '**/node_modules/**')]);
	return { softwareProject, articleFolder };
}
