import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from './local-time';

describe('deadline fields', () => {
  it('round-trips a local date and time through an instant with its offset', () => {
    const instant = fromLocalInput('2026-11-27T17:00');
    expect(instant).toMatch(/^2026-11-27T17:00:00[+-]\d\d:\d\d$/);
    expect(toLocalInput(instant)).toBe('2026-11-27T17:00');
  });

  it('treats an empty field as no deadline', () => {
    expect(fromLocalInput('')).toBeUndefined();
    expect(toLocalInput(undefined)).toBe('');
  });
});
