/**
 * The identities of a folder from its joined spellings (`grouping.ts`): each group's type, its
 * canonical name and its mentions in folder order.
 */
import type { DisjointSets } from './disjointSets';
import type { Entity, EntityType } from '../types';
import { groupOf, type Form } from './forms';

/**
 * The type of a group: what the words of its spellings imply ("… Agency", "Beijing", "Oleg …"),
 * each spelling weighing by its mentions; when no spelling implies a type, a majority vote of the
 * mentions' types. Ties go to person, then organization.
 */
export function groupType(forms: Form[], sets: DisjointSets, index: number): EntityType {
	return voteType(groupOf(forms, sets, index));
}

/** See `groupType`. */
export function voteType(group: Form[]): EntityType {
	const votes = { person: 0, organization: 0, place: 0 };
	for (const form of group) {
		if (form.lexical) {
			votes[form.lexical] += form.mentions.length;
		}
	}
	if (votes.person + votes.organization + votes.place === 0) {
		for (const form of group) {
			votes.person += form.votes.person;
			votes.organization += form.votes.organization;
			votes.place += form.votes.place;
		}
	}
	const best = Math.max(votes.person, votes.organization, votes.place);
	return votes.person === best ? 'person' : votes.organization === best ? 'organization' : 'place';
}

/** Turns groups into entities, ids in order of first appearance; mentions by article, then offset. */
export function buildEntities(forms: Form[], sets: DisjointSets, articleOrder: Map<string, number>): Entity[] {
	const groups = new Map<number, Form[]>();
	forms.forEach((form, i) => {
		const root = sets.find(i);
		groups.set(root, [...(groups.get(root) ?? []), form]);
	});
	const sorted = [...groups.values()].sort((a, b) => firstOrder(a) - firstOrder(b));
	return sorted.map((group, n) => {
		const mentions = group.flatMap((form) => form.mentions);
		mentions.sort((a, b) => articleOrder.get(a.article)! - articleOrder.get(b.article)! || a.start - b.start);
		const surfaces: string[] = [];
		for (const form of [...group].sort((a, b) => a.order - b.order)) {
			surfaces.push(...form.surfaces.keys());
		}
		return {
			id: `e${n + 1}`,
			type: voteType(group),
			name: canonicalName(group),
			forms: surfaces,
			mentions,
		};
	});
}

/** The folder order of a group: its earliest form. */
export function firstOrder(group: Form[]): number {
	return Math.min(...group.map((form) => form.order));
}

/**
 * The canonical name: the most complete spelling most outlets use. Names of several words come
 * before single words, spelt-out names before acronyms; then the most articles, the most words,
 * the most mentions. Its most frequent writing, not in capitals if another exists.
 */
export function canonicalName(group: Form[]): string {
	const score = (form: Form) => [form.words.length > 1 ? 1 : 0, form.acronym ? 0 : 1, form.articles.size, form.words.length, form.mentions.length, -form.order];
	const best = [...group].sort((a, b) => compareScores(score(b), score(a)))[0];
	const writings = [...best.surfaces.entries()].sort((a, b) => Number(isShouted(a[0], best)) - Number(isShouted(b[0], best)) || b[1] - a[1]);
	return writings[0][0];
}

/** Compares two score lists, first entry first. */
export function compareScores(a: number[], b: number[]): number {
	for (let i = 0; i < a.length; i++) {
		if (a[i] !== b[i]) {
			return a[i] - b[i];
		}
	}
	return 0;
}

/** A writing in capitals of a name that is not an acronym ("BORODINE"). */
export function isShouted(surface: string, form: Form): boolean {
	return !form.acronym && surface === surface.toUpperCase() && surface !== surface.toLowerCase();
}
