import { readFileSync } from 'node:fs';
import { readWorkspace, type Workspace } from '@offerwise/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checksLoaded,
  checkWorkspace,
  computeChecked,
  loadChecks,
  shownUnchecked,
  trustStored,
} from './check';
import { setWeight } from './edits';

const example = readWorkspace(
  readFileSync(new URL('../../../../examples/two-local-offers.yaml', import.meta.url), 'utf8'),
);
if (!example.ok) throw new Error('examples/two-local-offers.yaml should be valid');
const workspace: Workspace = example.value;

// First in the file: the checks are not loaded yet.
describe('before the checks have loaded', () => {
  it('shows an edit at once, marks it for a second look, and lets nothing core throws through', async () => {
    expect(checksLoaded()).toBe(false);
    const draft = setWeight(workspace, workspace.priorities[0]?.id ?? '', 20);
    expect(checkWorkspace(draft)).toBeNull();
    expect(computeChecked(draft, (valid) => valid.offers.length)).toEqual({
      ok: true,
      value: workspace.offers.length,
    });
    expect(shownUnchecked(draft)).toBe(true);
    const broken = { ...workspace, offers: null } as unknown as Workspace;
    expect(computeChecked(broken, (valid) => valid.offers.length)).toEqual({
      ok: false,
      issues: [],
    });
    // Asking started the load; once in, the same drafts get core's real answers.
    await loadChecks();
    expect(checksLoaded()).toBe(true);
    expect(checkWorkspace(draft)?.ok).toBe(true);
    const again = computeChecked(broken, (valid) => valid.offers.length);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.issues.map((i) => i.path)).toContain('offers');
  });
});

describe('checkWorkspace', () => {
  beforeAll(loadChecks);

  it('passes a stored document as it is', () => {
    // Not valid, so a pass shows it was trusted, not checked.
    const stored = { ...workspace, offers: [{ ...workspace.offers[0], company: '' }] } as Workspace;
    trustStored(stored);
    expect(checkWorkspace(stored)).toEqual({ ok: true, value: stored });
  });

  it('checks an edited document and names what is wrong', () => {
    const broken = { ...workspace, offers: [{ ...workspace.offers[0], company: '' }] } as Workspace;
    const result = checkWorkspace(broken);
    expect(result?.ok).toBe(false);
    if (result && !result.ok)
      expect(result.issues.some((i) => i.path.startsWith('offers[0]'))).toBe(true);
    expect(checkWorkspace(setWeight(workspace, workspace.priorities[0]?.id ?? '', 40))?.ok).toBe(
      true,
    );
  });

  it('answers once per document: asking again about the same draft returns the same result', () => {
    const draft = setWeight(workspace, workspace.priorities[0]?.id ?? '', 30);
    expect(checkWorkspace(draft)).toBe(checkWorkspace(draft));
  });
});
