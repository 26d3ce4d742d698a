/**
 * What happened to the people or things a count counts, by the words that tell it: "31 dead",
 * "drowning at least two anglers", "150 hurt", "with three crew still missing". Two counts of one
 * story with different outcomes are two facts ("31 dead and some 150 hurt" / "six dead, scores
 * hurt" set 150 against six only by mistake). Only words that name the outcome itself: "lost
 * their lives" or "casualties" (the killed and the hurt together) say nothing here.
 */
import { words } from './wordSets';

const outcomeWords: Record<string, string> = {
	dead: 'dead die died dies dying kill killed killing kills death deaths fatalities fatality fatally slain perished drowned drowning',
	injured: 'injured injuring injure injures injury injuries wounded wounding wounds hurt hurting hospitalised hospitalized',
	shot: 'shot shooting shoot shoots',
	missing: 'missing unaccounted',
	displaced: 'displaced homeless evacuated evacuating evacuees stranded',
	arrested: 'arrested arresting arrests detained detaining',
	rescued: 'rescued rescuing survived survivors survivor',
	trapped: 'trapped',
	damaged: 'damaged destroyed flattened collapsed razed',
};

/** Each outcome word's outcome ("killing" → dead, "wounded" → injured). */
export const outcomes: ReadonlyMap<string, string> = new Map(Object.entries(outcomeWords).flatMap(([outcome, list]) => [...words(list)].map((word) => [word, outcome] as const)));

/** Words that join another clause or count to a count's own ("31 dead and 150 hurt"): the outcome's words stop there. */
export const outcomeClauseWords = words('and or but while whereas as');
