import * as vscode from 'vscode';
import { type ReadFileResult, formatMegabytes, readRegularFile } from '../core/readRegularFile';
import { isCrossreadReport, writeReport } from '../core/safeWrite';

/**
 * Reads a workspace file as the command line reads one (`readRegularFile`): a regular file only,
 * within a cap enforced while reading. Files on disk go through Node directly, since
 * `workspace.fs.readFile` would read a FIFO or `/dev/zero` to the end, which never comes. Other
 * file systems (a remote one, not a device in sight) are checked with `stat` first.
 *
 * @param uri The file.
 * @param maxBytes The most bytes read.
 * @returns The bytes, or why not (`reason: 'missing'` when there is no such file).
 */
export async function readWorkspaceFile(uri: vscode.Uri, maxBytes: number): Promise<ReadFileResult> {
	if (uri.scheme === 'file') {
		return readRegularFile(uri.fsPath, maxBytes);
	}
	try {
		const stat = await vscode.workspace.fs.stat(uri);
		if ((stat.type & vscode.FileType.File) === 0) {
			return { error: 'not a regular file', reason: 'not-regular' };
		}
		if (stat.size > maxBytes) {
			return { error: `too large (over ${formatMegabytes(maxBytes)} MB)`, reason: 'too-large' };
		}
		const bytes = await vscode.workspace.fs.readFile(uri);
		return bytes.length > maxBytes ? { error: `too large (over ${formatMegabytes(maxBytes)} MB)`, reason: 'too-large' } : { bytes };
	} catch (error) {
		if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') {
			return { error: 'deleted while being read', reason: 'missing' };
		}
		return { error: `could not be read (${error instanceof Error ? error.message : String(error)})`, reason: 'unreadable' };
	}
}

/**
 * Writes a report to a workspace file as `crossread report --out` does (`writeReport`): never
 * over an article of the comparison, through a symbolic link, or over a file that is not a
 * previous report, and atomically. Files on other file systems get the same checks through
 * `workspace.fs`, and a plain write.
 *
 * @param uri Where the report goes.
 * @param text The report.
 * @param inputs The articles it was made from.
 * @returns Nothing when written; else why not, for a person.
 */
export async function writeReportFile(uri: vscode.Uri, text: string, inputs: readonly vscode.Uri[]): Promise<{ error: string } | undefined> {
	const name = vscode.workspace.asRelativePath(uri);
	if (uri.scheme === 'file') {
		const refused = await writeReport(uri.fsPath, text, inputs.filter((input) => input.scheme === 'file').map((input) => input.fsPath));
		return refused && { error: refused.error.replace(uri.fsPath, name) };
	}
	const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
	if (stat) {
		const reason =
			stat.type & vscode.FileType.SymbolicLink
				? 'it is a symbolic link (the report would replace what it points to): give the file itself, or a new name'
				: inputs.some((input) => input.toString() === uri.toString())
					? 'it is one of the articles read'
					: await readWorkspaceFile(uri, 256 * 1024 * 1024).then((read) => ('error' in read ? `it could not be checked (${read.error})` : isCrossreadReport(new TextDecoder().decode(read.bytes)) ? undefined : 'it exists and is not a Crossread report: remove it first, or give another name'));
		if (reason) {
			return { error: `not written to ${name}: ${reason}` };
		}
	}
	try {
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
	} catch (error) {
		return { error: `cannot write ${name}: ${error instanceof Error ? error.message : String(error)}` };
	}
	return undefined;
}
