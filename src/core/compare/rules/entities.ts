/**
 * The entity kind's rules and constants (`discrepancies/entities.ts`, `swaps.ts`), each justified
 * by an example input.
 */
export const entityRules = {
	/**
	 * Least similarity of aligned passages for a swapped name to rank above low, by its type.
	 * A place where several outlets agree on another: 0.2 ("signed in Vessingrad" / "the pact,
	 * signed in Port Halden on Tuesday, …"), high from 0.3; a place several articles write is a
	 * place of the story, listed only from 0.3 (`otherPlaceOfStory`). A person: 0.5, or 0.35 when both are
	 * written somewhere in full with a known first name ("Tom Brackley" / "Ada Quillon"), since
	 * "X said" / "Y said" in loosely alike sentences is often just another person quoted. An
	 * organization: 0.6. Two outlets alone (one each): near copies only, 0.6.
	 */
	minCloseness: { place: 0.2, placeHigh: 0.3, person: 0.5, namedPerson: 0.35, organization: 0.6, nearCopies: 0.6 },
	/**
	 * One passage against one, yet the folder has settled the name: the odd name is written in its
	 * own article only, the other in at least `articles` articles, and the two passages are at least
	 * `closeness` alike ("Lenz signed with Brennick, her new label" / "Lenz, who signed with Osk
	 * Records in May", Osk Records named by four articles). A person met once in a loosely alike
	 * sentence is often just another person quoted: hence a claim's passages, not near misses.
	 * From `roleCloseness` when the two names follow the same word, their role in both sentences
	 * ("co-wrote it with his brother Brennick" / "best known for the comedies he made with his
	 * brother Ivo", 0.31 alike): the same slot of one fact.
	 */
	folderSettled: { articles: 3, closeness: 0.45, roleCloseness: 0.25 },
	/**
	 * A surname misspelt past recognition in a sentence that is the other's best match on one side
	 * only ("her agent, Tomas Brisk, said" / "her agent, Tomas Vey, said") is listed only from this
	 * similarity: two people who share a first name in sentences that merely share a topic ("a
	 * strategist, Ivo Marsh, told reporters" / "a strategist on Ivo Brandt's campaign said", 0.12
	 * to 0.22 alike) are two people.
	 */
	misspeltSurnameCloseness: 0.25,
	/**
	 * Two places each named by at least this share of the folder's articles are the story's places,
	 * not one place and an outlet's error: a folder on one evening's primaries in Tarnia and Vell
	 * names both states in nearly every article, so "Quell won Tarnia" / "Quell won Vell by ten
	 * points" tells two results. An outlet that misplaces the event names a place most others do
	 * not ("signed in Vessingrad", three articles of eight, stays listed).
	 */
	storyPlaces: 0.75,
	/**
	 * How many words before a name may hold its verb of speech: "said California Highway Patrol
	 * Officer Tomas Vey" reaches "said" in four. Two people each named as a speaker, each known to
	 * the folder (`speakerSwapArticles` articles or more), are two officials quoted, not a swap:
	 * at most low.
	 */
	speakerWindow: 5,
	speakerSwapArticles: 2,
	/**
	 * A name met once that keeps part of the others' name is read as garbled in the same passage
	 * retold ("Agentur Tianbao" / "Tianbao News Agency", passages 0.6 alike and more) only from
	 * this similarity, the place's own floor: two sentences that merely share a topic name two
	 * bodies of one kind ("a poll by Osk University found" / "he told the crowd at Tarn University",
	 * 0.13 alike).
	 */
	garbledCloseness: 0.2,
	/**
	 * A name another outlet replaced stands among words the two passages share: "signed in
	 * Vessingrad on Tuesday" / "signed in Port Halden on Tuesday". Passages that share no content
	 * word outside their names are aligned on the names or on a word read into a name, and tell no
	 * swap: a section line "Marr: ONWARD TO TARNIA." against "the moderators moved on, but Quell
	 * kept at it"; a fragment "Ames of Vell, Gov." against a quote "He did it in Tarnia". A name
	 * garbled, misnamed or settled by the folder has its own evidence.
	 */
	sharedBesideNames: 1,
	/**
	 * Words that open a clause about an earlier or later event after a span of time: a place after
	 * "three days before" is that event's ("was arrested on the 6th, three days before the Gulls were
	 * beaten in Tarnford"), not the sentence's own ("arrested on the 6th in Orlek Heights on suspicion of
	 * theft"). One side's name in such a clause against the other's in the main one tells two events
	 * (`inOtherEvent`). "When" and "while" are left out: "killed when the bus crashed in Quillmoor"
	 * tells the event itself.
	 */
	otherEventWords: new Set(['before', 'after', 'following', 'prior']),
};
