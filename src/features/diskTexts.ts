import type * as vscode from 'vscode';
import { decodeBytes } from '../core/decode';
import { defaultMaxBytes } from '../core/load';
import { readWorkspaceFile } from './workspaceFiles';

/** A file's text as read from disk, or why it is not an article. */
export type DiskText = { text: string; encoding: string } | { error: string };

/**
 * The workspace's article files as read from disk, each read and decoded once until it changes
 * (the analysis service's watchers `forget` it then): a bad file is logged once, never a
 * notification, and remembered as an error.
 */
export class DiskTexts {
	private readonly texts = new Map<string, DiskText>();

	constructor(private readonly log: vscode.LogOutputChannel) {}

	/** The file's text, read and decoded on first asking. */
	async read(uri: vscode.Uri, path: string): Promise<DiskText> {
		const key = uri.toString();
		const known = this.texts.get(key);
		if (known) {
			return known;
		}
		let result: DiskText;
		const read = await readWorkspaceFile(uri, defaultMaxBytes);
		if ('error' in read) {
			result = { error: `${read.error}, skipped` };
		} else {
			const decoded = decodeBytes(read.bytes);
			result = 'error' in decoded ? { error: decoded.error.includes('skipped') ? decoded.error : `${decoded.error}, skipped` } : decoded;
			if ('caveat' in decoded && decoded.caveat) {
				this.log.info(`${path}: ${decoded.caveat}.`);
			}
		}
		if ('error' in result) {
			this.log.warn(`${path}: ${result.error}`);
		}
		this.texts.set(key, result);
		return result;
	}

	/** Reads the file again when next asked: it changed or went. */
	forget(uri: vscode.Uri): void {
		this.texts.delete(uri.toString());
	}

	/** Forgets every file but these (the current articles). */
	keepOnly(keys: ReadonlySet<string>): void {
		for (const key of this.texts.keys()) {
			if (!keys.has(key)) {
				this.texts.delete(key);
			}
		}
	}

	/** Forgets every file. */
	clear(): void {
		this.texts.clear();
	}
}
