import { readFileSync } from 'node:fs';
import { readWorkspace, type Workspace } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, loadChecks, trustStored } from './check';
import { setWeight } from './edits';

const example = readWorkspace(
  readFileSync(new URL('../../../../examples/two-local-offers.yaml', import.meta.url), 'utf8'),
);
if (!example.ok) throw new Error('examples/two-local-offers.yaml should be valid');
const workspace: Workspace = example.value;

// The order matters: the module's checks are not loaded until the third test loads them.
describe('checkWorkspace', () => {
  it('passes a stored document as it is, without core’s checks', () => {
    const stored = structuredClone(workspace);
    trustStored(stored);
    expect(checkWorkspace(stored)).toEqual({ ok: true, value: stored });
  });

  it('suspends (throws the loading promise) for an edited document until the checks load', async () => {
    const draft = setWeight(workspace, workspace.priorities[0]?.id ?? '', 40);
    let thrown: unknown;
    try {
      checkWorkspace(draft);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Promise);
    await thrown;
    expect(checkWorkspace(draft).ok).toBe(true);
  });

  it('names what is wrong in an edited document, and answers once per document', async () => {
    await loadChecks();
    const broken = { ...workspace, offers: [{ ...workspace.offers[0], company: '' }] } as Workspace;
    const first = checkWorkspace(broken);
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.issues.some((i) => i.path.startsWith('offers[0]'))).toBe(true);
    expect(checkWorkspace(broken)).toBe(first);
  });
});
