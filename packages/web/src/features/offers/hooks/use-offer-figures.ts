import type { Workspace } from '@offerwise/core';
import { useMemo, useState } from 'react';
import { liveEvaluation } from '../../../workspace/live-evaluation';

/** Core's figures for each offer of the document being edited, or null while it is invalid. */
export function useOfferFigures(document: Workspace) {
  const [now] = useState(() => new Date());
  return useMemo(() => {
    const result = liveEvaluation(document, now);
    return result.ok ? result.value : null;
  }, [document, now]);
}
