import type * as vscode from 'vscode';

/**
 * When Node began running `dist/extension.js`: the bundle's first line (a banner, esbuild.mjs) sets
 * it. Absent when the sources run unbundled.
 */
declare const CROSSREAD_LOAD_START: ActivationClock | undefined;

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
 * The line the log gets once `activate` has run: "Activated in 14 ms (loading the code 9 ms,
 * activate 5 ms), 12 ms of CPU." This is Crossread's own share of what VS Code's Running
 * Extensions shows, whose clock also runs while the extension host loads other extensions
 * activated by the same event (see README). Reading the bundle from disk and compiling it happen
 * before its first line and are not counted. Undefined without the bundle's start time.
 */
export function activationTimeText(loadStart: ActivationClock | undefined, activateStart: ActivationClock, end: ActivationClock): string | undefined {
	if (!loadStart) {
		return undefined;
	}
	const ms = (value: number) => Math.round(value);
	const cpu = (end.cpu.user + end.cpu.system - loadStart.cpu.user - loadStart.cpu.system) / 1000;
	return `Activated in ${ms(end.wall - loadStart.wall)} ms (loading the code ${ms(activateStart.wall - loadStart.wall)} ms, activate ${ms(end.wall - activateStart.wall)} ms), ${ms(cpu)} ms of CPU.`;
}

/** Logs how long activation took (`activationTimeText`), when the bundle recorded its start. */
export function logActivationTime(log: vscode.LogOutputChannel, activateStart: ActivationClock): void {
	const text = activationTimeText(typeof CROSSREAD_LOAD_START === 'undefined' ? undefined : CROSSREAD_LOAD_START, activateStart, activationClock());
	if (text) {
		log.info(text);
	}
}
