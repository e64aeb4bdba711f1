import { readFileSync } from 'node:fs';
import { evaluate, readWorkspace, type Workspace } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { decisionPlan } from './decision-plan';
import { recordSent } from './record-sent';

function example(name: string): Workspace {
  const read = readWorkspace(
    readFileSync(new URL(`../../../../../../examples/${name}.yaml`, import.meta.url), 'utf8'),
  );
  if (!read.ok) throw new Error(`examples/${name}.yaml should be valid`);
  return read.value;
}

const now = new Date('2026-11-25T12:00:00Z');
const plan = (workspace: Workspace) => decisionPlan(workspace, evaluate(workspace, { now }));

describe('decisionPlan', () => {
  it('opens on accepting the offer that ranks first, not on declining it', () => {
    const workspace = example('two-local-offers');
    const result = plan(workspace);
    const leader = evaluate(workspace, { now }).offers.find((o) => o.rank === 1);
    expect(result.startWith).toBe(leader?.id);
    expect(result.offers[0]).toMatchObject({
      offerId: leader?.id,
      step: 'accept-leader',
      scenario: 'accept',
    });
  });

  it('declines the others only after the leader is signed', () => {
    const workspace = example('international-move');
    const before = plan(workspace);
    const leader = before.leader?.offerId ?? '';
    const others = before.offers.filter((o) => o.offerId !== leader);
    expect(others.every((o) => o.step !== 'decline-now')).toBe(true);

    const accepted = recordSent(workspace, leader, {
      scenario: 'accept',
      channel: 'email',
      at: now,
    });
    if (!accepted.ok) throw new Error('expected the acceptance to be recorded');
    const after = plan(accepted.value);
    expect(after.leader?.signed).toBe(true);
    const next = after.offers.find((o) => o.offerId === after.startWith);
    expect(next?.offerId).not.toBe(leader);
    expect(next?.scenario).toBe('decline');
  });

  it('suggests the channel core advises for that message', () => {
    const workspace = example('international-move');
    for (const offer of plan(workspace).offers) {
      expect(['email', 'phone', 'recruiter']).toContain(offer.channel);
    }
  });

  it('puts a declined offer last and suggests no decline for it', () => {
    const workspace = example('two-local-offers');
    const first = plan(workspace).startWith ?? '';
    const declined = recordSent(workspace, first, {
      scenario: 'decline',
      channel: 'email',
      at: now,
    });
    if (!declined.ok) throw new Error('expected the decline to be recorded');
    const result = plan(declined.value);
    expect(result.offers.at(-1)).toMatchObject({ offerId: first, step: 'closed' });
    expect(result.startWith).not.toBe(first);
  });
});
