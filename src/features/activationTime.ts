import type * as vscode from 'vscode';

/**
 * When Node began running `dist/extension.js`, and when it had run it to the end: the bundle's
 * first and last lines set these (a banner and a footer, esbuild.mjs). Absent when the sources run
 * unbundled.
 */
declare const CROSSREAD_LOAD_START: (ActivationClock & { loaded?: ActivationClock }) | undefined;

/** A moment, by the wall clock and by the CPU time the process has used. */
export interface ActivationClock {
	/** `performance.now()`. */
	wall: number;
	/** `process.cpuUsage()`. */
	cpu: NodeJS.CpuUsage;
}

/** The clock now. */
export function activationClock(): ActivationClock {
	return { wall: performance.now(), cpu: process.cpuUsage() };
}

/**
 * The line the log gets once `activate` has run: "Activated: loading the code 9 ms, activate 5
 * ms, 12 ms of CPU; VS Code called activate 40 ms after the code had loaded." The first two are
 * Crossread's own share of what VS Code's Running Extensions shows; the wait between them is VS
 * Code's (it reads the extension's stored state, and loads the other extensions activated by the
 * same event meanwhile, on the same thread). Reading the bundle from disk and compiling it happen
 * before its first line and are not counted.
 *
 * @param load The bundle's first line and its end; undefined when the sources ran unbundled.
 * @returns The line; undefined without the bundle's times.
 */
export function activationTimeText(load: { start: ActivationClock; loaded: ActivationClock } | undefined, activateStart: ActivationClock, end: ActivationClock): string | undefined {
	if (!load) {
		return undefined;
	}
	// Thousands by hand: the first `toLocaleString` of a process loads its locale data (25 ms of CPU here).
	const ms = (value: number) => String(Math.round(value)).replace(/\B(?=(\d{3})+$)/g, ',');
	const cpu = (from: ActivationClock, to: ActivationClock) => (to.cpu.user + to.cpu.system - from.cpu.user - from.cpu.system) / 1000;
	const loading = load.loaded.wall - load.start.wall;
	const activating = end.wall - activateStart.wall;
	const busy = cpu(load.start, load.loaded) + cpu(activateStart, end);
	return `Activated: loading the code ${ms(loading)} ms, activate ${ms(activating)} ms, ${ms(busy)} ms of CPU; VS Code called activate ${ms(activateStart.wall - load.loaded.wall)} ms after the code had loaded.`;
}

/**
 * Logs how long activation took (`activationTimeText`), when the bundle recorded its times, and
 * how long VS Code's `require` of the bundle took by its own marks when it keeps them where this
 * can read them (reading and compiling the file included).
 *
 * @param extensionId `publisher.name`, as VS Code names its marks.
 */
export function logActivationTime(log: vscode.LogOutputChannel, activateStart: ActivationClock, extensionId: string): void {
	const recorded = typeof CROSSREAD_LOAD_START === 'undefined' ? undefined : CROSSREAD_LOAD_START;
	const text = activationTimeText(recorded?.loaded && { start: recorded, loaded: recorded.loaded }, activateStart, activationClock());
	if (text) {
		const required = requireTime(extensionId);
		log.info(required === undefined ? text : `${text} VS Code's require of the bundle took ${Math.round(required)} ms.`);
	}
}

/**
 * The time between VS Code's marks `code/extHost/willLoadExtensionCode/<id>` and
 * `didLoadExtensionCode/<id>`, which its extension host keeps in `globalThis.MonacoPerformanceMarks`;
 * undefined where they are not found (another host, another version).
 */
function requireTime(extensionId: string): number | undefined {
	try {
		const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } }).MonacoPerformanceMarks?.getMarks() ?? [];
		const at = (name: string) => marks.find((mark) => mark.name === `code/extHost/${name}/${extensionId}`)?.startTime;
		const [will, did] = [at('willLoadExtensionCode'), at('didLoadExtensionCode')];
		return will !== undefined && did !== undefined ? did - will : undefined;
	} catch {
		return undefined;
	}
}
