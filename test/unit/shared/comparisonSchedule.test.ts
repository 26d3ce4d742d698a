import * as assert from 'node:assert/strict';
import { ComparisonSchedule, type Countdown } from '../../../src/shared/comparisonSchedule';
import { watch } from '../helpers/watchPromise';

/** A cancellation token the test reads. */
interface FakeToken {
	cancelled: boolean;
}

/** A comparison the schedule started, which the test finishes or fails by hand. */
interface StartedComparison {
	token: FakeToken;
	finish(): void;
	fail(error: Error): void;
}

/** Time that moves only when the test says so. */
class FakeClock {
	private now = 0;
	private readonly countdowns: { at: number; callback: () => void; done: boolean }[] = [];

	readonly startCountdown = (callback: () => void, ms: number): Countdown => {
		const countdown = { at: this.now + ms, callback, done: false };
		this.countdowns.push(countdown);
		return { clear: () => (countdown.done = true) };
	};

	/** Moves time on by `ms`, running each countdown that comes due, earliest first. */
	advance(ms: number): void {
		const end = this.now + ms;
		for (;;) {
			const due = this.countdowns.filter((countdown) => !countdown.done && countdown.at <= end).sort((a, b) => a.at - b.at)[0];
			if (!due) {
				break;
			}
			this.now = due.at;
			due.done = true;
			due.callback();
		}
		this.now = end;
	}
}

/** Lets the promises settled so far run their callbacks. */
function settle(): Promise<void> {
	return new Promise((resolve) => setImmediate(resolve));
}

/** A schedule with fake time, fake comparisons and a record of what it asked of its host. */
function workspace() {
	const clock = new FakeClock();
	const started: StartedComparison[] = [];
	const seen = { relists: 0, pausedChanges: 0, errors: [] as string[] };
	const schedule = new ComparisonSchedule<FakeToken>({
		startCountdown: clock.startCountdown,
		newCancellation: () => {
			const token = { cancelled: false };
			return { token, cancel: () => (token.cancelled = true), dispose: () => undefined };
		},
		compare: (token) => new Promise<void>((finish, fail) => started.push({ token, finish, fail })),
		relist: () => seen.relists++,
		pausedChanged: () => seen.pausedChanges++,
		log: { error: (message) => seen.errors.push(message) },
	});
	return { clock, started, seen, schedule };
}

/** A workspace that is compared as it changes, its first comparison over (and forgotten by `started`). */
async function comparedWorkspace() {
	const folder = workspace();
	folder.schedule.decide(true);
	folder.clock.advance(0);
	folder.started[0].finish();
	await settle();
	folder.started.length = 0;
	return folder;
}

suite('the schedule of the comparisons (in-process and language server)', () => {
	test('an edit schedules one comparison after the quiet time', async () => {
		const { clock, started, schedule } = await comparedWorkspace();
		schedule.schedule();
		clock.advance(299);
		assert.equal(started.length, 0, 'compared before 300 ms of quiet');
		clock.advance(1);
		assert.equal(started.length, 1);
		clock.advance(10_000);
		assert.equal(started.length, 1, 'one edit, one comparison');
	});

	test('a second edit within the quiet time restarts the wait', async () => {
		const { clock, started, schedule } = await comparedWorkspace();
		schedule.schedule();
		clock.advance(200);
		schedule.schedule();
		clock.advance(200);
		assert.equal(started.length, 0, 'the first edit\'s wait was not restarted');
		clock.advance(100);
		assert.equal(started.length, 1);
		clock.advance(10_000);
		assert.equal(started.length, 1, 'two edits in a row, one comparison');
	});

	test('a newer edit cancels the comparison under way', async () => {
		const { clock, started, schedule } = await comparedWorkspace();
		schedule.schedule();
		clock.advance(300);
		assert.equal(started[0].token.cancelled, false);
		schedule.schedule();
		assert.equal(started[0].token.cancelled, true, 'the stale comparison goes on');
		clock.advance(300);
		assert.equal(started.length, 2);
		assert.equal(started[1].token.cancelled, false);
	});

	test('nothing is compared before the workspace has been looked at', () => {
		const { clock, started, seen, schedule } = workspace();
		schedule.schedule();
		schedule.relist();
		clock.advance(10_000);
		assert.equal(started.length, 0);
		assert.equal(schedule.paused, false, 'looking at the workspace is not waiting for a command');
		assert.equal(seen.relists, 1, 'the files are still to be listed again');
	});

	test('a software project waits until a command asks', async () => {
		const { clock, started, seen, schedule } = workspace();
		schedule.decide(false);
		assert.equal(schedule.paused, true);
		assert.equal(seen.pausedChanges, 1);
		schedule.schedule();
		schedule.relist();
		clock.advance(10_000);
		assert.equal(started.length, 0, 'compared without a command');
		const answer = watch(schedule.whenCompared(() => 'snapshot'));
		assert.equal(schedule.paused, false);
		assert.equal(seen.pausedChanges, 2);
		clock.advance(0);
		assert.equal(started.length, 1, 'the command was not answered with a comparison');
		started[0].finish();
		await settle();
		assert.deepEqual(answer, { settled: true, value: 'snapshot' });
	});

	test('a waiter of a waiting workspace is answered at once, and nothing is compared for it', async () => {
		const { clock, started, schedule } = workspace();
		schedule.decide(false);
		const answer = watch(schedule.whenIdle(() => 'the last result'));
		await settle();
		assert.deepEqual(answer, { settled: true, value: 'the last result' });
		assert.equal(schedule.paused, true, 'waiting for idle asked for a comparison');
		clock.advance(10_000);
		assert.equal(started.length, 0);
	});

	test('a waiter that comes before the workspace has been looked at waits for the decision', async () => {
		const waits = workspace();
		const released = watch(waits.schedule.whenIdle(() => 'nothing to wait for'));
		await settle();
		assert.deepEqual(released, { settled: false }, 'answered before anything was decided');
		waits.schedule.decide(false);
		await settle();
		assert.deepEqual(released, { settled: true, value: 'nothing to wait for' }, 'a workspace that now waits still holds the waiter');

		const compares = workspace();
		let compared = 0;
		const answer = watch(compares.schedule.whenIdle(() => `compared ${compared}`));
		compares.schedule.decide(true);
		compares.clock.advance(0);
		await settle();
		assert.deepEqual(answer, { settled: false }, 'answered before the first comparison ended');
		compared++;
		compares.started[0].finish();
		await settle();
		assert.deepEqual(answer, { settled: true, value: 'compared 1' });
	});

	test('a command that asked while the workspace was looked at is not undone by what was found', () => {
		const { clock, started, seen, schedule } = workspace();
		schedule.resume();
		schedule.decide(false);
		assert.equal(schedule.paused, false);
		assert.equal(seen.pausedChanges, 0);
		clock.advance(0);
		assert.equal(started.length, 1);
	});

	test('a change of the files settings compares a waiting workspace only when it now says always', () => {
		const { clock, started, seen, schedule } = workspace();
		schedule.decide(false);
		schedule.filesSettingChanged(false);
		clock.advance(10_000);
		assert.equal(schedule.paused, true);
		assert.equal(started.length, 0);
		schedule.filesSettingChanged(true);
		assert.equal(schedule.paused, false);
		assert.equal(seen.relists, 2, 'each change lists the files again');
		clock.advance(299);
		assert.equal(started.length, 0, 'a change of settings waits the quiet time too');
		clock.advance(1);
		assert.equal(started.length, 1);
	});

	test('a file added by hand lists the files again and compares a waiting workspace at once', () => {
		const { clock, started, seen, schedule } = workspace();
		schedule.decide(false);
		schedule.compareAsked();
		assert.equal(schedule.paused, false);
		assert.equal(seen.relists, 1);
		clock.advance(0);
		assert.equal(started.length, 1);
	});

	test('waiters are released when the folder is idle', async () => {
		const { clock, started, schedule } = await comparedWorkspace();
		schedule.schedule();
		clock.advance(300);
		let version = 1;
		const answer = watch(schedule.whenIdle(() => `version ${version}`));
		let calledBack = 0;
		schedule.onIdle(() => calledBack++);
		schedule.schedule();
		started[0].finish();
		await settle();
		assert.deepEqual(answer, { settled: false }, 'released while a newer comparison was scheduled');
		assert.equal(calledBack, 0);
		clock.advance(300);
		version = 2;
		started[1].finish();
		await settle();
		assert.deepEqual(answer, { settled: true, value: 'version 2' }, 'not released, or not with the latest value');
		assert.equal(calledBack, 1);
	});

	test('an idle folder answers a waiter with its latest value at once', async () => {
		const { schedule } = await comparedWorkspace();
		assert.equal(schedule.busy, false);
		const answer = watch(schedule.whenIdle(() => 'latest'));
		await settle();
		assert.deepEqual(answer, { settled: true, value: 'latest' });
	});

	test('a stale comparison that ends does not make the folder look idle while a newer one runs', async () => {
		const { clock, started, schedule } = await comparedWorkspace();
		schedule.schedule();
		clock.advance(300);
		schedule.schedule();
		clock.advance(300);
		const answer = watch(schedule.whenIdle(() => 'done'));
		started[0].finish();
		await settle();
		assert.equal(schedule.busy, true, 'the newer comparison was forgotten');
		assert.deepEqual(answer, { settled: false });
		started[1].finish();
		await settle();
		assert.equal(schedule.busy, false);
		assert.deepEqual(answer, { settled: true, value: 'done' });
	});

	test('a comparison that fails is logged and still releases the waiters', async () => {
		const { clock, started, seen, schedule } = await comparedWorkspace();
		schedule.schedule();
		clock.advance(300);
		const answer = watch(schedule.whenIdle(() => 'after the failure'));
		started[0].fail(new Error('the disk went away'));
		await settle();
		assert.equal(seen.errors.length, 1);
		assert.match(seen.errors[0], /the disk went away/);
		assert.deepEqual(answer, { settled: true, value: 'after the failure' });
		assert.equal(schedule.busy, false);
	});

	test('disposing stops the countdown and cancels the comparison under way', async () => {
		const { clock, started, schedule } = await comparedWorkspace();
		schedule.schedule();
		clock.advance(300);
		schedule.schedule();
		schedule.dispose();
		assert.equal(started[0].token.cancelled, true);
		clock.advance(10_000);
		assert.equal(started.length, 1, 'a comparison started after dispose');
	});
});
