import { describe, expect, it } from 'vitest';
import type { Offer } from '../workspace/document';
import { adviseChannel } from './channel';

const offer = (patch: Partial<Offer>): Offer => ({
  id: 'acme',
  company: 'Acme GmbH',
  role: 'Staff Engineer',
  location: { country: 'DE' },
  currency: 'EUR',
  pay: { base: 90000 },
  ...patch,
});

describe('adviseChannel', () => {
  it('recommends a call with an email after it when you get on well with the hiring manager', () => {
    const advice = adviseChannel(
      offer({ contacts: [{ name: 'Jonas Weber', role: 'hiring-manager', rapport: 'high' }] }),
      'decline',
    );
    expect(advice).toMatchObject({
      channel: 'phone',
      followUp: 'email',
      contact: { name: 'Jonas Weber' },
    });
    expect(advice.reason).toContain('Jonas Weber, the hiring manager,');
  });

  it('goes through the recruiter when the process is recruiter-mediated', () => {
    const advice = adviseChannel(
      offer({
        contacts: [
          { name: 'Grace Adeyemi', role: 'hiring-manager', rapport: 'high' },
          { name: 'Oliver Hughes', role: 'recruiter' },
        ],
        process: { recruiterMediated: true },
      }),
      'decline',
    );
    expect(advice).toMatchObject({ channel: 'recruiter', contact: { name: 'Oliver Hughes' } });
    expect(advice.followUp).toBeUndefined();
  });

  it('writes to HR when HR runs the process and there is no close contact', () => {
    const advice = adviseChannel(
      offer({
        contacts: [
          { name: 'Miriam Koch', role: 'hiring-manager', rapport: 'medium' },
          { name: 'Tobias Brandt', role: 'hr' },
        ],
        process: { hrManaged: true },
      }),
      'accept',
    );
    expect(advice).toMatchObject({ channel: 'email', contact: { name: 'Tobias Brandt' } });
  });

  it('keeps to email for messages that exist to get something in writing', () => {
    const advice = adviseChannel(
      offer({ contacts: [{ name: 'Jonas Weber', role: 'hiring-manager', rapport: 'high' }] }),
      'counter-request',
    );
    expect(advice.channel).toBe('email');
  });

  it('defaults to email, with a reason, when the offer lists no contact', () => {
    const advice = adviseChannel(offer({}));
    expect(advice.channel).toBe('email');
    expect(advice.contact).toBeUndefined();
    expect(advice.reason).toMatch(/\.$/);
  });
});
