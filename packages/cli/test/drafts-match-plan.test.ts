import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type Draft,
  draftMessage,
  type NegotiationPlan,
  readWorkspace,
  type Scenario,
  scenarios,
  type Timeline,
  type Workspace,
} from '@offerwise/core';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli';

/**
 * Every date and amount a draft states must be one the plan states: the timeline (`timeline
 * --json`) for start and extension dates, the negotiation plan (`negotiate --json`) for asks, the
 * offer (or its counter-offer) for the terms being confirmed. Drafts are written in-process with
 * the same function `offerwise draft` calls; the plans come from the built CLI.
 */

const NOW = '2026-11-25T09:00:00Z';
const examples = [
  'international-move.yaml',
  'pairwise-weights.yaml',
  'single-offer.yaml',
  'two-local-offers.yaml',
];
const months = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};

/** The ISO days a text states ("Tuesday 1 December", "14 April 2027", "1. Dezember"). */
function statedDays(text: string, language: 'en' | 'de', year: number): string[] {
  const names = months[language].join('|');
  const pattern =
    language === 'en'
      ? new RegExp(`(\\d{1,2}) (${names})(?: (\\d{4}))?`, 'g')
      : new RegExp(`(\\d{1,2})\\. (${names})(?: (\\d{4}))?`, 'g');
  return [...text.matchAll(pattern)].map((m) => {
    const month = months[language].indexOf(m[2] as string) + 1;
    // A date without a year is a near one: this year, or next year once this one has passed.
    let y = m[3] ? Number(m[3]) : year;
    if (!m[3] && month < 11) y = year + 1;
    return `${y}-${String(month).padStart(2, '0')}-${String(Number(m[1])).padStart(2, '0')}`;
  });
}

/** The money amounts a text states, as numbers ("€105,000", "105.000 €", "£92,000"). */
function statedAmounts(text: string): number[] {
  return [...text.matchAll(/[€£$]\s?(\d{1,3}(?:,\d{3})+)|(\d{1,3}(?:\.\d{3})+)\s?[€£$]/g)].map(
    (m) => Number((m[1] ?? m[2] ?? '').replace(/[.,]/g, '')),
  );
}

function localDay(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(
    new Date(instant),
  );
}

function load(file: string): Workspace {
  const result = readWorkspace(readFileSync(join(repoRoot, 'examples', file), 'utf8'));
  if (!result.ok) throw new Error(file);
  return result.value;
}

function json<T>(args: string[]): T {
  const { code, stdout, stderr } = runCli(args);
  if (code !== 0) throw new Error(stderr);
  return JSON.parse(stdout) as T;
}

describe('every draft of every example states only what the plan states', () => {
  for (const file of examples) {
    const workspace = load(file);
    const path = `examples/${file}`;
    const timeline = json<Timeline>(['timeline', path, '--now', NOW, '--json']);
    const timeZone = timeline.timeZone;
    for (const offer of workspace.offers) {
      const plan = json<NegotiationPlan>([
        'negotiate',
        path,
        '--offer',
        offer.id,
        '--now',
        NOW,
        '--json',
      ]);
      const planned = timeline.offers.find((o) => o.offerId === offer.id);
      for (const scenario of scenarios) {
        it(`${file} ${offer.id} ${scenario}`, () => {
          for (const language of ['en', 'de'] as const) {
            const result = draftMessage(
              workspace,
              { scenario, offerId: offer.id, language, reason: 'accepted-other' },
              { now: new Date(NOW) },
            );
            if (!result.ok) {
              expectRefusalIsPlanned(scenario, offer, plan, timeline, result.issues);
              continue;
            }
            checkDraft(result.value, scenario, offer, plan, planned, timeZone, language);
          }
        });
      }
    }
  }
});

function expectRefusalIsPlanned(
  scenario: Scenario,
  offer: Workspace['offers'][number],
  plan: NegotiationPlan,
  timeline: Timeline,
  issues: { path: string; message: string }[],
) {
  const why = issues.map((i) => i.message).join(' ');
  const dealBreaker = timeline.warnings.some(
    (w) => w.code === 'deal-breaker' && w.offerId === offer.id,
  );
  if (dealBreaker && (scenario === 'extension' || scenario === 'negotiate')) {
    // The timeline says to decline this offer now; a draft asking for more cannot follow it.
    expect(why).toContain('decline it now');
  } else if (scenario.startsWith('counter-')) {
    expect(offer.counterOffers ?? []).toEqual([]);
    expect(why).toContain('no counter-offer');
  } else if (scenario === 'negotiate') {
    expect(plan.asks.filter((a) => a.lever !== 'value')).toEqual([]);
  } else {
    throw new Error(`${scenario} refused: ${why}`);
  }
}

function checkDraft(
  draft: Draft,
  scenario: Scenario,
  offer: Workspace['offers'][number],
  plan: NegotiationPlan,
  planned: Timeline['offers'][number] | undefined,
  timeZone: string,
  language: 'en' | 'de',
) {
  const text = [draft.subject, draft.body, draft.followUp?.body].filter(Boolean).join('\n');
  const days = statedDays(text, language, 2026);
  const amounts = statedAmounts(text);
  const feasibility = planned?.feasibility;

  if (scenario === 'accept') {
    const start = feasibility?.feasible === false ? feasibility.earliestStart : offer.startDate;
    expect(days).toEqual(start ? [start] : []);
    if (feasibility?.earliestStart)
      for (const day of days) expect(day >= feasibility.earliestStart).toBe(true);
    expect(amounts).toEqual([offer.pay.base]);
  } else if (scenario === 'extension') {
    // The new deadline, and the other employer's deadline that caps it when one does.
    expect(days.length).toBeGreaterThanOrEqual(1);
    const allowed = [planned?.extension?.newDeadline, planned?.extension?.cappedBy?.deadline]
      .filter((d): d is string => d !== undefined)
      .map((d) => localDay(d, timeZone));
    for (const until of days) {
      if (planned?.extension) expect(allowed).toContain(until);
      if (offer.deadline) expect(until > localDay(offer.deadline, timeZone)).toBe(true);
    }
    expect(amounts).toEqual([]);
  } else if (scenario === 'negotiate') {
    const first =
      plan.asks.find((a) => a.lever !== 'value' && a.withinBound) ??
      plan.asks.find((a) => a.lever !== 'value');
    expect(amounts).toEqual([first?.target]);
    if (first?.bound) expect(first.target).toBeLessThanOrEqual(first.bound.max);
    expect(days).toEqual([]);
  } else {
    // Declines, withdrawals and feedback state no dates or amounts at all.
    expect(days).toEqual([]);
    expect(amounts).toEqual([]);
  }
  if (scenario === 'decline' || scenario === 'withdraw' || scenario === 'feedback') {
    // Nothing accepted is recorded in the examples, so no draft may claim it.
    expect(text).not.toMatch(
      /accepted another|accepted a role|said yes to another|anderes Angebot angenommen|anderswo zugesagt|für eine andere Stelle entschieden/i,
    );
  }
}
