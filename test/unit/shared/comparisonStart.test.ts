import * as assert from 'node:assert/strict';
import { ComparisonStart } from '../../../src/shared/comparisonStart';

/** A workspace's start, with a count of the times it said it started or stopped waiting. */
function workspace() {
	const told = { pausedChanges: 0 };
	const start = new ComparisonStart(() => told.pausedChanges++);
	return { told, start };
}

/** What the start says of itself, in one value to compare. */
function stateOf(start: ComparisonStart) {
	return { decided: start.decided, paused: start.paused, comparing: start.comparing };
}

suite('whether the workspace is compared yet (in-process, language server and its client)', () => {
	test('a workspace not yet looked at is neither waiting nor compared', () => {
		const { told, start } = workspace();
		assert.deepEqual(stateOf(start), { decided: false, paused: false, comparing: false });
		assert.equal(told.pausedChanges, 0);
	});

	test('a software project waits for a command, and says so once', () => {
		const { told, start } = workspace();
		assert.equal(start.decide(false), true, 'the first look did not decide');
		assert.deepEqual(stateOf(start), { decided: true, paused: true, comparing: false });
		assert.equal(told.pausedChanges, 1);
	});

	test('a workspace to compare is compared from the first look, with no word of waiting', () => {
		const { told, start } = workspace();
		assert.equal(start.decide(true), true, 'the first look did not decide');
		assert.deepEqual(stateOf(start), { decided: true, paused: false, comparing: true });
		assert.equal(told.pausedChanges, 0, 'a workspace that never waited was said to stop waiting');
	});

	test('only the first look decides', () => {
		const compared = workspace();
		compared.start.decide(true);
		assert.equal(compared.start.decide(false), false, 'a second look decided again');
		assert.deepEqual(stateOf(compared.start), { decided: true, paused: false, comparing: true }, 'a compared workspace was made to wait');
		assert.equal(compared.told.pausedChanges, 0);

		const waiting = workspace();
		waiting.start.decide(false);
		assert.equal(waiting.start.decide(true), false, 'a second look decided again');
		assert.deepEqual(stateOf(waiting.start), { decided: true, paused: true, comparing: false }, 'a look, not a command, stopped the waiting');
		assert.equal(waiting.told.pausedChanges, 1);
	});

	test('a command stops the waiting and says so', () => {
		const { told, start } = workspace();
		start.decide(false);
		assert.equal(start.compare(), true, 'the command was not reported as a change');
		assert.deepEqual(stateOf(start), { decided: true, paused: false, comparing: true });
		assert.equal(told.pausedChanges, 2);
	});

	test('a command before the first look decides, and what is found after does not make the workspace wait', () => {
		const { told, start } = workspace();
		assert.equal(start.compare(), true, 'the command was not reported as a change');
		assert.deepEqual(stateOf(start), { decided: true, paused: false, comparing: true });
		assert.equal(start.decide(false), false, 'the look decided after the command');
		assert.equal(start.paused, false, 'what was found undid the command');
		assert.equal(told.pausedChanges, 0, 'a workspace that never waited was said to start or stop waiting');
	});

	test('asking to compare a workspace already compared changes nothing', () => {
		const { told, start } = workspace();
		start.decide(true);
		assert.equal(start.compare(), false, 'a second request was reported as a change (the server would be told again)');
		assert.deepEqual(stateOf(start), { decided: true, paused: false, comparing: true });
		assert.equal(told.pausedChanges, 0);
	});
});
