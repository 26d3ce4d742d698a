import { Worker } from 'node:worker_threads';
import { IdleWaiters } from '../shared/idleWaiters';
import type { CompareInput, CompareSummary, EngineQueries, FromEngine, QueryName, ServiceOptions, ToEngine } from './protocol';

/** One engine thread and the requests waiting for its answers. */
class Engine {
	/** The generation it is comparing now, or `undefined` when idle. */
	comparing: number | undefined;
	/** Whether what it compares now is the other engine's latest input, to catch up (`Engines.warmSpare`). */
	warming = false;
	/** The texts of its latest finished comparison, by URI: a hover is answered only where the document still has that text. */
	texts = new Map<string, string>();
	/** The texts of the comparison under way. */
	pendingTexts = new Map<string, string>();
	private nextId = 0;
	private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

	constructor(
		readonly worker: Worker,
		onMessage: (engine: Engine, message: Exclude<FromEngine, { type: 'reply' }>) => void,
		onExit: (engine: Engine, reason: string) => void,
	) {
		let failure = 'it stopped';
		worker.on('error', (error) => (failure = error.stack ?? error.message));
		// A thread that ends (out of memory, a crash) fails what waits on it; the server starts another.
		worker.on('exit', () => {
			this.waiting.forEach((waiter) => waiter.reject(new Error(`Crossread's analysis thread ended: ${failure}`)));
			this.waiting.clear();
			onExit(this, failure);
		});
		worker.on('message', (message: FromEngine) => {
			if (message.type === 'reply') {
				const waiter = this.waiting.get(message.id);
				this.waiting.delete(message.id);
				if (message.error !== undefined) {
					waiter?.reject(new Error(message.error));
				} else {
					waiter?.resolve(message.result);
				}
			} else {
				onMessage(this, message);
			}
		});
	}

	send(message: ToEngine): void {
		this.worker.postMessage(message);
	}

	query<Name extends QueryName>(name: Name, params: EngineQueries[Name]['params']): Promise<EngineQueries[Name]['result']> {
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
			this.send({ type: 'query', id, name, params });
		});
	}
}

/** What the engines tell the server. */
export interface EngineEvents {
	/** A comparison advanced. */
	progress(generation: number, share: number, message: string): void;
	/** A comparison landed and is now what queries answer from. */
	compared(generation: number, summary: CompareSummary): void;
	/** A comparison ended without result: stale, or failed (`error`). */
	ended(generation: number, error?: string): void;
}

/**
 * Two engine threads, double-buffered: one holds the latest finished comparison and answers
 * every query at once, the other compares the newest input; when a comparison lands the two
 * swap. So a hover never waits for a comparison (which is one synchronous block of the core,
 * seconds long in a folder of hundreds of articles), and the server's own thread only speaks
 * the protocol. Each engine keeps its own cache and aligner, so each comparison is incremental
 * against that engine's previous one. A newer input makes the comparison under way stale
 * (the shared generation counter, read between articles); it is then started again with the
 * newest input as soon as the engine is free.
 */
export class Engines {
	private readonly latest = new Int32Array(new SharedArrayBuffer(4));
	private readonly engines: Engine[];
	private options: ServiceOptions | undefined;
	private disposed = false;
	private generation = 0;
	private pending: { generation: number; input: CompareInput } | undefined;
	/** The input of the comparison that landed last, which the spare engine catches up on. */
	private landedInput: { generation: number; input: CompareInput } | undefined;
	/** The input each engine started last, to know whether the spare one is behind. */
	private readonly started = new Map<Engine, { generation: number; input: CompareInput }>();
	private ready: Engine | undefined;
	private readonly idle = new IdleWaiters(() => !this.busy);

	constructor(
		script: string,
		private readonly events: EngineEvents,
	) {
		this.engines = [this.startEngine(script), this.startEngine(script)];
	}

	private startEngine(script: string): Engine {
		const engine = new Engine(
			// No options of the server's own node (a debugger port, a test's loader) carry over to the engines.
			new Worker(script, { workerData: { crossreadEngine: this.latest }, execArgv: [] }),
			(from, message) => this.onMessage(from, message),
			(from, reason) => this.onExit(script, from, reason),
		);
		if (this.options) {
			engine.send({ type: 'configure', options: this.options });
		}
		return engine;
	}

	/** An engine thread ended: another takes its place, and the comparison it held or ran is gone. */
	private onExit(script: string, engine: Engine, reason: string): void {
		const index = this.engines.indexOf(engine);
		if (this.disposed || index < 0) {
			return;
		}
		this.engines[index] = this.startEngine(script);
		if (this.ready === engine) {
			this.ready = undefined;
		}
		if (engine.comparing !== undefined) {
			this.onMessage(engine, { type: 'failed', generation: engine.comparing, message: reason });
		}
	}

	/** Whether a comparison is under way or waiting to start (the spare engine catching up is none). */
	get busy(): boolean {
		return this.pending !== undefined || this.engines.some((engine) => engine.comparing !== undefined && !engine.warming);
	}

	/** Whether the spare engine is catching up on the landed input (`warmSpare`). */
	get catchingUp(): boolean {
		return this.engines.some((engine) => engine.warming);
	}

	/** Sets how both engines present their results. */
	configure(options: ServiceOptions): void {
		this.options = options;
		this.engines.forEach((engine) => engine.send({ type: 'configure', options }));
	}

	/**
	 * Compares this input next: whatever is under way is stale from now on.
	 *
	 * @returns The new generation.
	 */
	compare(input: CompareInput): number {
		this.generation++;
		Atomics.store(this.latest, 0, this.generation);
		this.pending = { generation: this.generation, input };
		this.startPending();
		return this.generation;
	}

	/** The text of a document in the comparison that queries answer from, or `undefined`. */
	textOf(uri: string): string | undefined {
		return this.ready?.texts.get(uri);
	}

	/** Whether any comparison has landed. */
	get hasResult(): boolean {
		return this.ready !== undefined;
	}

	/** Asks the engine with the latest finished comparison; `undefined` when none has landed yet. */
	async query<Name extends QueryName>(name: Name, params: EngineQueries[Name]['params']): Promise<EngineQueries[Name]['result'] | undefined> {
		return this.ready?.query(name, params);
	}

	/** Resolves once nothing is compared or waiting to be. */
	whenIdle(): Promise<void> {
		return this.idle.when(() => undefined);
	}

	/** Ends both threads. */
	async dispose(): Promise<void> {
		this.disposed = true;
		await Promise.all(this.engines.map((engine) => engine.worker.terminate()));
	}

	/** Starts the pending input on the engine that does not hold the latest result, once it is free. */
	private startPending(): void {
		const spare = this.engines.find((engine) => engine !== this.ready)!;
		if (!this.pending || spare.comparing !== undefined) {
			return;
		}
		const { generation, input } = this.pending;
		this.pending = undefined;
		this.start(spare, generation, input);
	}

	private start(engine: Engine, generation: number, input: CompareInput): void {
		engine.comparing = generation;
		this.started.set(engine, { generation, input });
		engine.pendingTexts = new Map(input.articles.map((article) => [article.uri, article.text]));
		engine.send({ type: 'compare', generation, input });
	}

	/**
	 * Once a comparison has landed and nothing waits, the spare engine compares the same input
	 * in the background, so that the next edit finds it holding every article's analysis and
	 * compares only what changed: without it, the first edit after a folder opens analyses the
	 * whole folder again on the spare thread (about 50 s at 500 articles). Its result replaces
	 * nothing and tells nobody; a newer input makes it stale, as any comparison.
	 */
	private warmSpare(): void {
		const spare = this.engines.find((engine) => engine !== this.ready);
		const landed = this.landedInput;
		// Only beside a comparison that answers: with none (its thread ended), a catch-up would land nowhere.
		if (!this.ready || !spare || !landed || this.pending || spare.comparing !== undefined || this.started.get(spare)?.input === landed.input) {
			return;
		}
		spare.warming = true;
		this.start(spare, landed.generation, landed.input);
	}

	private onMessage(engine: Engine, message: Exclude<FromEngine, { type: 'reply' }>): void {
		if (message.type === 'progress') {
			if (message.generation === this.generation && !engine.warming) {
				this.events.progress(message.generation, message.share, message.message);
			}
			return;
		}
		engine.comparing = undefined;
		const warming = engine.warming;
		engine.warming = false;
		if (warming) {
			// Caught up (or made stale by a newer input): the engine that answers stays the same.
		} else if (message.type === 'compared' && message.generation === this.generation) {
			engine.texts = engine.pendingTexts;
			this.ready = engine;
			this.landedInput = this.started.get(engine);
			this.events.compared(message.generation, message.summary);
		} else {
			this.events.ended(message.generation, message.type === 'failed' ? message.message : undefined);
		}
		engine.pendingTexts = new Map();
		this.startPending();
		this.warmSpare();
		this.idle.release();
	}
}
