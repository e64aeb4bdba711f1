import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variantPicker } from './variation';

describe('variantPicker', () => {
  it('always returns one of the variants, the same one for the same seed and part', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.array(fc.integer(), { minLength: 1 }),
        (seed, part, variants) => {
          const first = variantPicker(seed)(part, variants);
          expect(variants).toContain(first);
          expect(variantPicker(seed)(part, variants)).toBe(first);
        },
      ),
    );
  });

  it('spreads seeds over the variants', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 300; i++) {
      const index = variantPicker(`offer-${i}|2026-11-25`)('decision', [0, 1, 2]);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(60);
  });
});
