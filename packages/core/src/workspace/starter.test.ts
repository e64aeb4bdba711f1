import { describe, expect, it } from 'vitest';
import { validateWorkspace } from './file';
import { starterWorkspace } from './starter';

describe('starterWorkspace', () => {
  it('is a valid workspace with three priorities and no offers', () => {
    const document = starterWorkspace({
      title: 'Berlin or Munich',
      name: 'Ana',
      homeCurrency: 'eur',
      country: 'de',
      city: 'Berlin',
      timeZone: 'Europe/Berlin',
    });
    expect(validateWorkspace(document).ok).toBe(true);
    expect(document.profile.homeCurrency).toBe('EUR');
    expect(document.profile.timeZone).toBe('Europe/Berlin');
    expect(document.offers).toEqual([]);
  });

  it('leaves out optional fields left empty', () => {
    const document = starterWorkspace({
      title: ' ',
      name: '',
      homeCurrency: 'USD',
      country: 'US',
      city: '',
    });
    expect(document).not.toHaveProperty('title');
    expect(document.profile).not.toHaveProperty('name');
    expect(document.profile.homeLocation).toEqual({ country: 'US' });
  });
});
