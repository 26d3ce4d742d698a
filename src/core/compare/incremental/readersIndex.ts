import type { ArticleAnalysis } from '../../types';
import type { Unit } from '../units';
import type { Reads, Update } from './reads';

/**
 * Kept judgements by the passages they read. After an edit only those that read a passage whose
 * weights changed, or one let go, need their reads checked (`stillHolds`); any other holds while
 * its passages, scores and flags are the same. A folder of 1,000 articles keeps hundreds of
 * thousands of judgements, and an edit changes the weights of a few passages: a judgement of the
 * near miss {ferry, quay} is not looked at when only berth's weights moved.
 */
export class ReadersIndex<T extends { reads: Reads }> {
	/** By passage, and by an article's analysis read whole (`Reads.analyses`). */
	private readonly readers = new WeakMap<Unit | ArticleAnalysis, T[]>();

	/** Notes a judgement under each passage and analysis it read: once, when the judgement is made (its reads never change). */
	note(record: T): void {
		for (const read of [record.reads.pairs, record.reads.bandPairs, record.reads.analyses, record.reads.figureTests.map((asked) => asked.analysis), record.reads.quoteSpans.map((asked) => asked.analysis)]) {
			for (const unit of read) {
				const list = this.readers.get(unit);
				if (!list) {
					this.readers.set(unit, [record]);
				} else if (list[list.length - 1] !== record) {
					list.push(record);
				}
			}
		}
	}

	/**
	 * The judgements that read a passage of the update (changed or let go), or an analysis since
	 * replaced, among those `alive` says may still serve; the others are forgotten on the way.
	 *
	 * @param replaced The analyses of the articles analysed again since the last comparison, as they were.
	 */
	suspects(update: Pick<Update, 'changed' | 'gone'>, alive: (record: T) => boolean, replaced: readonly ArticleAnalysis[] = []): Set<T> {
		const found = new Set<T>();
		for (const units of [update.changed, update.gone, replaced]) {
			for (const unit of units) {
				const list = this.readers.get(unit);
				if (!list) {
					continue;
				}
				const live = list.filter(alive);
				if (live.length !== list.length) {
					this.readers.set(unit, live);
				}
				for (const record of live) {
					found.add(record);
				}
			}
		}
		return found;
	}
}
