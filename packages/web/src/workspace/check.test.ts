import { readFileSync } from 'node:fs';
import { readWorkspace, type Workspace } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, trustStored } from './check';
import { setWeight } from './edits';

const example = readWorkspace(
  readFileSync(new URL('../../../../examples/two-local-offers.yaml', import.meta.url), 'utf8'),
);
if (!example.ok) throw new Error('examples/two-local-offers.yaml should be valid');
const workspace: Workspace = example.value;

describe('checkWorkspace', () => {
  it('passes a stored document as it is', () => {
    // Not valid, so a pass shows it was trusted, not checked.
    const stored = { ...workspace, offers: [{ ...workspace.offers[0], company: '' }] } as Workspace;
    trustStored(stored);
    expect(checkWorkspace(stored)).toEqual({ ok: true, value: stored });
  });

  it('checks an edited document and names what is wrong', () => {
    const broken = { ...workspace, offers: [{ ...workspace.offers[0], company: '' }] } as Workspace;
    const result = checkWorkspace(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.some((i) => i.path.startsWith('offers[0]'))).toBe(true);
    expect(checkWorkspace(setWeight(workspace, workspace.priorities[0]?.id ?? '', 40)).ok).toBe(
      true,
    );
  });

  it('answers once per document: asking again about the same draft returns the same result', () => {
    const draft = setWeight(workspace, workspace.priorities[0]?.id ?? '', 30);
    expect(checkWorkspace(draft)).toBe(checkWorkspace(draft));
  });
});
