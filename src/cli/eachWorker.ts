import { parentPort } from 'node:worker_threads';
import { printable, stripControls } from '../core/report/controlCharacters';
import { writeReport } from '../core/safeWrite';
import type { EventResult, EventTask } from './each';
import { reportFolder } from './reportFolder';
import { UsageError } from './usageError';

/**
 * The worker side of `--each`: reports each event it is sent and answers with one result. Any
 * failure of one event, expected or not, becomes that event's message; the worker goes on.
 */
export function serveEvents(): void {
	parentPort!.on('message', (task: EventTask) => {
		void reportEvent(task).then((result) => parentPort!.postMessage(result));
	});
}

async function reportEvent({ event, folder, out, settings }: EventTask): Promise<EventResult> {
	try {
		const { output, warnings, inputs } = await reportFolder([folder], settings);
		const refused = await writeReport(out, output, inputs);
		return refused ? { event, written: false, message: printable(refused.error), warnings } : { event, written: true, warnings };
	} catch (error) {
		if (error instanceof UsageError) {
			return { event, written: false, message: stripControls(error.message), warnings: error.warnings };
		}
		return { event, written: false, message: `internal error: ${stripControls((error as Error)?.message ?? String(error))}`, warnings: [] };
	}
}
