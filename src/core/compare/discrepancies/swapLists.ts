import type { CompareContext } from '../context';
import type { ResolvedMention, Unit } from '../units';
import type { NamedMention } from './swapMentions';

// Names that are items of one list: two items of a list are never a swap ("Tarn and Vell must act").

/**
 * Whether a name is one item of a list in its passage ("Prine (Tarn), Moss (Vell) and Dune
 * (Ost)") that the other passage does not give: which item another
 * outlet's name stands for is then unknown, and two items of one list are never a swap. A list the
 * other passage repeats with one item changed is still read ("Tarn, Vell and Ost" / "Tarn, Brisk
 * and Ost").
 */
export function listedApart(context: CompareContext, unit: Unit, name: NamedMention, other: Unit): boolean {
	const { siblings, joined } = listOf(context, unit, name);
	return siblings.length > 0 && !siblings.some((sibling) => other.entities.has(sibling.key) && (!joined || inListThere(context, other, sibling.key)));
}

/**
 * Whether the other passage names an item joined by "and" or "or" to another name, a few words
 * apart: "felt in Orla, Vell County and Tarnby" / "Vell County felt it too, as far as Orla" shares
 * Orla, but not as a list retold with one item changed, so "Tarnby" is no other outlet's word for
 * anything there; "Vey of Orla and Chancellor Marr of Tarnia signed" retells "Orla and Tarnia signed".
 */
function inListThere(context: CompareContext, other: Unit, key: string): boolean {
	const text = context.textOf(other.article);
	return other.names.some(
		(name) =>
			name.key === key &&
			other.names.some((candidate) => {
				const between = candidate.start < name.start ? text.slice(candidate.end, name.start) : text.slice(name.end, candidate.start);
				return candidate.key !== key && between.length > 0 && listWord.test(between) && withinListGap(between);
			}),
	);
}

/**
 * Whether a name and its rival are two items of one list in the same passage: "Tarn and Vell must
 * act together" against "backed Vell's claim to the strait" names Vell in both, and Tarn is no
 * other outlet's word for it.
 */
export function listedTogether(context: CompareContext, unit: Unit, name: NamedMention, rival: string): boolean {
	return unit.entities.has(rival) && listSiblings(context, unit, name).some((sibling) => sibling.key === rival);
}

/** The names of the passage that stand with `name` as items of one list (`listOf`). */
export function listSiblings(context: CompareContext, unit: Unit, name: NamedMention): ResolvedMention[] {
	return listOf(context, unit, name).siblings;
}

/**
 * The names of the passage that stand with `name` as items of one list, and whether "and" or "or"
 * joins them. Of its type, up to `listGap` words apart ("Tarn's coach Al Prine, Vell's …"); of any
 * type when nothing but the list's marks stands between and "and" or "or" joins it, whose items
 * are then surely items, whatever type each sentence gave them ("felt in Orla, Vell County and
 * Tarnby", Orla read as a body). A comma alone may set off a region or an apposition ("in Orla,
 * Tarnia, at 91"; "Tarrow, but Vey"): no list of any type.
 */
function listOf(context: CompareContext, unit: Unit, name: NamedMention): ListRead {
	// Read for every pair of names a passage is met in: once per passage and name, for one comparison's identities.
	let known = listsRead.get(unit);
	if (known?.entity !== context.entity) {
		known = { entity: context.entity, read: [] };
		listsRead.set(unit, known);
	}
	return (known.read[name.index] ??= readListOf(context, unit, name));
}

/** `listOf`'s answers by passage and name, with the comparison's look-up of identities they were read with (the types it reads). */
const listsRead = new WeakMap<Unit, { entity: CompareContext['entity']; read: ListRead[] }>();

interface ListRead {
	siblings: ResolvedMention[];
	joined: boolean;
}

function readListOf(context: CompareContext, unit: Unit, name: NamedMention): ListRead {
	const text = context.textOf(unit.article);
	const items = unit.names.flatMap((candidate) => {
		if (candidate.key === name.key) {
			return [];
		}
		const [first, second] = candidate.start < name.mention.start ? [candidate, name.mention] : [name.mention, candidate];
		const between = text.slice(first.end, second.start);
		return between.length > 0 && listJoint.test(between) && withinListGap(between) ? [{ candidate, between }] : [];
	});
	// Most names stand in no list: one answer for all (read per pair of names; never added to).
	if (items.length === 0) {
		return noList;
	}
	const sameType = items.filter((item) => context.entity(item.candidate.key)?.type === name.entity.type);
	const marksOnly = items.filter((item) => onlyListMarks.test(item.between));
	if (marksOnly.some((item) => listWord.test(item.between))) {
		return { siblings: [...new Set([...marksOnly, ...sameType].map((item) => item.candidate))], joined: true };
	}
	return { siblings: sameType.map((item) => item.candidate), joined: false };
}

const noList: ListRead = { siblings: [], joined: false };

/** What stands between two items of a list: a comma, a semicolon, "and", "or", "as well as". */
const listJoint = /[,;]|\b(?:and|or|as well as)\b/;

/** Nothing but a list's marks between two items: ", ", " and ", ", or ". */
const onlyListMarks = /^[\s,;]*(?:(?:and|or|as well as)[\s,;]*)?$/;

/** A word that joins the items of a list. */
const listWord = /\b(?:and|or)\b/;

/** Most words between two items of one list ("Tarn's coach Al Prine, Vell's"). */
const listGap = 4;

/** Whether what stands between two names holds at most `listGap` words. */
function withinListGap(between: string): boolean {
	return between.split(/\s+/).filter((word) => /\w/.test(word)).length <= listGap;
}
