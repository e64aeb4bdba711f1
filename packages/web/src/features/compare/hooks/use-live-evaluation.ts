import type { Workspace } from '@offerwise/core';
import { useMemo, useState } from 'react';
import { liveEvaluation } from '../../../workspace/live-evaluation';

/** Re-evaluates on every edit of the document; "now" is fixed when the page opens. */
export function useLiveEvaluation(document: Workspace) {
  const [now] = useState(() => new Date());
  return useMemo(() => liveEvaluation(document, now), [document, now]);
}
