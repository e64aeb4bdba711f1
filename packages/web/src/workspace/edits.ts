import { type Priority, type Workspace, weightsFor } from '@offerwise/core';

/**
 * Edits of the workspace document that touch more than one place. Each returns a new document
 * that still satisfies core's cross-field rules (no rating or weight left pointing at a
 * priority that is gone or measured differently).
 */

type Weighting = NonNullable<Workspace['weighting']>;

/** A pairwise matrix is in priority order, so it is reordered along with the priorities. */
export function movePriority(workspace: Workspace, from: number, to: number): Workspace {
  const move = <T>(items: readonly T[]): T[] => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    if (moved !== undefined) next.splice(to, 0, moved);
    return next;
  };
  if (!workspace.priorities[from]) return workspace;
  const weighting = workspace.weighting;
  return {
    ...workspace,
    priorities: move(workspace.priorities),
    ...(weighting?.method === 'ahp'
      ? { weighting: { method: 'ahp', matrix: move(weighting.matrix.map(move)) } }
      : {}),
  };
}

/** A new priority starts with weight 10 of 100, or "equally important" to every other. */
export function addPriority(workspace: Workspace, priority: Priority): Workspace {
  const weighting = workspace.weighting;
  const next: Weighting | undefined =
    weighting?.method === 'direct'
      ? { method: 'direct', weights: { ...weighting.weights, [priority.id]: 10 } }
      : weighting?.method === 'ahp'
        ? {
            method: 'ahp',
            matrix: [
              ...weighting.matrix.map((row) => [...row, 1]),
              workspace.priorities.map(() => 1).concat(1),
            ],
          }
        : weighting;
  return {
    ...workspace,
    priorities: [...workspace.priorities, priority],
    ...(next ? { weighting: next } : {}),
  };
}

export function removePriority(workspace: Workspace, id: string): Workspace {
  const index = workspace.priorities.findIndex((p) => p.id === id);
  if (index < 0) return workspace;
  const weighting = workspace.weighting;
  const next: Weighting | undefined =
    weighting?.method === 'direct'
      ? { method: 'direct', weights: omit(weighting.weights, id) }
      : weighting?.method === 'ahp'
        ? {
            method: 'ahp',
            matrix: weighting.matrix
              .filter((_, i) => i !== index)
              .map((row) => row.filter((_, j) => j !== index)),
          }
        : weighting;
  return {
    ...workspace,
    priorities: workspace.priorities.filter((p) => p.id !== id),
    ...(next ? { weighting: next } : {}),
    offers: workspace.offers.map((offer) => withoutMeasure(offer, id)),
  };
}

/** Replaces a priority; a new measure drops the offers' old entries, which were on another scale. */
export function updatePriority(workspace: Workspace, id: string, next: Priority): Workspace {
  const before = workspace.priorities.find((p) => p.id === id);
  const remeasured = before !== undefined && before.measure !== next.measure;
  return {
    ...workspace,
    priorities: workspace.priorities.map((p) => (p.id === id ? next : p)),
    offers: remeasured ? workspace.offers.map((o) => withoutMeasure(o, id)) : workspace.offers,
  };
}

/**
 * Switches the weighting method, starting from the current weights where it can: own weights
 * start from the weights now in force (rank or pairwise), pairwise starts from "equally
 * important". Pairwise judgments cannot be made up from weights (see docs/analysis.md).
 */
export function setWeightingMethod(
  workspace: Workspace,
  method: 'rank' | 'direct' | 'ahp',
): Workspace {
  const current = workspace.weighting?.method ?? 'rank';
  if (method === current) return workspace;
  if (method === 'rank') return { ...workspace, weighting: { method: 'rank' } };
  if (method === 'ahp') {
    const matrix = workspace.priorities.map(() => workspace.priorities.map(() => 1));
    return { ...workspace, weighting: { method: 'ahp', matrix } };
  }
  const now = weightsFor(workspace);
  const weights = Object.fromEntries(
    workspace.priorities.map((p, i) => [p.id, Math.round((now[i] ?? 0) * 100)]),
  );
  return { ...workspace, weighting: { method: 'direct', weights } };
}

/** Weights the user wrote (own weights or pairwise judgments), kept so a switch can be undone. */
export interface ReplacedWeighting {
  weighting: Weighting;
  /** The priorities, in order, the judgments were about. */
  priorityIds: string[];
}

/** Whether switching to `method` would replace judgments the user wrote (so ask first). */
export function replacesJudgments(workspace: Workspace, method: Weighting['method']): boolean {
  const current = workspace.weighting?.method ?? 'rank';
  return current !== method && current !== 'rank';
}

/** What a switch to `method` would replace, or null when nothing the user wrote is lost. */
export function replacedBy(
  workspace: Workspace,
  method: Weighting['method'],
): ReplacedWeighting | null {
  if (!replacesJudgments(workspace, method) || !workspace.weighting) return null;
  return { weighting: workspace.weighting, priorityIds: workspace.priorities.map((p) => p.id) };
}

/**
 * Puts replaced judgments back, if they still fit: the same priorities in the same order (a
 * pairwise matrix is positional). Otherwise the document is returned unchanged.
 */
export function restoreWeighting(workspace: Workspace, saved: ReplacedWeighting): Workspace {
  if (!canRestore(workspace, saved)) return workspace;
  return { ...workspace, weighting: saved.weighting };
}

export function canRestore(workspace: Workspace, saved: ReplacedWeighting): boolean {
  const ids = workspace.priorities.map((p) => p.id);
  return (
    ids.length === saved.priorityIds.length && ids.every((id, i) => id === saved.priorityIds[i])
  );
}

/** Sets one pairwise judgment and its reciprocal, so the matrix stays consistent in form. */
export function setJudgment(workspace: Workspace, i: number, j: number, value: number): Workspace {
  const weighting = workspace.weighting;
  if (weighting?.method !== 'ahp' || i === j || !(value > 0)) return workspace;
  const matrix = weighting.matrix.map((row, r) =>
    row.map((cell, c) => (r === i && c === j ? value : r === j && c === i ? 1 / value : cell)),
  );
  return { ...workspace, weighting: { method: 'ahp', matrix } };
}

/** Sets one priority's weight (0–100), switching to own weights if needed. */
export function setWeight(workspace: Workspace, id: string, weight: number): Workspace {
  const direct = setWeightingMethod(workspace, 'direct');
  const weights = direct.weighting?.method === 'direct' ? direct.weighting.weights : {};
  return { ...direct, weighting: { method: 'direct', weights: { ...weights, [id]: weight } } };
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

function withoutMeasure(offer: Workspace['offers'][number], id: string) {
  const next = { ...offer };
  if (offer.ratings && id in offer.ratings) next.ratings = omit(offer.ratings, id);
  if (offer.numbers && id in offer.numbers) next.numbers = omit(offer.numbers, id);
  return next;
}

type Offer = Workspace['offers'][number];

export function addOffer(workspace: Workspace, offer: Offer): Workspace {
  return { ...workspace, offers: [...workspace.offers, offer] };
}

export function updateOffer(
  workspace: Workspace,
  id: string,
  change: (offer: Offer) => Offer,
): Workspace {
  return { ...workspace, offers: workspace.offers.map((o) => (o.id === id ? change(o) : o)) };
}

export function removeOffer(workspace: Workspace, id: string): Workspace {
  return { ...workspace, offers: workspace.offers.filter((o) => o.id !== id) };
}

/**
 * Field edits by path. Every section of the editor writes through these, naming the one field
 * it shows (`['offers', 0, 'pay', 'signOn', 1, 'amount']`), so a section can never write back a
 * field it does not show, and everything else in the document keeps its identity (proved by the
 * round-trip property test). `undefined` removes an optional field, so an emptied input leaves
 * the file as if it had never been written.
 */
export type Path = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

export function getAt(document: unknown, path: Path): unknown {
  let node = document;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Replaces one node, creating objects (or lists, for a numeric key) on the way when missing. */
export function setAt<T>(document: T, path: Path, value: unknown): T {
  return update(document, path, () => value) as T;
}

function update(node: unknown, path: Path, change: (current: unknown) => unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return change(node);
  const container: Container =
    node !== null && typeof node === 'object'
      ? (node as Container)
      : typeof key === 'number'
        ? []
        : {};
  const current = (container as Record<string | number, unknown>)[key];
  const next = update(current, rest, change);
  // Nothing changed: hand back the node itself (never a container made up on the way).
  if (next === current && (next !== undefined || !(key in container))) return node;
  if (Array.isArray(container)) {
    const copy = [...container];
    if (typeof key !== 'number') return container;
    copy[key] = next;
    return copy;
  }
  const copy: Record<string, unknown> = { ...container };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** Adds an item to the list at `path` (at the end unless `index` is given). */
export function insertAt<T>(document: T, path: Path, item: unknown, index?: number): T {
  return update(document, path, (list) => {
    const items = Array.isArray(list) ? [...list] : [];
    items.splice(index ?? items.length, 0, item);
    return items;
  }) as T;
}

/** Removes one item; an optional list left empty is removed, as if never written. */
export function removeAt<T>(document: T, path: Path, index: number): T {
  return update(document, path, (list) => {
    if (!Array.isArray(list) || index < 0 || index >= list.length) return list;
    const items = list.filter((_, i) => i !== index);
    return items.length > 0 ? items : undefined;
  }) as T;
}

/** Moves one item of the list at `path` from `from` to `to`. */
export function moveAt<T>(document: T, path: Path, from: number, to: number): T {
  return update(document, path, (list) => {
    if (!Array.isArray(list) || from === to || !(from in list) || to < 0 || to >= list.length)
      return list;
    const items = [...list];
    const [moved] = items.splice(from, 1);
    items.splice(to, 0, moved);
    return items;
  }) as T;
}

/**
 * Renames a key of the record at `path` (a relocation item, a currency), keeping its place in
 * the file's order. Refused (no change) when the new key is empty or already taken.
 */
export function renameKeyAt<T>(document: T, path: Path, from: string, to: string): T {
  return update(document, path, (record) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
    const entries = Object.entries(record);
    if (!to || from === to || to in record || !(from in record)) return record;
    return Object.fromEntries(entries.map(([k, v]) => [k === from ? to : k, v]));
  }) as T;
}

/** Removes one key of a record; a record left empty is removed too. */
export function removeKeyAt<T>(document: T, path: Path, key: string): T {
  return update(document, path, (record) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return record;
    if (!(key in record)) return record;
    const rest = omit(record as Record<string, unknown>, key);
    return Object.keys(rest).length > 0 ? rest : undefined;
  }) as T;
}
