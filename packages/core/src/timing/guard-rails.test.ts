import { describe, expect, it } from 'vitest';
import { anaWorkspace, NOW } from '../../test/ana-workspace';
import type { HistoryEvent } from '../workspace/document';
import { guardRails } from './guard-rails';

const received = (at: string): HistoryEvent => ({ at, type: 'offer-received', source: 'written' });
const codes = (ws: ReturnType<typeof anaWorkspace>, now = NOW) =>
  guardRails(ws, now).map((r) => r.code);

describe('guard rails', () => {
  it('warns about declining others while the chosen offer is only accepted verbally', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-23T10:00:00Z', type: 'accepted', channel: 'phone', source: 'verbal' },
        ],
      },
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-24T10:00:00Z', type: 'declined' },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'declined-before-signed');
    expect(rail?.reason).toBe(
      'You declined Alpenwerk Mobility AG while Thames Digital Bank is only accepted verbally.',
    );
    expect(rail?.nextStep).toContain('in writing');
  });

  it('takes an acceptance recorded in writing as final', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-23T10:00:00Z', type: 'accepted', channel: 'email', source: 'written' },
        ],
      },
    });
    expect(codes(ws)).toContain('tell-others');
    expect(codes(ws)).not.toContain('finalise-first');
  });

  it('says finalise first while a verbal acceptance leaves other offers open', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-23T10:00:00Z', type: 'accepted' },
        ],
      },
    });
    expect(codes(ws)).toContain('finalise-first');
    expect(codes(ws)).not.toContain('tell-others');
  });

  it('says tell the others now once the chosen offer is signed', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [received('2026-11-16T15:00:00Z'), { at: '2026-11-23T10:00:00Z', type: 'signed' }],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'tell-others');
    expect(rail?.draft).toBe('decline');
    expect(rail?.reason).toContain('Alpenwerk Mobility AG is still waiting');
  });

  it('warns of a deadline within 48 hours with no reply, and proposes an extension', () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const rail = guardRails(anaWorkspace(), now).find((r) => r.code === 'deadline-soon');
    expect(rail?.offerId).toBe('alpenwerk');
    expect(rail?.reason).toContain('31 hours');
    expect(rail?.nextStep).toContain('ask for 2 more business days');
  });

  it('ignores a declined offer when capping the extension it proposes', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-24T10:00:00Z', type: 'declined' },
        ],
      },
    });
    const rail = guardRails(ws, new Date('2026-11-26T09:00:00Z')).find(
      (r) => r.code === 'deadline-soon',
    );
    expect(rail?.nextStep).toContain('ask for 5 more business days');
  });

  it('stays quiet about a close deadline once a reply is recorded', () => {
    const ws = anaWorkspace({
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-25T08:00:00Z', type: 'message-sent', channel: 'email' },
        ],
      },
    });
    expect(codes(ws, new Date('2026-11-26T09:00:00Z'))).not.toContain('deadline-soon');
  });

  it('flags a passed deadline on an offer that is still open', () => {
    expect(codes(anaWorkspace(), new Date('2026-11-28T09:00:00Z'))).toContain('deadline-passed');
  });

  it('asks for a written follow-up after a phone call', () => {
    const call: HistoryEvent = {
      at: '2026-11-24T15:00:00Z',
      type: 'call',
      channel: 'phone',
      source: 'verbal',
    };
    const ws = anaWorkspace({ alpenwerk: { history: [received('2026-11-20T09:00:00Z'), call] } });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'call-follow-up');
    expect(rail?.path).toBe('offers[1].history[1]');
    expect(rail?.dueAt).toBe('2026-11-25T15:00:00.000Z');
    const followed = anaWorkspace({
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          call,
          { at: '2026-11-24T17:00:00Z', type: 'message-sent', channel: 'email' },
        ],
      },
    });
    expect(codes(followed)).not.toContain('call-follow-up');
  });

  it('asks for a verbal counter-offer in writing', () => {
    const ws = anaWorkspace({
      thamesbank: {
        counterOffers: [
          { at: '2026-11-24T10:00:00Z', source: 'verbal', channel: 'phone', pay: { base: 84000 } },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'counter-offer-verbal');
    expect(rail?.path).toBe('offers[0].counterOffers[0]');
    expect(rail?.draft).toBe('counter-offer-request');
  });

  it('flags a counter-offer left unanswered past its window (72 hours unless set)', () => {
    const counter = {
      at: '2026-11-21T10:00:00Z',
      source: 'written' as const,
      pay: { base: 84000 },
    };
    expect(codes(anaWorkspace({ thamesbank: { counterOffers: [counter] } }))).toContain(
      'counter-offer-window',
    );
    const recent = { ...counter, at: '2026-11-23T10:00:00Z' };
    expect(codes(anaWorkspace({ thamesbank: { counterOffers: [recent] } }))).not.toContain(
      'counter-offer-window',
    );
    const tight = anaWorkspace({
      thamesbank: { counterOffers: [recent], process: { counterOfferWindowHours: 24 } },
    });
    expect(codes(tight)).toContain('counter-offer-window');
  });

  it('warns about a decline made before an extension request was answered', () => {
    const ws = anaWorkspace({
      thamesbank: {
        history: [
          received('2026-11-16T15:00:00Z'),
          { at: '2026-11-22T10:00:00Z', type: 'extension-requested' },
        ],
      },
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-23T10:00:00Z', type: 'declined' },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'decline-before-extension-answer');
    expect(rail?.reason).toContain(
      'before Thames Digital Bank answered your request for more time',
    );
  });

  it('notices a decline sent while the same company still owed an answer about more time', () => {
    const ws = anaWorkspace({
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-22T10:00:00Z', type: 'extension-requested' },
          { at: '2026-11-23T10:00:00Z', type: 'declined' },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'decline-before-extension-answer');
    expect(rail?.nextStep).toBe(
      'Tell Alpenwerk Mobility AG the request no longer stands, so nobody chases it.',
    );
  });

  it('turns impossible history into a warning with its path and reason', () => {
    const ws = anaWorkspace({
      alpenwerk: {
        history: [
          received('2026-11-20T09:00:00Z'),
          { at: '2026-11-21T10:00:00Z', type: 'declined' },
          { at: '2026-11-22T10:00:00Z', type: 'accepted' },
        ],
      },
    });
    const rail = guardRails(ws, NOW).find((r) => r.code === 'history-refused');
    expect(rail?.path).toBe('offers[1].history[2]');
    expect(rail?.reason).toContain('a declined offer cannot be accepted');
  });

  it('flags a start date the visa makes impossible', () => {
    const rail = guardRails(anaWorkspace(), NOW).find((r) => r.code === 'start-infeasible');
    expect(rail?.offerId).toBe('thamesbank');
    expect(rail?.reason).toContain('because of the visa');
  });

  it('flags deadlines that clash and savings that fall short', () => {
    const ws = anaWorkspace({
      alpenwerk: { deadline: '2026-12-01T12:00:00+01:00' },
      profile: { savingsMonths: 1 },
    });
    expect(codes(ws)).toEqual(expect.arrayContaining(['deadline-clash', 'runway-short']));
  });

  it('has nothing to say about a calm workspace beyond the visa date', () => {
    expect(codes(anaWorkspace())).toEqual(['start-infeasible']);
  });
});
