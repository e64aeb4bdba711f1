import type { Offer } from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { nextDeadline } from './next-deadline';

const now = new Date('2026-11-25T12:00:00Z');
const offer = (company: string, deadline?: string, status?: Offer['status']) => ({
  company,
  ...(deadline ? { deadline } : {}),
  ...(status ? { status } : {}),
});

describe('nextDeadline', () => {
  it('picks the earliest deadline that is still ahead', () => {
    const next = nextDeadline(
      [offer('Late', '2026-12-10T17:00:00Z'), offer('Soon', '2026-11-27T17:00:00+01:00')],
      now,
    );
    expect(next?.company).toBe('Soon');
  });

  it('ignores deadlines that have passed', () => {
    expect(nextDeadline([offer('Past', '2026-11-20T17:00:00Z')], now)).toBeNull();
  });

  it('ignores offers already declined or accepted', () => {
    const next = nextDeadline(
      [offer('Done', '2026-11-26T17:00:00Z', 'declined'), offer('Open', '2026-11-30T17:00:00Z')],
      now,
    );
    expect(next?.company).toBe('Open');
  });

  it('returns null when no offer has a deadline', () => {
    expect(nextDeadline([offer('None')], now)).toBeNull();
  });
});
