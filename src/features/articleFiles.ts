import * as vscode from 'vscode';
import { readFileSettings } from './settings';
import { defaultArticleGlob } from '../core/load';
import { type ComparisonOverrides, isSameOrInside, overrideDecision } from '../presentation/comparisonOverrides';

/** The files compared as articles, and whether the file limit cut the list. */
export interface ArticleList {
	/** Article files, sorted by path. */
	uris: vscode.Uri[];
	/** `crossread.files.maxFiles` when more files matched than it allows, else `undefined`. */
	limitedTo: number | undefined;
}

type Overrides = ComparisonOverrides;

const stateKey = 'crossread.overrides';

/**
 * Knows which files are articles: those matching `crossread.files.include` and no
 * `crossread.files.exclude` glob in each workspace folder, then the user's own additions and
 * removals (Add to / Remove from Comparison), the most specific of which wins: removing a folder
 * and adding one file back in it leaves that one file compared.
 */
export class ArticleFiles {
	private readonly _onDidChangeOverrides = new vscode.EventEmitter<void>();
	/** Fires when the user adds or removes a file or folder. */
	readonly onDidChangeOverrides = this._onDidChangeOverrides.event;

	constructor(private readonly state: vscode.Memento) {}

	/**
	 * Lists the article files of the workspace.
	 *
	 * @param token Stops the search.
	 */
	async list(token?: vscode.CancellationToken): Promise<ArticleList> {
		const found = new Map<string, vscode.Uri>();
		let maxFiles = Infinity;
		for (const folder of vscode.workspace.workspaceFolders ?? []) {
			const settings = readFileSettings(folder);
			maxFiles = Math.min(maxFiles, settings.maxFiles);
			// One more than the limit tells whether the limit cut anything.
			const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, settings.include), excludePattern(settings.exclude), settings.maxFiles + 1, token);
			for (const uri of uris) {
				found.set(uri.toString(), uri);
			}
		}
		const overrides = this.overrides();
		for (const entry of overrides.included) {
			for (const uri of await this.filesUnder(vscode.Uri.parse(entry), token)) {
				found.set(uri.toString(), uri);
			}
		}
		const kept = [...found.values()].filter((uri) => this.decide(uri, overrides) !== false).sort((a, b) => a.path.localeCompare(b.path));
		return kept.length > maxFiles ? { uris: kept.slice(0, maxFiles), limitedTo: maxFiles } : { uris: kept, limitedTo: undefined };
	}

	/**
	 * Adds files or folders to the comparison (the explorer's selection, or the active file).
	 *
	 * @param uris Files or folders.
	 */
	async add(uris: readonly vscode.Uri[]): Promise<void> {
		await this.change(uris, 'included', 'excluded');
	}

	/** Takes files or folders out of the comparison. */
	async remove(uris: readonly vscode.Uri[]): Promise<void> {
		await this.change(uris, 'excluded', 'included');
	}

	private async change(uris: readonly vscode.Uri[], into: keyof Overrides, outOf: keyof Overrides): Promise<void> {
		const overrides = this.overrides();
		for (const uri of uris) {
			const key = uri.toString();
			// A choice about a folder replaces earlier choices about what is inside it.
			overrides[outOf] = overrides[outOf].filter((entry) => !isSameOrInside(entry, key));
			overrides[into] = [...overrides[into].filter((entry) => !isSameOrInside(entry, key)), key];
		}
		await this.state.update(stateKey, overrides);
		this._onDidChangeOverrides.fire();
	}

	/** The additions and removals (for the language server). */
	overrides(): Overrides {
		const stored = this.state.get<Partial<Overrides>>(stateKey, {});
		return { included: stored.included ?? [], excluded: stored.excluded ?? [] };
	}

	/** `true` or `false` when an override decides about a file, `undefined` when the globs do. */
	private decide(uri: vscode.Uri, overrides: Overrides): boolean | undefined {
		return overrideDecision(uri.toString(), overrides);
	}

	/** A file itself, or the text files in a folder that match the include glob. */
	private async filesUnder(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
		const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
		if (!stat) {
			return [];
		}
		if (stat.type & vscode.FileType.Directory) {
			const folder = vscode.workspace.getWorkspaceFolder(uri);
			const include = folder ? readFileSettings(folder).include : defaultArticleGlob;
			return vscode.workspace.findFiles(new vscode.RelativePattern(uri, include), '**/{node_modules,.git}/**', undefined, token);
		}
		return [uri];
	}
}

/** `{a,b,c}`: one glob for `findFiles` from the list of exclude globs. */
function excludePattern(globs: readonly string[]): string | null {
	const usable = globs.filter((glob) => glob.trim() !== '');
	return usable.length === 0 ? null : usable.length === 1 ? usable[0] : `{${usable.join(',')}}`;
}
