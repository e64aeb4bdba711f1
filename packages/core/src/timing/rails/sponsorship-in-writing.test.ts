import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../../test/ana-workspace';
import { guardRails } from '../guard-rails';

const sponsorship = (value: 'written' | 'verbal' | 'none' | undefined) =>
  guardRails(
    anaWorkspace({
      thamesbank: {
        visa: {
          required: true,
          route: 'uk-skilled-worker',
          ...(value ? { sponsorship: value } : {}),
        },
      },
    }),
    NOW,
  ).find((r) => r.code === 'sponsorship-in-writing');

describe('sponsorship-in-writing', () => {
  it('asks for a verbal sponsorship promise in writing before accepting', () => {
    const rail = sponsorship('verbal');
    expect(rail).toMatchObject({ severity: 'warning', offerId: 'thamesbank' });
    expect(rail?.reason).toContain('only promised verbally');
    expect(rail?.nextStep).toContain('in writing before you accept or sign');
  });
  it('is urgent when the employer has not offered to sponsor', () => {
    expect(sponsorship('none')?.severity).toBe('urgent');
  });
  it('also asks when nothing is recorded, and is quiet once it is in writing', () => {
    expect(sponsorship(undefined)?.reason).toContain('not confirmed');
    expect(sponsorship('written')).toBeUndefined();
  });
});
