import type { Workspace } from '@offerwise/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { timelineOf } from '../../../workspace/timeline-of';

/**
 * The timeline's per-offer facts (relocation, counter-offer review, deadline) for the document
 * being edited. Deferred: a weight slider redraws the grid first, these a moment later.
 */
export function useOfferFacts(document: Workspace) {
  const [now] = useState(() => new Date());
  const deferred = useDeferredValue(document);
  return useMemo(() => timelineOf(deferred, now), [deferred, now]);
}
