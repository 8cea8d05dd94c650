import { ValidationError } from '../http/errors.js';

/** A row with a place in an admin-ordered list. */
export interface Positioned {
  id: string;
  position: number;
}

/**
 * Renumbers `items` (already in their current order) so that the ids given come first, in the
 * order given, and the others keep their order after them. An id that is not one of `items`
 * (another tenant's included) is refused, naming its place in the list.
 */
export function applyOrder<T extends Positioned>(items: T[], ids: string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const unknown = ids.flatMap((id, index) =>
    (byId.has(id) ? [] : [{ field: `ids.${index}`, message: 'is not an item of this list' }]));
  if (unknown.length > 0) throw new ValidationError(unknown);

  const named = new Set(ids);
  const rest = items.filter((item) => !named.has(item.id));
  const ordered = [...ids.map((id) => byId.get(id)!), ...rest];
  ordered.forEach((item, position) => {
    if (item.position !== position) item.position = position;
  });
  return ordered;
}

/** Moves one item to `position` (clamped to the list), renumbering the rest. */
export function moveTo<T extends Positioned>(items: T[], item: T, position: number): T[] {
  const others = items.filter((other) => other.id !== item.id);
  const index = Math.max(0, Math.min(position, others.length));
  others.splice(index, 0, item);
  return applyOrder(others, others.map((other) => other.id));
}
