/** Whether a promise has settled, and its value: read after the test lets pending callbacks run. */
export function watch<T>(promise: Promise<T>): { settled: boolean; value?: T } {
	const state: { settled: boolean; value?: T } = { settled: false };
	void promise.then((value) => {
		state.settled = true;
		state.value = value;
	});
	return state;
}
