import type { Entity } from '../../types';
import type { CompareContext } from '../context';
import { placesWrittenTogether } from '../placesTogether';
import { storyDay, storyYear } from '../storyTime';
import { entityKey } from '../units';

/**
 * What every claim's drafts read besides its passages: the articles and their outlet names, each
 * identity's name, type, spellings and articles ("appears in no other article"), the places the
 * folder writes one inside the other (`placesWrittenTogether`: few, and read from the whole
 * folder) and the story's year and day (a figure dated earlier or far from it tells background, `figureSlotReadings.ts`).
 * When any of it changes, every claim is judged again. Kept as its parts and compared part by
 * part with the next comparison's: no string of the whole folder is built per edit.
 */
export class FolderEpoch {
	private articles: readonly string[] = [];
	private outlets: string[] = [];
	private identities: readonly Entity[] = [];
	private lines: string[] = [];
	private places: string[] = [];
	private year: number | undefined;
	private day: string | undefined;
	private known = false;

	/**
	 * Notes a comparison's epoch.
	 *
	 * @returns Whether it differs from the one noted last (always, the first time).
	 */
	moved(context: CompareContext): boolean {
		const { articleIds } = context;
		const outlets = articleIds.map((article) => context.outlet(article));
		const identities = context.corpus.entities;
		const lines = identities === this.identities ? this.lines : identities.map((entity, i) => (entity === this.identities[i] ? this.lines[i] : identityLine(entity)));
		const places = [...placesWrittenTogether(context.corpus)].sort();
		const year = storyYear(context.corpus);
		const day = storyDay(context.corpus);
		const same = this.known && sameList(articleIds, this.articles) && sameList(outlets, this.outlets) && sameList(lines, this.lines) && sameList(places, this.places) && year === this.year && day === this.day;
		this.articles = articleIds;
		this.outlets = outlets;
		this.identities = identities;
		this.lines = lines;
		this.places = places;
		this.year = year;
		this.day = day;
		this.known = true;
		return !same;
	}
}

function sameList(a: readonly (string | undefined)[], b: readonly (string | undefined)[]): boolean {
	return a === b || (a.length === b.length && a.every((item, i) => item === b[i]));
}

/**
 * Each identity's line of the epoch, by identity object: the name grouping keeps the identities an
 * edit leaves (`namesKept.ts`), and an identity is never changed once made.
 */
const identityLines = new WeakMap<Entity, string>();

function identityLine(entity: Entity): string {
	let line = identityLines.get(entity);
	if (line === undefined) {
		line = `${entityKey(entity)}|${entity.type}|${entity.name}|${entity.forms.join('/')}|${[...new Set(entity.mentions.map((mention) => mention.article))].join(',')}`;
		identityLines.set(entity, line);
	}
	return line;
}
