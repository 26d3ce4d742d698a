/**
 * Why a page could not be imported, in one line for a person ("HTTP 404 Not Found", "no article
 * found in the page"): the command line prints it after the URL, the editor in its message.
 */
export class ImportError extends Error {
	override readonly name = 'ImportError';
}

/** The one-line message of anything thrown while importing; an unexpected error keeps its own message. */
export function importErrorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
