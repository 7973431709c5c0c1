/**
 * The fields that name another entry by its slug, and the kind they name. A schema only says that
 * such a field is a slug; this table says whose: the content check reports a slug that names no
 * entry, and the editor offers the entries of that kind to choose from.
 */
import type { Kind } from './index.ts';

export interface Reference {
  /** The kind of entry that has the field. */
  kind: Kind;
  /** The field: a slug, or a list of slugs. */
  field: string;
  /** The kind of entry it names. */
  target: Kind;
}

export const REFERENCES: readonly Reference[] = [
  { kind: 'events', field: 'organisers', target: 'partners' },
  { kind: 'workshops', field: 'partner', target: 'partners' },
  { kind: 'workshops', field: 'events', target: 'events' },
];

/**
 * The kind of entry a field names, when it is a reference.
 * @example referenceTarget('workshops', 'partner') // 'partners'
 * @example referenceTarget('events', 'title') // undefined
 */
export function referenceTarget(kind: Kind, field: string): Kind | undefined {
  return REFERENCES.find((reference) => reference.kind === kind && reference.field === field)?.target;
}
