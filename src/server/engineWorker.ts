import type { MessagePort } from 'node:worker_threads';
import { CrossreadLanguageService } from './languageService';
import type { EngineQueries, FromEngine, QueryName, ToEngine } from './protocol';

/**
 * The body of an engine thread: one language service, driven by messages. `latest` is shared
 * with the server (a SharedArrayBuffer): the server writes each new generation there, so a
 * comparison sees at once, between two articles, that a newer change made it stale, without
 * waiting for a message it could only read once it yields.
 *
 * @param port The thread's port to the server.
 * @param latest `[0]`: the newest generation the server asked for.
 */
export function runEngine(port: MessagePort, latest: Int32Array): void {
	const service = new CrossreadLanguageService();
	const post = (message: FromEngine) => port.postMessage(message);
	const queries: { [name in QueryName]: (params: EngineQueries[name]['params']) => EngineQueries[name]['result'] } = {
		hover: ({ uri, position }) => service.hover(uri, position),
		semanticTokens: ({ uri }) => service.semanticTokens(uri),
		diagnostics: ({ offset, limit }) => service.diagnostics(offset, limit),
		codeActions: ({ uri, range }) => service.codeActions(uri, range),
		discrepancies: () => service.discrepancies(),
		sources: () => service.sources(),
		entities: () => service.entities(),
		report: () => service.report(),
		exportReport: ({ format }) => service.exportReport(format),
		folder: () => service.folder(),
		marks: ({ uri }) => service.marks(uri),
		passage: ({ uri, offset }) => service.passage(uri, offset),
		twoOutlets: ({ left, right }) => service.twoOutlets(left, right),
		discrepancyList: ({ which, uri, offset }) => service.discrepancyList(which, uri, offset),
		discrepancyRows: ({ id }) => service.discrepancyRows(id),
		entityRows: ({ id }) => service.entityRows(id),
	};
	port.on('message', (message: ToEngine) => {
		if (message.type === 'configure') {
			service.configure(message.options);
		} else if (message.type === 'query') {
			try {
				const answer = (queries[message.name] as (params: unknown) => unknown)(message.params);
				post({ type: 'reply', id: message.id, result: answer });
			} catch (error) {
				post({ type: 'reply', id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
			}
		} else {
			const { generation } = message;
			const stopped = () => Atomics.load(latest, 0) !== generation;
			service
				.compare(message.input, { stopped, progress: (share, text) => post({ type: 'progress', generation, share, message: text }) })
				.then(
					(summary) => {
						if (summary) {
							service.generation = generation;
						}
						post(summary ? { type: 'compared', generation, summary } : { type: 'stopped', generation });
					},
					(error: unknown) => post({ type: 'failed', generation, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
				);
		}
	});
}
