import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const NOW = ['--now', '2026-11-25T09:00:00Z'];
const example = 'examples/international-move.yaml';

describe('offerwise timeline', () => {
  it('explains the visa-driven late start and the relocation cost of the international example', () => {
    const { code, stdout, stderr } = runCli(['timeline', example, ...NOW]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('As of Wed, 25 Nov 2026, 10:00 (Europe/Berlin)');
    expect(stdout).toContain(
      'Start date: 2027-03-15, 30 days too early; earliest possible 2027-04-14.',
    );
    expect(stdout).toContain('the visa is what makes it too early');
    expect(stdout).toContain(
      '5 weeks for the UK Skilled Worker visa (planning default as of 2026-03-27',
    );
    expect(stdout).toContain('Relocation: net first-year cost €819');
    expect(stdout).toContain('At risk if you leave before month 24: €18,135 on day one');
    expect(stdout).toMatch(/Fri, 27 Nov 2026, 17:00\s+Answer Alpenwerk Mobility AG: deadline/);
    expect(stdout).toContain('Ask for 2 more business days, until Tue 1 Dec, 17:00 your time');
  });

  it('prints the timeline as JSON for other tools', () => {
    const { code, stdout } = runCli(['timeline', example, ...NOW, '--json']);
    expect(code).toBe(0);
    const timeline = JSON.parse(stdout);
    const london = timeline.offers.find((o: { offerId: string }) => o.offerId === 'thamesbank');
    expect(london.feasibility).toMatchObject({
      feasible: false,
      cause: 'visa',
      earliestStart: '2027-04-14',
    });
    expect(london.relocation.netFirstYear).toBeCloseTo(-819, 6);
    expect(timeline.warnings.map((w: { code: string }) => w.code)).toContain('start-infeasible');
  });

  it('writes deadlines and reminders to a calendar file that parses back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offerwise-'));
    const file = join(dir, 'plan.ics');
    const { code, stdout, stderr } = runCli(['timeline', example, ...NOW, '--json', '--ics', file]);
    expect(code).toBe(0);
    expect(stderr).toBe(`Wrote 11 events to ${file}.\n`);
    const timeline = JSON.parse(stdout);

    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(timeline.entries.length);
    const byUid = new Map(events.map((e) => [e.uid, e]));

    const deadline = byUid.get('alpenwerk-deadline@offerwise');
    expect(deadline?.summary).toBe('Answer Alpenwerk Mobility AG: deadline');
    expect(deadline?.startDate.toJSDate().toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(deadline?.component.getFirstSubcomponent('valarm')).not.toBeNull();

    const start = byUid.get('thamesbank-earliest-start@offerwise');
    expect(start?.startDate.isDate).toBe(true);
    expect(start?.startDate.toString()).toBe('2027-04-14');
  });

  it('shows what a counter-offer changes and whether it fixes why the offer was losing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'offerwise-'));
    const file = join(dir, 'countered.yaml');
    const text = readFileSync(example, 'utf8').replace(
      '    process: { recruiterMediated: false }',
      [
        '    process: { recruiterMediated: false }',
        '    counterOffers:',
        '      - { at: 2026-11-24T11:00:00+01:00, source: verbal, channel: phone, pay: { base: 104000 } }',
      ].join('\n'),
    );
    writeFileSync(file, text);
    const { code, stdout } = runCli(['timeline', file, ...NOW]);
    expect(code).toBe(0);
    expect(stdout).toContain('Counter-offer:');
    expect(stdout).toContain('Base pay (offer currency): €98,000 → €104,000');
    expect(stdout).toContain(
      "Alpenwerk Mobility AG's counter-offer of 2026-11-24 is not in writing.",
    );
    expect(stdout).toMatch(/Reply to Alpenwerk Mobility AG's counter-offer/);
  });

  it('exits 2 on a --now that is not a date', () => {
    const { code, stderr } = runCli(['timeline', example, '--now', 'soon']);
    expect(code).toBe(2);
    expect(stderr).toContain('--now: expected a date');
  });

  it('advises declining a screened-out offer now and plans nothing else for it', () => {
    const { code, stdout } = runCli(['timeline', 'examples/two-local-offers.yaml', ...NOW]);
    expect(code).toBe(0);
    expect(stdout).toContain('Decline Lonestar Health now: nothing else is planned for it.');
    const json = JSON.parse(
      runCli(['timeline', 'examples/two-local-offers.yaml', ...NOW, '--json']).stdout,
    );
    const lonestar = json.entries.filter((e: { offerId: string }) => e.offerId === 'lonestar');
    expect(lonestar.map((e: { id: string }) => e.id)).toEqual(['lonestar-decline-now']);
  });
});
