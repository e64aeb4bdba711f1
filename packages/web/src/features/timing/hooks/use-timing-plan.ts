import type { Workspace } from '@offerwise/core';
import { useMemo, useState } from 'react';
import { timingPlan } from './timing-plan';

export function useTimingPlan(document: Workspace) {
  const [now] = useState(() => new Date());
  return useMemo(() => timingPlan(document, now), [document, now]);
}
