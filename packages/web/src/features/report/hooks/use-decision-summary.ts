import type { Workspace } from '@offerwise/core';
import { useMemo, useState } from 'react';
import { decisionSummary } from './decision-summary';

export function useDecisionSummary(document: Workspace) {
  const [now] = useState(() => new Date());
  return { now, result: useMemo(() => decisionSummary(document, now), [document, now]) };
}
