import { describe, expect, it } from 'vitest';
import { exampleWorkspace } from '../../test/example-workspaces';
import type { Workspace } from './document';
import { shiftExampleDates } from './example-dates';

const examples = [
  'international-move.yaml',
  'two-local-offers.yaml',
  'single-offer.yaml',
  'pairwise-weights.yaml',
];

/** Every date of a workspace, in the order the function visits them. */
function dates(workspace: Workspace): string[] {
  const notice = workspace.profile.noticePeriod;
  return [
    ...(notice && 'until' in notice ? [notice.until] : []),
    ...(workspace.profile.holidays ?? []),
    ...workspace.offers.flatMap((o) => [
      ...(o.receivedAt ? [o.receivedAt] : []),
      ...(o.deadline ? [o.deadline] : []),
      ...(o.startDate ? [o.startDate] : []),
      ...(o.history ?? []).map((e) => e.at),
      ...(o.counterOffers ?? []).flatMap((c) => [c.at, ...(c.startDate ? [c.startDate] : [])]),
    ]),
  ];
}
const ms = (value: string) => Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);

describe('shiftExampleDates', () => {
  // A year and a half after the examples were written, on a Wednesday morning.
  const now = new Date('2028-05-17T08:30:00Z');

  for (const name of examples) {
    it(`puts ${name}'s open deadlines ahead and its history behind`, () => {
      const { workspace } = shiftExampleDates(exampleWorkspace(name), { now });
      for (const offer of workspace.offers) {
        if (offer.deadline) expect(ms(offer.deadline)).toBeGreaterThan(now.getTime());
        for (const event of offer.history ?? [])
          expect(ms(event.at)).toBeLessThanOrEqual(now.getTime());
      }
    });

    it(`keeps every interval between ${name}'s dates, and their weekdays`, () => {
      const before = exampleWorkspace(name);
      const { workspace, shiftedByDays } = shiftExampleDates(before, { now });
      expect(shiftedByDays % 7).toBe(0);
      const [a, b] = [dates(before), dates(workspace)];
      expect(b).toHaveLength(a.length);
      a.forEach((value, i) => {
        expect(ms(b[i] as string) - ms(value)).toBe(shiftedByDays * 86_400_000);
        expect(new Date(ms(b[i] as string)).getUTCDay()).toBe(new Date(ms(value)).getUTCDay());
      });
    });
  }

  it('keeps the times of day and the written offsets', () => {
    const { workspace } = shiftExampleDates(exampleWorkspace('international-move.yaml'), { now });
    expect(workspace.offers.map((o) => o.deadline?.slice(10))).toEqual(
      exampleWorkspace('international-move.yaml').offers.map((o) => o.deadline?.slice(10)),
    );
  });

  it('leaves the rates’ own as-of date alone', () => {
    const before = exampleWorkspace('international-move.yaml');
    expect(shiftExampleDates(before, { now }).workspace.rates?.asOf).toBe(before.rates?.asOf);
  });

  it('changes nothing on the day the example was written for', () => {
    const before = exampleWorkspace('international-move.yaml');
    const result = shiftExampleDates(before, { now: new Date('2026-11-21T09:00:00Z') });
    expect(result.shiftedByDays).toBe(0);
    expect(result.workspace).toBe(before);
  });

  it('moves back too, when "now" comes before the example', () => {
    const before = exampleWorkspace('two-local-offers.yaml');
    const result = shiftExampleDates(before, { now: new Date('2025-03-05T12:00:00Z') });
    expect(result.shiftedByDays).toBeLessThan(0);
    for (const offer of result.workspace.offers)
      if (offer.deadline)
        expect(ms(offer.deadline)).toBeGreaterThan(Date.parse('2025-03-05T12:00:00Z'));
  });
});
