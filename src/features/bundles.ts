import { basename } from 'node:path';

/**
 * The one-line message for a bundle of the extension's own that is not there (an extension built
 * without it, or a file removed by hand), in place of Node's "Cannot find module '…/dist/local.js'"
 * and its require stack. Undefined for any other error, which keeps its own message.
 *
 * @param error What `require` threw.
 * @param file The bundle, as the extension ships it (`dist/local.js`).
 * @param what What the bundle does, for the reader: "the in-process analysis".
 */
export function missingBundleMessage(error: unknown, file: string, what: string): string | undefined {
	// Node's first line names the module not found ("Cannot find module '/ext/dist/local.js'"); the
	// lines after it, the require stack, name the bundle too when it is the bundle that lacks a module.
	const missing = error instanceof Error && (error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && error.message.split('\n')[0].endsWith(`${basename(file)}'`);
	return missing ? `Crossread: ${what} (${file}) is missing from the extension; reinstall Crossread, or run "npm run build" in its folder.` : undefined;
}

/** A bundle of the extension's own is missing: the message is the one line to show (`missingBundleMessage`). */
export class MissingBundleError extends Error {}

/**
 * Requires one of the extension's own bundles, loaded on first use; when it is missing, throws an
 * `MissingBundleError`, whose message is one line that names it (`missingBundleMessage`).
 *
 * @param load The `require` call (a path esbuild leaves to run time, beside `dist/extension.js`).
 */
export function requireBundle<T>(load: () => T, file: string, what: string): T {
	try {
		return load();
	} catch (error) {
		const message = missingBundleMessage(error, file, what);
		if (message) {
			throw new MissingBundleError(message, { cause: error });
		}
		throw error;
	}
}
