/**
 * Verbs by which words are put to someone: in the passive, the agent after "by" speaks ("was
 * asked by the host, “…?”"), not the subject (`quotes/passiveAgent.ts`).
 */
import { words } from './wordSets';

/** Past participles of putting words or a question to someone. */
export const puttingToVerbs = words('asked told questioned pressed challenged');
