/** A failure the user can fix: printed as one line, never as a stack trace. */
export class UsageError extends Error {
	constructor(
		message: string,
		readonly exitCode = 1,
		/** Lines to say before the message (the warnings of the articles read). */
		readonly warnings: string[] = [],
	) {
		super(message);
	}
}

/** One line on standard error, as every message of the command line is. */
export function say(line: string): void {
	process.stderr.write(`crossread: ${line}\n`);
}
