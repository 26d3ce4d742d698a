import type { CorpusAnalysis } from '../../types';
import { Aligner } from '../aligner';
import { assembleComparison, type Comparison } from '../assembleComparison';
import { alignCorpus } from '../compare';
import { DraftCache } from './draftCache';

/**
 * A folder compared again after each edit at the cost of what the edit touches: the edited
 * article's passages aligned again (and the passages whose matches that can change), the claims
 * those passages belong to judged again, the rest reused. What it returns is what
 * `compareCorpus` returns for the same folder compared from scratch (the equivalence test says
 * so on random edits); only the time differs.
 */
export class IncrementalComparer {
	/** The aligner kept between comparisons (the hover's look-ups read it). */
	readonly aligner = new Aligner({ incremental: true });
	private drafts = new DraftCache();

	/**
	 * Compares a folder, reusing what the previous comparison found for what did not change.
	 *
	 * @param corpus The folder's analysis, its unchanged articles' analyses as before.
	 * @returns The comparison.
	 */
	compare(corpus: CorpusAnalysis): Comparison {
		try {
			const context = alignCorpus(corpus, this.aligner);
			const drafts = this.drafts.drafts(context);
			this.aligner.releaseNearMisses();
			return assembleComparison(context, drafts);
		} catch (error) {
			// Half-judged, the cache could not say which claims the aligner's last changes touched: it starts afresh.
			this.drafts = new DraftCache();
			throw error;
		}
	}

	/** How many claims and near misses the last comparison judged afresh (the others were reused). */
	get judgedAfresh(): number {
		return this.drafts.judged;
	}
}
