// Ends what a run started, whatever ends the run: each resource (a code-server process group, a
// browser) registers how to stop it gently and how to kill it at once. On SIGINT, SIGTERM or
// SIGHUP every resource is stopped before the process exits; a second signal, or a process that
// exits without stopping them, kills what is left synchronously.
import { constants } from 'node:os';

/**
 * @typedef {object} Resource
 * @property {string} name What it is, for messages.
 * @property {() => Promise<void>} stop Ends it gently.
 * @property {() => void} kill Ends it at once; synchronous, so that it also runs on `exit`.
 */

/** @type {Set<Resource>} */
const resources = new Set();
/** @type {(() => void)[]} */
const finalChecks = [];
let installed = false;
let stopping = false;

/**
 * Registers a resource to end on a signal or at exit.
 *
 * @param {Resource} resource
 * @returns {() => void} Unregisters it (once it has been stopped normally).
 */
export function track(resource) {
	install();
	resources.add(resource);
	return () => resources.delete(resource);
}

/**
 * Registers a synchronous check that runs after a signal has stopped every resource, and at exit
 * (the runner kills what a run left behind there).
 *
 * @param {() => void} check
 */
export function afterTeardown(check) {
	install();
	finalChecks.push(check);
}

/**
 * Whether a signal is ending the process: start nothing new.
 *
 * @returns {boolean}
 */
export function isStopping() {
	return stopping;
}

function install() {
	if (installed) {
		return;
	}
	installed = true;
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
		process.on(signal, () => void stopAll(signal));
	}
	process.on('exit', killAll);
}

/** @param {'SIGINT' | 'SIGTERM' | 'SIGHUP'} signal */
async function stopAll(signal) {
	const code = 128 + constants.signals[signal];
	if (stopping) {
		killAll();
		process.exit(code);
	}
	stopping = true;
	console.error(`\n${signal}: stopping ${[...resources].map((resource) => resource.name).join(', ') || 'nothing'}…`);
	// NOTE: a stop that hangs (a browser that does not answer) must not keep the process alive.
	const deadline = setTimeout(() => {
		killAll();
		process.exit(code);
	}, 15_000);
	await Promise.allSettled([...resources].map((resource) => resource.stop()));
	clearTimeout(deadline);
	killAll();
	process.exit(code);
}

function killAll() {
	for (const resource of resources) {
		try {
			resource.kill();
		} catch {
			// Already gone.
		}
	}
	resources.clear();
	for (const check of finalChecks.splice(0)) {
		check();
	}
}
