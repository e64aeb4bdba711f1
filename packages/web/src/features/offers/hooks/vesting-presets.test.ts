import { describe, expect, it } from 'vitest';
import { parseSchedule, presetOf } from './vesting-presets';

describe('vesting presets', () => {
  it('recognises a back-loaded schedule as its preset', () => {
    expect(presetOf([5, 15, 40, 40])).toBe('back');
  });

  it('calls any other schedule custom', () => {
    expect(presetOf([10, 20, 30, 40])).toBe('custom');
  });

  it('reads a custom schedule typed with commas, slashes or spaces', () => {
    expect(parseSchedule('10/20, 30 40')).toEqual([10, 20, 30, 40]);
  });
});
