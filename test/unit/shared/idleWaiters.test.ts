import * as assert from 'node:assert/strict';
import { IdleWaiters } from '../../../src/shared/idleWaiters';

suite('waiters for idleness', () => {
	test('a waiter is answered at the first release that finds nothing busy, with the value then', async () => {
		let busy = true;
		let value = 'before';
		const waiters = new IdleWaiters(() => !busy);
		const answers: string[] = [];
		void waiters.when(() => value).then((answer) => answers.push(answer));
		waiters.release();
		await Promise.resolve();
		assert.deepEqual(answers, [], 'released while still busy');
		busy = false;
		value = 'after';
		waiters.release();
		await Promise.resolve();
		assert.deepEqual(answers, ['after']);
	});

	test('an idle source answers at once, and a callback added waits for the next release, in order', async () => {
		const waiters = new IdleWaiters(() => true);
		assert.equal(await waiters.when(() => 'now'), 'now');
		const calls: string[] = [];
		waiters.add(() => calls.push('first'));
		waiters.add(() => calls.push('second'));
		assert.deepEqual(calls, [], 'a callback ran before anything ended');
		waiters.release();
		waiters.release();
		assert.deepEqual(calls, ['first', 'second'], 'not run once each, in order');
	});
});
