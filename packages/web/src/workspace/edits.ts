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

/** Switches between weights from the order and the user's own, starting from the current ones. */
export function setWeightingMethod(
  workspace: Workspace,
  method: 'rank' | 'direct' | 'ahp',
): Workspace {
  if (method === 'rank') return { ...workspace, weighting: { method: 'rank' } };
  // Pairwise judgments cannot be made up from weights; the user writes them (see docs/analysis.md).
  if (method === 'ahp' || workspace.weighting?.method === 'direct') return workspace;
  const current = weightsFor(workspace);
  const weights = Object.fromEntries(
    workspace.priorities.map((p, i) => [p.id, Math.round((current[i] ?? 0) * 100)]),
  );
  return { ...workspace, weighting: { method: 'direct', weights } };
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
