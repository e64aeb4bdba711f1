import type { Workspace } from '@offerwise/core';
import { useMemo, useState } from 'react';
import { negotiationAnalysis } from './negotiation-analysis';

export function useNegotiationAnalysis(document: Workspace) {
  const [now] = useState(() => new Date());
  return useMemo(() => negotiationAnalysis(document, now), [document, now]);
}
