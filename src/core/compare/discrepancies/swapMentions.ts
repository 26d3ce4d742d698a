import type { Entity, LocatedMention } from '../../types';
import type { CompareContext } from '../context';
import type { Token } from '../tokens';
import type { ResolvedMention, Unit } from '../units';

// The names of a passage as the swap finder pairs them: each with its identity and its place.

/** A name of a passage with its identity. */
export interface NamedMention {
	/** Its place in the unit's `names`. */
	index: number;
	key: string;
	entity: Entity;
	mention: LocatedMention;
}

/** The names whose mention overlaps some of the tokens. */
export function namesIn(context: CompareContext, unit: Unit, tokens: Token[]): NamedMention[] {
	const found: NamedMention[] = [];
	const text = context.textOf(unit.article);
	unit.names.forEach((name, index) => {
		const entity = context.entity(name.key);
		if (entity && tokens.some((token) => token.start < name.end && name.start < token.end)) {
			found.push({ index, key: name.key, entity, mention: { article: unit.article, start: name.start, end: name.end, text: text.slice(name.start, name.end) } });
		}
	});
	return found;
}

/** A name of a passage as a mention: where it stands and its text. */
export function locate(context: CompareContext, unit: Unit, name: ResolvedMention): LocatedMention {
	return { article: unit.article, start: name.start, end: name.end, text: context.textOf(unit.article).slice(name.start, name.end) };
}
